// The content span rule, the same for direct and indirect statements: the words said, without the
// spaces around them and without the punctuation that closes them (`…diterima,` → `…diterima`; a final
// `.`, `?`, `!`, `…`, `:` or `;` is left out too), so contents compare equal however they were punctuated.
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

/** Word count of a span's text (numbers count as words). */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
