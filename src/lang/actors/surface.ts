// How a surface form is compared with an alias. Both are cut into pieces — runs of letters/digits, and
// each other non-space character on its own — so `Kab. Bogor`, `Kab . Bogor` and the tokens
// ["Kab", ".", "Bogor"] compare equal whatever the tokenizer did with the period. Diacritics, curly
// apostrophes and dash variants are folded. A piece written in the data with no lowercase letter
// (`AS`, `PBB`, `DK`, `U`) is an acronym and must match exactly, so `AS` never matches the word `as`;
// every other piece matches case-insensitively (`Korea Utara` = `KOREA UTARA` = `korea utara`).
import { isAsciiLetterOrDigit } from '../../text/chars.js';

const PIECE = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-');
}

const ASCII = /^[\x20-\x7e]*$/;
const CACHE_MAX = 100_000;

interface Cut {
  pieces: string[];
  lower: string[];
  key: string;
}
const cache = new Map<string, Cut>();

/** Pieces, lowercased pieces and key of a surface form, memoised: tokens of news text repeat. */
export function cut(s: string): Cut {
  let c = cache.get(s);
  if (c) return c;
  const ps = (ASCII.test(s) ? s : fold(s)).match(PIECE) ?? [];
  const lower = ps.map((p) => p.toLowerCase());
  c = { pieces: ps, lower, key: lower.join(' ') };
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(s, c);
  return c;
}

/**
 * A run of ASCII letters and digits, most tokens of news text: its own only piece, with nothing to
 * fold, so the trie is walked without the memo of `cut`.
 */
export function isPlainPiece(s: string): boolean {
  if (s.length === 0) return false;
  for (let k = 0; k < s.length; k++) if (!isAsciiLetterOrDigit(s.charCodeAt(k))) return false;
  return true;
}

/** Pieces of a surface form, diacritics folded, case kept. */
export function pieces(s: string): string[] {
  return cut(s).pieces;
}

/** An acronym piece: at least one letter and no lowercase letter. */
export function isAcronymPiece(p: string): boolean {
  return p !== p.toLowerCase() && p === p.toUpperCase();
}

/** The case-insensitive key of a piece list: what the index is keyed on. */
export function keyOf(ps: string[]): string {
  return ps.map((p) => p.toLowerCase()).join(' ');
}
