// Tab-separated data files: `#` starts a comment line, blank lines are skipped, the first other line is
// the header naming the columns. Rows are read by column name so files can add or reorder columns.

export interface TsvRow {
  line: number; // 1-based line in the file, for error messages
  get(column: string): string; // trimmed cell, '' when the column or cell is absent
}

export interface TsvTable {
  columns: string[];
  rows: TsvRow[];
}

export function parseTsv(text: string, file: string): TsvTable {
  const lines = text.split(/\r?\n/);
  let columns: string[] | null = null;
  const rows: TsvRow[] = [];
  lines.forEach((raw, i) => {
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    const cells = raw.split('\t').map((c) => c.trim());
    if (!columns) {
      columns = cells;
      return;
    }
    if (cells.length > columns.length) {
      throw new Error(`${file}:${i + 1}: ${cells.length} cells but the header has ${columns.length} columns`);
    }
    const index = new Map(columns.map((c, k) => [c, k]));
    rows.push({ line: i + 1, get: (column) => cells[index.get(column) ?? -1] ?? '' });
  });
  return { columns: columns ?? [], rows };
}

/** A `|`-separated list cell: empty items are dropped. */
export function splitList(cell: string): string[] {
  return cell
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Writes a table; cells must not contain tabs or newlines (they are replaced by spaces). */
export function formatTsv(comments: string[], columns: string[], rows: string[][]): string {
  const clean = (s: string) => s.replace(/[\t\r\n]+/g, ' ').trim();
  const out = comments.map((c) => `# ${c}`.trimEnd());
  out.push(columns.join('\t'));
  for (const r of rows) out.push(r.map(clean).join('\t').replace(/\t+$/, ''));
  return `${out.join('\n')}\n`;
}
