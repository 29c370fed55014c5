// Reads the language data files (TSV under src/lang/<lang>/). Lines starting with "#" and blank lines
// are comments; fields are tab-separated. Resolved relative to this module so that it works from src/
// (tsx, vitest) and falls back to src/ when running the compiled dist/ build, which does not copy data.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

function langPath(lang: string, file: string): string {
  const here = fileURLToPath(new URL(`../../lang/${lang}/${file}`, import.meta.url));
  if (existsSync(here)) return here;
  const fromDist = here.replace(/([\\/])dist([\\/])/, '$1src$2');
  if (existsSync(fromDist)) return fromDist;
  throw new Error(`language data file not found: src/lang/${lang}/${file}`);
}

/** Rows of a TSV data file with comments removed; each row keeps its 1-based line number for errors. */
export function readTsv(lang: string, file: string): { fields: string[]; line: number }[] {
  const text = readFileSync(langPath(lang, file), 'utf8');
  const rows: { fields: string[]; line: number }[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '' || raw.startsWith('#')) return;
    rows.push({ fields: raw.split('\t').map((f) => f.trim()), line: i + 1 });
  });
  return rows;
}

/** Escape a literal for use inside a RegExp. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation of literal forms, longest first so the regex prefers "dua belas" over "dua". */
export function alternation(forms: Iterable<string>): string {
  return [...new Set(forms)]
    .sort((a, b) => b.length - a.length)
    .map((f) => escapeRe(f).replace(/ /g, '\\s+'))
    .join('|');
}
