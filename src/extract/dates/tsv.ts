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

type Trie = Map<string, Trie> & { form?: boolean };

/**
 * The same alternation as a trie (`s(?:enin|elasa|abtu)|rabu`), for case-insensitive regexes: V8 tries a
 * flat list one form after the other at every position, a trie once per letter. A regex matches the
 * same text at the same place with either: the forms that match at one place are prefixes of one
 * another, and both try the longest first. That needs sibling letters that do not fold to one another
 * (`s`, `ſ`): where they do, the flat alternation is returned.
 */
export function trieAlternation(forms: Iterable<string>): string {
  const list = [...forms];
  const root: Trie = new Map();
  for (const form of list) {
    if (form.length === 0) continue;
    let node = root;
    for (const ch of form) {
      let next = node.get(ch);
      if (!next) {
        next = new Map();
        node.set(ch, next);
      }
      node = next;
    }
    node.form = true;
  }
  return foldsApart(root) ? branches(root) : alternation(list);
}

function branches(node: Trie): string {
  return [...node].map(([ch, next]) => (ch === ' ' ? '\\s+' : escapeRe(ch)) + rest(next)).join('|');
}

function rest(node: Trie): string {
  if (node.size === 0) return '';
  return node.form ? `(?:${branches(node)})?` : `(?:${branches(node)})`;
}

/** Do no two siblings anywhere in the trie match one another case-insensitively (or both white space)? */
function foldsApart(node: Trie): boolean {
  const keys = [...node.keys()];
  for (let a = 0; a < keys.length; a++)
    for (let b = a + 1; b < keys.length; b++) {
      if (/^\s$/u.test(keys[a]) && /^\s$/u.test(keys[b])) return false;
      if (new RegExp(`^${escapeRe(keys[a])}$`, 'iu').test(keys[b])) return false;
    }
  return [...node.values()].every(foldsApart);
}
