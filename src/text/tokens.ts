// Word tokens with offsets, split the way the Indonesian NER data is (punctuation apart, reduplicated
// and hyphenated words whole, decimals `5,32` and times `10.30` whole, known abbreviations with their period).
import type { Sentence, Token } from '../types.js';
import { abbreviations } from './abbreviations.js';
import { codeUnitTest, isLetterOrNumberUnit, isSpaceUnit as isSpace, isSurrogate } from './chars.js';

// The definition of a token. `scan` below decides most tokens faster by hand and must agree with it.
const ALTERNATIVES = [
  String.raw`https?:\/\/[^\s”"’)]+[^\s”"’).,;:!?]`, // URL
  // the lookaheads fail fast on ordinary words, which every alternative above `words` is tried on
  String.raw`(?=[^\s@]*@)[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}`, // e-mail
  String.raw`(?=\p{L}\.\p{L}\.)(?:\p{L}\.){2,}`, // dotted acronym U.S., a.n.
  String.raw`\d+(?:[.,:]\d+)*`, // numbers, decimals, times, thousands
  // words: diam-diam, Jum'at, Kompas.com; the English possessive `'s` is a token of its own
  String.raw`[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:(?:-|\.|['’](?!s(?![\p{L}\p{N}])))[\p{L}\p{M}\p{N}]+)*`,
  String.raw`\.{2,}|…`, // ellipsis
  String.raw`\S`, // any other single character
];
// Sticky: asked for the one token starting at a given offset of a sentence.
const TOKEN = new RegExp(ALTERNATIVES.join('|'), 'uy');

// Per UTF-16 code unit, which is exact for every character outside the surrogate range: a surrogate
// (an astral character) makes `scan` hand the token to the regex.
const isLetter = codeUnitTest(/\p{L}/u);
const isWordStart = codeUnitTest(/[\p{L}\p{M}]/u);
const isWordPart = codeUnitTest(/[\p{L}\p{M}\p{N}]/u);
const isDigit = (c: number) => c >= 48 && c <= 57;

const UNDECIDED = -1;
const DOT = 46;

export function tokenize(text: string, sents: Sentence[]): Token[] {
  const abbr = abbreviations().entries;
  const out: Token[] = [];
  let at = text.indexOf('@'); // the next `@`, which only the regex's e-mail rule may decide about
  if (at < 0) at = text.length;
  for (const s of sents) {
    let chunk: string | null = null; // the sentence alone, for the regex, made when first needed
    let p = s.start;
    for (;;) {
      while (p < s.end && isSpace(text.charCodeAt(p))) p++;
      if (p >= s.end) break;
      if (at < p) {
        at = text.indexOf('@', p);
        if (at < 0) at = text.length;
      }
      let end = at < s.end && !spaceBetween(text, p, at) ? UNDECIDED : scan(text, p, s.end);
      if (end === UNDECIDED) {
        chunk ??= text.slice(s.start, s.end);
        TOKEN.lastIndex = p - s.start;
        end = p + (TOKEN.exec(chunk) as RegExpExecArray)[0].length;
      }
      end = withAbbreviationPeriod(text, p, end, s.end, abbr);
      out.push({ index: out.length, start: p, end, text: text.slice(p, end), sentence: s.index });
      p = end;
    }
  }
  return out;
}

/** Keeps the period of a known abbreviation or initial (`Dr.`, `Jl.`, `M.`) with its word. */
function withAbbreviationPeriod(
  text: string,
  start: number,
  end: number,
  limit: number,
  abbr: Map<string, boolean>,
): number {
  if (text.charCodeAt(end) !== DOT || end + 1 > limit) return end;
  if (abbr.has(text.slice(start, end + 1))) return end + 1;
  return end + 1 < limit && isInitial(text, start, end) ? end + 1 : end;
}

function isInitial(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (end - start === 1 && c < 128) return c >= 65 && c <= 90;
  return end - start <= 2 && /^\p{Lu}$/u.test(text.slice(start, end));
}

function spaceBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isSpace(text.charCodeAt(i))) return true;
  return false;
}

/**
 * End of the token starting at `p` (not a space, no `@` ahead in its word) by the rules of TOKEN,
 * or UNDECIDED for what only the regex decides: URLs and astral characters.
 */
function scan(text: string, p: number, end: number): number {
  const c = text.charCodeAt(p);
  if (isSurrogate(c) || (c === 104 && text.startsWith('http', p))) return UNDECIDED;
  if (isDigit(c)) return number(text, p, end);
  if (isWordStart(c)) {
    const acronym = isLetter(c) ? dottedAcronym(text, p, end) : p;
    return acronym === p ? word(text, p, end) : acronym;
  }
  if (c === DOT) {
    let e = p + 1;
    while (e < end && text.charCodeAt(e) === DOT) e++;
    return e;
  }
  return p + 1; // the ellipsis `…` or any other single character
}

function number(text: string, p: number, end: number): number {
  let e = digits(text, p + 1, end);
  while (e + 1 < end) {
    const sep = text.charCodeAt(e);
    if ((sep !== DOT && sep !== 44 && sep !== 58) || !isDigit(text.charCodeAt(e + 1))) break;
    e = digits(text, e + 2, end);
  }
  return e;
}

function digits(text: string, from: number, end: number): number {
  let e = from;
  while (e < end && isDigit(text.charCodeAt(e))) e++;
  return e;
}

/** `U.S.`, `a.n.`: end of the letter-period pairs (two or more) at `p`, `p` when there are none. */
function dottedAcronym(text: string, p: number, end: number): number {
  if (p + 3 >= end || text.charCodeAt(p + 1) !== DOT) return p;
  const second = text.charCodeAt(p + 2);
  if (isSurrogate(second)) return UNDECIDED;
  if (!isLetter(second) || text.charCodeAt(p + 3) !== DOT) return p;
  let e = p + 4;
  while (e + 1 < end) {
    const l = text.charCodeAt(e);
    if (isSurrogate(l)) return UNDECIDED;
    if (!isLetter(l) || text.charCodeAt(e + 1) !== DOT) break;
    e += 2;
  }
  return e;
}

/** A word whose first character (at `p`) is a letter or mark; parts joined by `-`, `.` or apostrophes. */
function word(text: string, p: number, end: number): number {
  let e = wordPart(text, p + 1, end);
  while (e >= 0 && e + 1 < end && joins(text, e, end)) {
    const next = text.charCodeAt(e + 1);
    if (isSurrogate(next)) return UNDECIDED;
    if (!isWordPart(next)) break;
    e = wordPart(text, e + 2, end);
  }
  return e;
}

function wordPart(text: string, from: number, end: number): number {
  let e = from;
  for (; e < end; e++) {
    const c = text.charCodeAt(e);
    if (!isWordPart(c)) return isSurrogate(c) ? UNDECIDED : e;
  }
  return e;
}

/** May the character at `e` join two parts of a word? An apostrophe before a lone `s` does not (`Jokowi's`). */
function joins(text: string, e: number, end: number): boolean {
  const c = text.charCodeAt(e);
  if (c === 45 || c === DOT) return true;
  if (c !== 39 && c !== 0x2019) return false;
  if (text.charCodeAt(e + 1) !== 115) return true;
  if (e + 2 >= end) return false;
  const after = text.charCodeAt(e + 2);
  return isSurrogate(after) || isLetterOrNumberUnit(after);
}
