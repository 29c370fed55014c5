// Word tokens with offsets, split the way the Indonesian NER data is (punctuation apart, reduplicated
// and hyphenated words whole, decimals `5,32` and times `10.30` whole, known abbreviations with their period).
import type { Sentence, Token } from '../types.js';
import { abbreviations } from './abbreviations.js';

const TOKEN = new RegExp(
  [
    String.raw`https?:\/\/[^\s”"’)]+[^\s”"’).,;:!?]`, // URL
    // the lookaheads fail fast on ordinary words, which every alternative above `words` is tried on
    String.raw`(?=[^\s@]*@)[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}`, // e-mail
    String.raw`(?=\p{L}\.\p{L}\.)(?:\p{L}\.){2,}`, // dotted acronym U.S., a.n.
    String.raw`\d+(?:[.,:]\d+)*`, // numbers, decimals, times, thousands
    // words: diam-diam, Jum'at, Kompas.com; the English possessive `'s` is a token of its own
    String.raw`[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:(?:-|\.|['’](?!s(?![\p{L}\p{N}])))[\p{L}\p{M}\p{N}]+)*`,
    String.raw`\.{2,}|…`, // ellipsis
    String.raw`\S`, // any other single character
  ].join('|'),
  'gu',
);

export function tokenize(text: string, sents: Sentence[]): Token[] {
  const abbr = abbreviations().entries;
  const out: Token[] = [];
  for (const s of sents) {
    const chunk = text.slice(s.start, s.end);
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(chunk); m; m = TOKEN.exec(chunk)) {
      const start = s.start + m.index;
      let end = start + m[0].length;
      // Keep the period of a known abbreviation or initial (`Dr.`, `Jl.`, `M.`) with its word.
      if (text[end] === '.' && end + 1 <= s.end) {
        const withDot = text.slice(start, end + 1);
        if (abbr.has(withDot) || (/^\p{Lu}$/u.test(m[0]) && end + 1 < s.end)) {
          end += 1;
          TOKEN.lastIndex += 1;
        }
      }
      out.push({ index: out.length, start, end, text: text.slice(start, end), sentence: s.index });
    }
  }
  return out;
}
