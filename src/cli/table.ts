// Aligned plain-text tables for the query commands: fixed columns, long text truncated with "…".
// Widths count code points, which is what a terminal shows for Indonesian and English text.

export interface Column<T> {
  header: string;
  value: (row: T) => string | number | null | undefined;
  max?: number; // truncate longer values
  align?: 'left' | 'right';
}

const len = (s: string) => [...s].length;

export function truncate(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= max ? flat : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}

export function table<T>(rows: T[], columns: Column<T>[]): string {
  const cells = rows.map((r) =>
    columns.map((c) => {
      const v = c.value(r);
      const s = v === null || v === undefined ? '' : String(v);
      return c.max ? truncate(s, c.max) : s.replace(/\s+/g, ' ');
    }),
  );
  const widths = columns.map((c, i) => Math.max(len(c.header), ...cells.map((row) => len(row[i]))));
  const pad = (s: string, i: number) => {
    const fill = ' '.repeat(widths[i] - len(s));
    return columns[i].align === 'right' ? fill + s : s + fill;
  };
  const line = (row: string[]) => row.map(pad).join('  ').replace(/\s+$/, '');
  return (
    [line(columns.map((c) => c.header)), line(widths.map((w) => '─'.repeat(w))), ...cells.map(line)].join(
      '\n',
    ) + '\n'
  );
}
