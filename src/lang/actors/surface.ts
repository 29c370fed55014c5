// How a surface form is compared with an alias. Both are cut into pieces — runs of letters/digits, and
// each other non-space character on its own — so `Kab. Bogor`, `Kab . Bogor` and the tokens
// ["Kab", ".", "Bogor"] compare equal whatever the tokenizer did with the period. Diacritics, curly
// apostrophes and dash variants are folded. A piece written in the data with no lowercase letter
// (`AS`, `PBB`, `DK`, `U`) is an acronym and must match exactly, so `AS` never matches the word `as`;
// every other piece matches case-insensitively (`Korea Utara` = `KOREA UTARA` = `korea utara`).

const PIECE = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-');
}

const ASCII = /^[\x20-\x7e]*$/;
const cache = new Map<string, string[]>();
const CACHE_MAX = 100_000;

/** Pieces of a surface form, diacritics folded, case kept. Memoised: tokens of news text repeat. */
export function pieces(s: string): string[] {
  let ps = cache.get(s);
  if (ps) return ps;
  ps = (ASCII.test(s) ? s : fold(s)).match(PIECE) ?? [];
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(s, ps);
  return ps;
}

/** An acronym piece: at least one letter and no lowercase letter. */
export function isAcronymPiece(p: string): boolean {
  return /\p{Lu}/u.test(p) && !/\p{Ll}/u.test(p);
}

/** The case-insensitive key of a piece list: what the index is keyed on. */
export function keyOf(ps: string[]): string {
  return ps.map((p) => p.toLowerCase()).join(' ');
}

/** True when `text` pieces match `alias` pieces under the acronym rule (keys already equal). */
export function casesAgree(alias: string[], text: string[]): boolean {
  for (let i = 0; i < alias.length; i++) {
    if (isAcronymPiece(alias[i]) && alias[i] !== text[i]) return false;
  }
  return true;
}
