// Repairs what scraped news looks like (glued sentences, split words, stray quotes, boilerplate,
// invisible characters) and lists every repair with its offsets in the raw input.
import { readFileSync } from 'node:fs';
import { langFile, readDataLines } from '../lang/paths.js';
import type { Repair } from '../types.js';
import { codeUnitTest, isSpaceUnit as isSpace } from './chars.js';
import { applyEdits, type Edit } from './edits.js';

export interface Normalized {
  text: string;
  repairs: Repair[];
  /** Maps an offset of the normalized text to the raw input. */
  toRaw: (pos: number) => number;
}

type Pass = (text: string) => Edit[];

let boilerplate: RegExp | null = null;
/** Every boilerplate pattern in one alternation: a line is tested once, not once per pattern. */
function boilerplatePattern(): RegExp {
  if (!boilerplate) {
    const patterns = readDataLines(langFile('boilerplate.tsv')).map(([, pattern]) => `(?:${pattern})`);
    boilerplate = new RegExp(`^(?:${patterns.join('|')})$`, 'iu');
  }
  return boilerplate;
}

let vocab: Set<string> | null = null;
/** Known Indonesian word forms (lowercase); extra words (e.g. actor names) can be added by callers. */
export function knownWords(): Set<string> {
  if (!vocab) {
    vocab = new Set(
      readFileSync(langFile('id', 'vocab.txt'), 'utf8')
        .split('\n')
        .filter((l) => l && !l.startsWith('#')),
    );
  }
  return vocab;
}

