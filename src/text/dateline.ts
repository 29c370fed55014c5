// Datelines: `JAKARTA, KOMPAS.com -`, `Jakarta (ANTARA) -`, `KYIV/BEIJING, Dec 3 (Reuters) -` open a news
// text by naming the place and the outlet. They are part of the first sentence for the segmenter, but no
// layer reads them as the sentence's words: a dateline names no actor, speaker or content.
import type { Document } from '../types.js';

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
