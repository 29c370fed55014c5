// Quotations found over the whole text, not per sentence, so a quotation that spans sentences stays one
// quotation. Double quotes are already oriented by normalization (“ ”); single quotes are told apart
// from apostrophes (`Jum'at`) by their context.
import type { Quotation } from '../types.js';
import { paragraphs } from './segment.js';

interface Open {
  start: number;
  mark: string;
  depth: number;
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

export function findQuotations(text: string): Quotation[] {
  const out: Quotation[] = [];
  const paras = paragraphs(text);
  let carried: Open | null = null; // a double quotation left open at a paragraph end, continued by the next
  for (let p = 0; p < paras.length; p++) {
    const para = paras[p];
    const stack: Open[] = [];
    if (carried) stack.push(carried);
    carried = null;
    const close = (i: number, closedAt: number, closed: boolean) => {
      const o = stack[i];
      const markLen = closed ? 1 : 0;
      out.push({
        start: o.start,
        end: closedAt + markLen,
        innerStart: o.start + 1,
        innerEnd: closedAt,
        open: o.mark,
        close: closed ? text[closedAt] : '',
        depth: o.depth,
        closed,
      });
      stack.length = i;
    };
    for (let i = para.start; i < para.end; i++) {
      const c = text[i];
      const before = i > 0 ? text[i - 1] : ' ';
      const after = text[i + 1];
      const doubleOpen = stack.findIndex((o) => o.mark === '“' || o.mark === '«' || o.mark === '„');
      if (c === '“' || c === '«' || c === '„') {
        // Continuation mark: `“…` at the start of a paragraph that continues an open quotation.
        if (doubleOpen >= 0 && i === para.start && stack[doubleOpen].start < para.start) continue;
        if (doubleOpen >= 0) close(doubleOpen, lastNonSpace(text, stack[doubleOpen].start, i), false);
        stack.push({ start: i, mark: c, depth: stack.length });
      } else if (c === '”' || c === '»') {
        if (doubleOpen >= 0) close(doubleOpen, i, true);
      } else if (c === '‘') {
        stack.push({ start: i, mark: c, depth: stack.length });
      } else if (c === '’') {
        const k = stack.findIndex((o) => o.mark === '‘');
        if (k >= 0 && !isLetter(after)) close(k, i, true);
      } else if (c === "'") {
        const k = stack.findIndex((o) => o.mark === "'");
        if (k >= 0 && isLetter(before) === true && !isLetter(after)) close(k, i, true);
        else if (k < 0 && !isLetter(before) && isLetter(after))
          stack.push({ start: i, mark: c, depth: stack.length });
      }
    }
    // Single quotes never cross a paragraph; a double one continues only if the next paragraph reopens it.
    const dbl = stack.findIndex((o) => o.mark === '“' || o.mark === '«' || o.mark === '„');
    const next = paras[p + 1];
    if (dbl >= 0 && next && /[“«„]/u.test(text[next.start])) {
      carried = stack[dbl];
      stack.length = dbl + 1;
      // nested single quotes left open are dropped: they were apostrophes or typos
    } else if (dbl >= 0) {
      close(dbl, lastNonSpace(text, stack[dbl].start, para.end), false);
    }
  }
  return out.sort((a, b) => a.start - b.start || a.depth - b.depth);
}

function lastNonSpace(text: string, from: number, to: number): number {
  let e = to;
  while (e > from + 1 && /\s/u.test(text[e - 1])) e--;
  return e;
}
