// The content span rule, the same for direct and indirect statements: the words said, without the
// spaces around them and without the punctuation that closes them (`…diterima,` → `…diterima`; a final
// `.`, `?`, `!`, `…`, `:` or `;` is left out too), so contents compare equal however they were punctuated.
import { isLetterOrNumberUnit as isLetterOrNumber } from '../../text/chars.js';
import type { Span } from '../../types.js';
import { type Ctx, span } from './context.js';

const TRAILING = /[\s,.;:!?…—–-]+$/u;
const LEADING = /^[\s,;:—–-]+/u;

export function contentSpan(ctx: Ctx, start: number, end: number): Span | null {
  const raw = ctx.text.slice(start, end);
  const lead = LEADING.exec(raw)?.[0].length ?? 0;
  const trail = TRAILING.exec(raw.slice(lead))?.[0].length ?? 0;
  const s = start + lead;
  const e = end - trail;
  return e > s ? span(ctx, s, e) : null;
}

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/** 1 letter or number, 2 joiner (`-'’.`), 3 anything else. */
function kindOf(c: number): number {
  if (c === 45 || c === 39 || c === 0x2019 || c === 46) return 2;
  return isLetterOrNumber(c) ? 1 : 3;
}

/**
 * Word count of a span's text (numbers count as words): the matches of
 * /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*\/gu, counted without building them (it runs on every
 * candidate content, and the match array was most of its cost). A letter or number starts a match
 * unless one is right before it, or a joiner with one before that.
 */
export function wordCount(text: string): number {
  let n = 0;
  let prev = 3;
  let prev2 = 3;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let k: number;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // a surrogate pair: one code point, as the `u` flag reads it
      k = LETTER_OR_NUMBER.test(text.slice(i, i + 2)) ? 1 : 3;
      i++;
    } else k = kindOf(c);
    if (k === 1 && prev !== 1 && !(prev === 2 && prev2 === 1)) n++;
    prev2 = prev;
    prev = k;
  }
  return n;
}
