// Repairs what scraped news looks like (glued sentences, split words, stray quotes, boilerplate,
// invisible characters) and lists every repair with its offsets in the raw input.
import { readFileSync } from 'node:fs';
import { langFile, readDataLines } from '../lang/paths.js';
import type { Repair } from '../types.js';
import { applyEdits, type Edit } from './edits.js';

export interface Normalized {
  text: string;
  repairs: Repair[];
  /** Maps an offset of the normalized text to the raw input. */
  toRaw: (pos: number) => number;
}

type Pass = (text: string) => Edit[];

let boilerplate: RegExp[] | null = null;
function boilerplatePatterns(): RegExp[] {
  boilerplate ??= readDataLines(langFile('boilerplate.tsv')).map(
    ([, pattern]) => new RegExp(`^(?:${pattern})$`, 'iu'),
  );
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

/** Pass 1: line ends, invisible and odd spaces, boilerplate lines, runs of spaces, blank-line runs. */
const cleanup: Pass = (text) => {
  const edits: Edit[] = [];
  for (const m of text.matchAll(/\r\n?/g))
    edits.push({ start: m.index, end: m.index + m[0].length, replacement: '\n', kind: 'line-ending' });
  for (const m of text.matchAll(new RegExp(SPACE_LIKE.source, 'gu')))
    edits.push({ start: m.index, end: m.index + 1, replacement: ' ', kind: 'nbsp' });
  for (const m of text.matchAll(new RegExp(INVISIBLE.source, 'gu')))
    edits.push({ start: m.index, end: m.index + 1, replacement: '', kind: 'zero-width' });
  // Boilerplate lines (with their line break) go entirely.
  const patterns = boilerplatePatterns();
  for (const m of text.matchAll(/^[^\n]*(?:\n|$)/gm)) {
    const line = m[0].replace(/[\r\n]+$/, '').trim();
    if (line && patterns.some((p) => p.test(line))) {
      edits.push({ start: m.index, end: m.index + m[0].length, replacement: '', kind: 'boilerplate' });
    }
    if (m[0] === '') break;
  }
  return edits;
};

/** Pass 2: whitespace layout — runs of spaces, spaces at line ends, more than one blank line, outer trim. */
const layout: Pass = (text) => {
  // Outer trim first: at equal spans the first proposed edit wins.
  const edits: Edit[] = [];
  const lead = /^\s+/.exec(text);
  if (lead) edits.push({ start: 0, end: lead[0].length, replacement: '', kind: 'whitespace' });
  const trail = /\s+$/.exec(text);
  if (trail && trail.index > 0)
    edits.push({ start: trail.index, end: text.length, replacement: '', kind: 'whitespace' });
  for (const m of text.matchAll(/ {2,}/g))
    edits.push({ start: m.index, end: m.index + m[0].length, replacement: ' ', kind: 'whitespace' });
  for (const m of text.matchAll(/ +\n|\n +/g)) {
    const spaces = m[0].startsWith(' ')
      ? { start: m.index, end: m.index + m[0].length - 1 }
      : { start: m.index + 1, end: m.index + m[0].length };
    edits.push({ ...spaces, replacement: '', kind: 'whitespace' });
  }
  for (const m of text.matchAll(/\n{3,}/g))
    edits.push({ start: m.index, end: m.index + m[0].length, replacement: '\n\n', kind: 'whitespace' });
  return edits;
};

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
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' && text[i + 1] === '\n') open = false; // orientation state does not cross paragraphs
    if (c !== '"' && c !== '“' && c !== '”') continue;
    const before = i === 0 ? ' ' : text[i - 1];
    const after = i + 1 < text.length ? text[i + 1] : ' ';
    const spaceBefore = /[\s([{‘'—–-]/u.test(before);
    const spaceAfter = /[\s.,;:!?)\]}’'—–-]/u.test(after);
    let oriented: '“' | '”';
    if (spaceBefore && !spaceAfter) oriented = '“';
    else if (!spaceBefore && spaceAfter) oriented = '”';
    else oriented = open ? '”' : '“';
    open = oriented === '“';
    if (oriented !== c) edits.push({ start: i, end: i + 1, replacement: oriented, kind: 'quote-style' });
  }
  return edits;
};

const PASSES: Pass[] = [cleanup, layout, splitWords, glue, quoteStyle];

export function normalize(raw: string): Normalized {
  let text = raw;
  const maps: ((pos: number) => number)[] = [];
  const repairs: Repair[] = [];
  const toRawFrom = (pos: number, upTo: number) => {
    let p = pos;
    for (let k = upTo - 1; k >= 0; k--) p = maps[k](p);
    return p;
  };
  PASSES.forEach((pass, k) => {
    const applied = applyEdits(text, pass(text));
    // Earlier repairs' `at` offsets must move with this pass's edits.
    const shift = (pos: number) => forwardMap(applied, pos);
    for (const r of repairs) r.at = shift(r.at);
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
  });
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
