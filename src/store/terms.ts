// Words → search terms: lower case, diacritics removed, light Indonesian suffix stripping.
// The same function prepares indexed text and query text, so "tuduhannya" finds "tuduhan" and
// "menuduh"… does not (prefixes are left alone on purpose: stripping me-/di-/ber- without a
// dictionary merges too many unrelated words). The suffix list is data: src/lang/id/fts-suffixes.tsv.
import { langFile, readDataLines } from '../lang/paths.js';
import { isLetterOrNumberUnit, isSurrogate } from '../text/chars.js';

interface SuffixClass {
  suffixes: string[]; // longest first
  /** The last character codes of its suffixes: a word ending otherwise cannot lose one. */
  ends: Set<number>;
}

interface SuffixRules {
  minStem: number;
  classes: SuffixClass[]; // in application order
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
    if (!value) continue;
    const list = byClass.get(cls) ?? [];
    list.push(value);
    byClass.set(cls, list);
  }
  const classes = [...byClass.values()].map((l) => ({
    suffixes: l.sort((a, b) => b.length - a.length),
    ends: new Set(l.map((x) => x.charCodeAt(x.length - 1))),
  }));
  rules = { minStem, classes };
  return rules;
}

const MARKS = /\p{M}+/gu;

// Text with nothing NFD would decompose: ASCII plus general punctuation (curly quotes, dashes).
const PLAIN = /^[\u0000-\u007f\u2000-\u206f]*$/;

/** Lower-cased, diacritic-free form of a word (no stemming). */
export function fold(word: string): string {
  // most news text is plain: normalising it is a no-op that costs a copy of the whole text
  if (PLAIN.test(word)) return word.toLowerCase();
  return word.normalize('NFD').replace(MARKS, '').toLowerCase();
}

const DIGIT = /\d/;

/** Strips at most one suffix per class (particle, possessive, derivational) from a folded word. */
export function stem(word: string): string {
  const { minStem, classes } = loadRules();
  // every suffix has at least one letter, so a word of minStem letters or fewer keeps them all
  if (word.length <= minStem || DIGIT.test(word)) return word;
  let w = word;
  for (const { suffixes, ends } of classes) {
    if (!ends.has(w.charCodeAt(w.length - 1))) continue;
    for (const s of suffixes) {
      if (w.length - s.length >= minStem && w.endsWith(s)) {
        w = w.slice(0, -s.length);
        break;
      }
    }
  }
  return w;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The search terms of a text, in order (duplicates kept: FTS ranks by frequency). */
export function terms(text: string): string[] {
  // folding the whole text at once is much cheaper than word by word; it may change lengths,
  // which does not matter here: only the words are kept, not their offsets
  const folded = fold(text);
  // Words are runs of letters and digits (WORD), found by a scan of character codes: the regex was
  // a third of the cost of indexing an article. A surrogate pair (a letter outside the BMP, an
  // emoji) is a whole code point only the regex judges right, so such rare texts take the regex.
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (isSurrogate(c)) return regexTerms(folded);
    if (isLetterOrNumberUnit(c)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(stem(folded.slice(start, i)));
      start = -1;
    }
  }
  if (start >= 0) out.push(stem(folded.slice(start)));
  return out;
}

function regexTerms(folded: string): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(folded); m !== null; m = WORD.exec(folded)) out.push(stem(m[0]));
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
