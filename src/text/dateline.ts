// Datelines: `JAKARTA, KOMPAS.com -`, `Jakarta (ANTARA) -`, `KYIV/BEIJING, Dec 3 (Reuters) -` open a news
// text by naming the place and the outlet. They are part of the first sentence for the segmenter, but no
// layer reads them as the sentence's words: a dateline names no actor, speaker or content.
import type { Document } from '../types.js';
import { sentenceTokenRanges } from './document.js';

/** Tokens of the first sentence before a dateline dash or colon within its first words, else 0. */
export function datelineEnd(doc: Document, first: [number, number] | undefined): number {
  if (!first) return 0;
  const word = (t: number) => doc.tokens[t].text;
  for (let t = first[0]; t < Math.min(first[1], first[0] + 11); t++) {
    if (!/^[-–—:]$/u.test(word(t))) continue;
    // `JAKARTA, KOMPAS.com -`, `Jakarta (ANTARA) -`: a place in capitals, or a place and an outlet; not
    // `PAN mendukung Jokowi - Jusuf Kalla`, a ticket's dash
    // (a dateline is short: `PPP mendukung … periode 2014-2019` is a sentence, not one)
    const head = doc.tokens.slice(first[0], t).map((x) => x.text);
    const capitals = head.length <= 3 && head.every((w) => /^\p{Lu}{2,}$/u.test(w));
    const placeAndOutlet = head.length <= 5 && (head.includes(',') || head.includes('('));
    // `KYIV/BEIJING, Dec 3 (Reuters) -`: a wire dateline ends with its outlet in brackets
    const wire =
      head.length >= 4 &&
      head[head.length - 1] === ')' &&
      head[head.length - 3] === '(' &&
      /^\p{Lu}/u.test(head[head.length - 2]) &&
      /^\p{Lu}{2,}$/u.test(head[0]);
    // `Jakarta - Presiden Prabowo …`, `New York - …`: one or two capitalised words before the dash
    const place = head.length >= 1 && head.length <= 2 && head.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
    return capitals || placeAndOutlet || place || wire ? t + 1 : 0;
  }
  return 0;
}

interface Body {
  dateline: number;
  ranges: [number, number][];
}
const bodies = new WeakMap<Document, Body>();

/** Built once per document: the statement and the event layers read the same ranges, and neither writes them. */
function body(doc: Document): Body {
  let b = bodies.get(doc);
  if (!b) {
    const ranges = sentenceTokenRanges(doc);
    const dateline = datelineEnd(doc, ranges[0]);
    if (dateline > 0) ranges[0] = [dateline, ranges[0][1]];
    b = { dateline, ranges };
    bodies.set(doc, b);
  }
  return b;
}

/** Per sentence, its [first token, end token), the first sentence starting after its dateline. */
export function bodySentenceTokens(doc: Document): [number, number][] {
  return body(doc).ranges;
}

/** The document's `datelineEnd`. */
export function datelineTokenEnd(doc: Document): number {
  return body(doc).dateline;
}
