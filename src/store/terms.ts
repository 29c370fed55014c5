// Words → search terms: lower case, diacritics removed, light Indonesian suffix stripping.
// The same function prepares indexed text and query text, so "tuduhannya" finds "tuduhan" and
// "menuduh"… does not (prefixes are left alone on purpose: stripping me-/di-/ber- without a
// dictionary merges too many unrelated words). The suffix list is data: src/lang/id/fts-suffixes.tsv.
import { langFile, readDataLines } from '../lang/paths.js';

interface SuffixRules {
  minStem: number;
  classes: string[][]; // suffixes per class, longest first, classes in application order
}

let rules: SuffixRules | null = null;

function loadRules(): SuffixRules {
  if (rules) return rules;
  let minStem = 4;
  const byClass = new Map<string, string[]>();
  for (const [cls, value] of readDataLines(langFile('id', 'fts-suffixes.tsv'))) {
    if (cls === 'min_stem') {
      minStem = Number(value);
      continue;
    }
    const list = byClass.get(cls) ?? [];
    list.push(value);
    byClass.set(cls, list);
  }
  const classes = [...byClass.values()].map((l) => l.sort((a, b) => b.length - a.length));
  rules = { minStem, classes };
  return rules;
}

const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;

// Text with nothing NFD would decompose: ASCII plus general punctuation (curly quotes, dashes).
const PLAIN = /^[\u0000-\u007f\u2000-\u206f]*$/;

/** Lower-cased, diacritic-free form of a word (no stemming). */
export function fold(word: string): string {
  // most news text is plain: normalising it is a no-op that costs a copy of the whole text
  if (PLAIN.test(word)) return word.toLowerCase();
  return word.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** Strips at most one suffix per class (particle, possessive, derivational) from a folded word. */
export function stem(word: string): string {
  const { minStem, classes } = loadRules();
  if (/\d/.test(word)) return word;
  let w = word;
  for (const suffixes of classes) {
    for (const s of suffixes) {
      if (w.length - s.length >= minStem && w.endsWith(s)) {
        w = w.slice(0, -s.length);
        break;
      }
    }
  }
  return w;
}

// Stems of frequent words, bounded: news vocabulary is Zipfian, so a small cache hits most words.
const stemCache = new Map<string, string>();
const STEM_CACHE_MAX = 50_000;

function cachedStem(folded: string): string {
  let s = stemCache.get(folded);
  if (s === undefined) {
    s = stem(folded);
    if (stemCache.size >= STEM_CACHE_MAX) stemCache.clear();
    stemCache.set(folded, s);
  }
  return s;
}

/** The search terms of a text, in order (duplicates kept: FTS ranks by frequency). */
export function terms(text: string): string[] {
  const out: string[] = [];
  // folding the whole text at once is much cheaper than word by word; it may change lengths,
  // which does not matter here: only the words are kept, not their offsets
  const folded = fold(text);
  // exec on the one shared regex, not matchAll: matchAll copies the regex at every call, which cost
  // as much as the matching itself on the short texts (statements, entity names) prepare indexes
  WORD.lastIndex = 0;
  for (let m = WORD.exec(folded); m !== null; m = WORD.exec(folded)) out.push(cachedStem(m[0]));
  return out;
}

/** Text as the FTS index stores it: its terms joined by spaces. */
export function indexText(text: string): string {
  return terms(text).join(' ');
}

/** The terms of a user query; `prefix` when the word ends in `*` (prefix search). */
export function queryTerms(query: string): { term: string; prefix: boolean }[] {
  return [...query.matchAll(/([\p{L}\p{N}]+)(\*?)/gu)].map((m) => ({
    term: stem(fold(m[1])),
    prefix: m[2] === '*',
  }));
}

/**
 * An FTS5 MATCH expression for a user query: every term must occur (AND), each term quoted so
 * FTS syntax in the query (NEAR, *, -, quotes) is treated as text. Returns null for an empty query.
 * A trailing `*` on a word keeps prefix search available to users who want it.
 */
export function matchExpression(query: string): string | null {
  const parts = queryTerms(query).map((t) => `"${t.term}"${t.prefix ? '*' : ''}`);
  return parts.length ? parts.join(' ') : null;
}

/** Whether indexed text (as indexText returns it) holds every term of a query, as FTS would judge. */
export function holdsAll(indexed: string, query: { term: string; prefix: boolean }[]): boolean {
  const words = indexed.split(' ');
  return query.every((q) => words.some((w) => (q.prefix ? w.startsWith(q.term) : w === q.term)));
}