const SPACE_LIKE = /[\u00A0\u2007\u202F\u2000-\u200A\u3000\t\f\v]/u;
// biome-ignore lint/suspicious/noMisleadingCharacterClass: these invisible characters are removed one by one
const INVISIBLE = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/u;
// Everything cleanup repairs character by character, found in one scan instead of one per kind: one
// class without the `u` flag scans fastest, and matches the same since every character in it is a single
// code unit, which also lets them be tested per code unit.
const CLEANED = new RegExp(`[\\r${SPACE_LIKE.source.slice(1, -1)}${INVISIBLE.source.slice(1, -1)}]`, 'g');
const isSpaceLike = codeUnitTest(SPACE_LIKE);
const DOUBLE_QUOTE = /["“”]/g;
/** A character before a quote that makes it an opening one, and one after it that makes it closing. */
const opensAfter = codeUnitTest(/[\s([{‘'—–-]/u);
const closesBefore = codeUnitTest(/[\s.,;:!?)\]}’'—–-]/u);

/** Pass 1: line ends, invisible and odd spaces, boilerplate lines, runs of spaces, blank-line runs. */
const cleanup: Pass = (text) => {
  // One regex scan finds the three single-character repairs; each kind keeps its own list so the edits
  // are proposed in the same order as one scan per kind would.
  const lineEnds: Edit[] = [];
  const spaces: Edit[] = [];
  const invisible: Edit[] = [];
  CLEANED.lastIndex = 0;
  for (let m = CLEANED.exec(text); m; m = CLEANED.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (c === 13) {
      const end = text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      lineEnds.push({ start: i, end, replacement: '\n', kind: 'line-ending' });
    } else if (isSpaceLike(c)) spaces.push({ start: i, end: i + 1, replacement: ' ', kind: 'nbsp' });
    else invisible.push({ start: i, end: i + 1, replacement: '', kind: 'zero-width' });
  }
  return [...lineEnds, ...spaces, ...invisible, ...boilerplateLines(text)];
};

/** Boilerplate lines (with their line break) go entirely. */
function boilerplateLines(text: string): Edit[] {
  const edits: Edit[] = [];
  const pattern = boilerplatePattern();
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl + 1;
    const line = text.slice(start, end).trim();
    if (line && pattern.test(line)) {
      edits.push({ start, end, replacement: '', kind: 'boilerplate' });
    }
    start = end;
  }
  return edits;
}

/** Pass 2: whitespace layout — runs of spaces, spaces at line ends, more than one blank line, outer trim. */
const layout: Pass = (text) => {
  // Outer trim first: at equal spans the first proposed edit wins.
  const edits: Edit[] = [];
  let lead = 0;
  while (lead < text.length && isSpace(text.charCodeAt(lead))) lead++;
  if (lead > 0) edits.push({ start: 0, end: lead, replacement: '', kind: 'whitespace' });
  let trail = text.length;
  while (trail > 0 && isSpace(text.charCodeAt(trail - 1))) trail--;
  if (trail > 0 && trail < text.length)
    edits.push({ start: trail, end: text.length, replacement: '', kind: 'whitespace' });
  for (const [start, end] of runs(text, '  ', 32))
    edits.push({ start, end, replacement: ' ', kind: 'whitespace' });
  lineEdgeSpaces(text, edits);
  for (const [start, end] of runs(text, '\n\n\n', 10))
    edits.push({ start, end, replacement: '\n\n', kind: 'whitespace' });
  return edits;
};

/** [start, end) of each run of the character `code` that begins with `first` (two or three of it). */
function runs(text: string, first: string, code: number): [number, number][] {
  const out: [number, number][] = [];
  for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at)) {
    const start = at;
    at += first.length;
    while (text.charCodeAt(at) === code) at++;
    out.push([start, at]);
  }
  return out;
}

/** Spaces before a line break, or else after it: what `/ +\n|\n +/g` matches, as it consumes breaks. */
function lineEdgeSpaces(text: string, edits: Edit[]): void {
  let free = 0; // characters before this were consumed by an earlier match
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', free)) {
    let before = nl;
    while (before > free && text.charCodeAt(before - 1) === 32) before--;
    if (before < nl) {
      edits.push({ start: before, end: nl, replacement: '', kind: 'whitespace' });
      free = nl + 1;
      continue;
    }
    let after = nl + 1;
    while (text.charCodeAt(after) === 32) after++;
    if (after > nl + 1) edits.push({ start: nl + 1, end: after, replacement: '', kind: 'whitespace' });
    free = after;
  }
}

/** Pass 3: a word split by a stray space (`Ukrain a.` → `Ukraina.`), joined only when the joined form is a
 * known word and neither part is. Runs before `glue` so the repaired word can take a missing space. */
const splitWords: Pass = (text) => {
  const edits: Edit[] = [];
  const known = knownWords();
  // Find the rare short tail first (` a.`), then look back for the word: a leading lookbehind would be
  // tried at every position of the text.
  for (const m of text.matchAll(/ (\p{Ll}{1,2})(?=[.,;:!?])/gu)) {
    let w = m.index;
    while (w > 0 && /\p{L}/u.test(text[w - 1])) w--;
    if (m.index - w < 3 || (w > 0 && /[\p{N}-]/u.test(text[w - 1]))) continue;
    const left = text.slice(w, m.index).toLowerCase();
    const right = m[1];
    if (known.has(left + right) && !known.has(left) && (right.length === 1 || !known.has(right))) {
      edits.push({ start: m.index, end: m.index + 1, replacement: '', kind: 'split-word' });
    }
  }
  return edits;
};

/** Pass 4: glue — missing spaces after sentence ends, doubled quotes, numbers glued to words. */
const glue: Pass = (text) => {
  const edits: Edit[] = [];
  // `melakukannya.Bantahan`, `Ukraina.“Korea`, `a.Juru`: a sentence end glued to a capitalised word.
  // Requires a lowercase word (2+ letters) or a closing bracket before, so `U.S.A` and `KOMPAS.com` stay.
  for (const m of text.matchAll(/[.!?]+(?=["“]?\p{Lu})/gu)) {
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    if (!/^\p{Ll}{2}$/u.test(before) && !/[)\]%]$/u.test(before)) continue;
    const at = m.index + m[0].length;
    edits.push({ start: at, end: at, replacement: ' ', kind: 'missing-space' });
  }
  // `depan.""Kami`: a closing and an opening quote with nothing between them.
  for (const m of text.matchAll(/["”](?=["“]\p{L})/gu)) {
    if (m.index === 0 || !/[.!?,;\p{L}]/u.test(text[m.index - 1])) continue;
    edits.push({ start: m.index + 1, end: m.index + 1, replacement: ' ', kind: 'doubled-quote' });
  }
  // `melakukannya.”Kami`: a closing quote glued to the next capitalised word.
  for (const m of text.matchAll(/["”](?=\p{Lu})/gu)) {
    if (m.index === 0 || !/[.!?,]/u.test(text[m.index - 1])) continue;
    const at = m.index + 1;
    edits.push({ start: at, end: at, replacement: ' ', kind: 'missing-space' });
  }
  // `2022Bantuan`: a number glued to the next capitalised word — the scraper lost a line break.
  for (const m of text.matchAll(/\d(?=\p{Lu}\p{Ll}{2,})/gu)) {
    let d = m.index;
    while (d > 0 && /\d/.test(text[d - 1])) d--;
    if (m.index + 1 - d > 4 || (d > 0 && !/[\s(]/u.test(text[d - 1]))) continue;
    edits.push({ start: m.index + 1, end: m.index + 1, replacement: '\n', kind: 'glued-number' });
  }
  return edits;
};

/** Pass 5: straight or mis-oriented double quotes become opening “ and closing ” by their context. */
const quoteStyle: Pass = (text) => {
  const edits: Edit[] = [];
  let open = false;
  let paragraphBreak = text.indexOf('\n\n'); // the first after the previous quote
  DOUBLE_QUOTE.lastIndex = 0;
  for (let m = DOUBLE_QUOTE.exec(text); m; m = DOUBLE_QUOTE.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (paragraphBreak >= 0 && paragraphBreak < i) {
      open = false; // orientation state does not cross paragraphs
      paragraphBreak = text.indexOf('\n\n', i + 1);
    }
    const spaceBefore = i === 0 || opensAfter(text.charCodeAt(i - 1));
    const spaceAfter = i + 1 >= text.length || closesBefore(text.charCodeAt(i + 1));
    let oriented: '“' | '”';
    if (spaceBefore && !spaceAfter) oriented = '“';
    else if (!spaceBefore && spaceAfter) oriented = '”';
    else oriented = open ? '”' : '“';
    open = oriented === '“';
    if (oriented.charCodeAt(0) !== c)
      edits.push({ start: i, end: i + 1, replacement: oriented, kind: 'quote-style' });
  }
  return edits;
};

const PASSES: Pass[] = [cleanup, layout, splitWords, glue, quoteStyle];

export function normalize(raw: string): Normalized {
  let text = raw;
  // One map per pass that changed the text: a pass without edits maps every offset to itself.
  const maps: ((pos: number) => number)[] = [];
  const repairs: Repair[] = [];
  const toRawFrom = (pos: number, upTo: number) => {
    let p = pos;
    for (let k = upTo - 1; k >= 0; k--) p = maps[k](p);
    return p;
  };
  for (const pass of PASSES) {
    const proposed = pass(text);
    if (proposed.length === 0) continue;
    const applied = applyEdits(text, proposed);
    // Earlier repairs' `at` offsets must move with this pass's edits.
    for (const r of repairs) r.at = forwardMap(applied, r.at);
    const k = maps.length;
    applied.edits.forEach((e, i) => {
      const start = toRawFrom(e.start, k);
      const end = toRawFrom(e.end, k);
      repairs.push({
        kind: e.kind,
        original: { start, end, text: raw.slice(start, end) },
        replacement: e.replacement,
        at: applied.outStarts[i],
      });
    });
    maps.push(applied.toInput);
    text = applied.text;
  }
  repairs.sort((a, b) => a.original.start - b.original.start || a.at - b.at);
  return { text, repairs, toRaw: (pos) => toRawFrom(pos, maps.length) };
}

/** Input offset → output offset for one applied pass. */
function forwardMap(applied: ReturnType<typeof applyEdits>, pos: number): number {
  let delta = 0;
  for (let i = 0; i < applied.edits.length; i++) {
    const e = applied.edits[i];
    if (e.start >= pos && !(e.start === pos && e.end === pos)) break;
    if (pos < e.end) return applied.outStarts[i];
    delta += e.replacement.length - (e.end - e.start);
  }
  return pos + delta;
}
