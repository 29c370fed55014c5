// Quotations found over the whole text, not per sentence, so a quotation that spans sentences stays one
// quotation. Double quotes are already oriented by normalization (“ ”); single quotes are told apart
// from apostrophes (`Jum'at`) by their context.
import type { Quotation } from '../types.js';
import { isLetterOrNumberUnit as isLetter, isSpaceUnit as isSpace } from './chars.js';
import { paragraphs } from './segment.js';

interface Open {
  start: number;
  mark: string;
  depth: number;
}

// Tested per code unit, as the text's characters (`text[i]`) were; past either end of the text is no letter.
// Only these characters change the state; the scan jumps from one to the next.
const MARK = /[“«„”»‘’']/g;
const isDoubleOpen = (mark: string) => mark === '“' || mark === '«' || mark === '„';

export function findQuotations(text: string): Quotation[] {
  const out: Quotation[] = [];
  const paras = paragraphs(text);
  let carried: Open | null = null; // a double quotation left open at a paragraph end, continued by the next
  MARK.lastIndex = 0;
  let mark = MARK.exec(text); // the next mark, found once for the whole text
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
    for (; mark && mark.index < para.end; mark = MARK.exec(text)) {
      const i = mark.index;
      const c = mark[0];
      const doubleOpen = stack.findIndex((o) => isDoubleOpen(o.mark));
      if (isDoubleOpen(c)) {
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
        if (k >= 0 && !isLetter(text.charCodeAt(i + 1))) close(k, i, true);
      } else {
        const k = stack.findIndex((o) => o.mark === "'");
        // the text's start counts as a space before
        const before = i > 0 && isLetter(text.charCodeAt(i - 1));
        const after = isLetter(text.charCodeAt(i + 1));
        if (k >= 0 && before && !after) close(k, i, true);
        else if (k < 0 && !before && after) stack.push({ start: i, mark: c, depth: stack.length });
      }
    }
    // Single quotes never cross a paragraph; a double one continues only if the next paragraph reopens it.
    const dbl = stack.findIndex((o) => isDoubleOpen(o.mark));
    const next = paras[p + 1];
    if (dbl >= 0 && next && isDoubleOpen(text[next.start])) {
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
  while (e > from + 1 && isSpace(text.charCodeAt(e - 1))) e--;
  return e;
}
