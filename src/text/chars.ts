// What a word starts with. Asked of nearly every token by several layers: an ASCII first character is
// decided by its code, and only other characters run the Unicode regex (the regex per call was ~1 % of
// analysis on its own).
const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const LETTER = /^\p{L}/u;
const UPPER_OR_DIGIT = /^[\p{Lu}\p{N}]/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

const upper = (c: number) => c >= 65 && c <= 90;
const lower = (c: number) => c >= 97 && c <= 122;
const digit = (c: number) => c >= 48 && c <= 57;

/** An ASCII letter or digit. */
export const isAsciiLetterOrDigit = (c: number): boolean => upper(c) || lower(c) || digit(c);

export function startsUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? upper(c) : UPPER.test(w);
}

export function startsLower(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? lower(c) : LOWER.test(w);
}

export function startsWithLetter(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? upper(c) || lower(c) : LETTER.test(w);
}

/** An ASCII digit only (`/^\d/`). */
export function startsWithDigit(w: string): boolean {
  return digit(w.charCodeAt(0));
}

export function startsUpperOrDigit(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? upper(c) || digit(c) : UPPER_OR_DIGIT.test(w);
}

export function startsLetterOrDigit(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? upper(c) || lower(c) || digit(c) : LETTER_OR_DIGIT.test(w);
}

/**
 * A test of one UTF-16 code unit against a single-character regex, each unit's answer kept in a table:
 * for loops over every character of a text, where running the regex per character was the cost.
 * A code unit past the end of a text (NaN) is no match.
 */
export function codeUnitTest(re: RegExp): (c: number) => boolean {
  const known = new Uint8Array(0x10000); // 0 not yet asked, 1 yes, 2 no
  return (c) => {
    let k = known[c];
    if (k === 0) {
      k = re.test(String.fromCharCode(c)) ? 1 : 2;
      known[c] = k;
    }
    return k === 1;
  };
}

// The tests several modules ask per code unit, one table each (64 KB apiece if every module built its own).
/** Whitespace (`/\s/`). */
export const isSpaceUnit = codeUnitTest(/\s/u);
/** A letter or a number (`/[\p{L}\p{N}]/u`). */
export const isLetterOrNumberUnit = codeUnitTest(/[\p{L}\p{N}]/u);
/** Half of a surrogate pair: the code point is outside the BMP, and only a `u` regex judges it right. */
export const isSurrogate = (c: number): boolean => (c & 0xf800) === 0xd800;

/**
 * `s.toLowerCase()`, returning `s` itself when it has no uppercase ASCII and nothing beyond ASCII. The
 * texts hold curly quotes, so their words are two-byte strings, and V8 lowercases those in the runtime
 * even when nothing changes: that was most of the cost of a per-token lowercasing.
 */
export function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127 || (c >= 65 && c <= 90)) return s.toLowerCase();
  }
  return s;
}
