// The date relative expressions in an article resolve against. The publication date when it has a day;
// when the source gives only a month (`date 2022-11`), the latest full date the article itself states
// inside that month (`Selasa 8 November 2022`), since the article cannot predate it.
import type { Document } from '../types.js';
import { type DateMention, findDates } from './dates.js';

const cache = new WeakMap<Document, string | null>();

export function referenceDate(doc: Document): string | null {
  if (cache.has(doc)) return cache.get(doc) ?? null;
  const published = doc.published;
  let ref = published;
  if (published && /^\d{4}(-\d{2})?$/.test(published)) {
    const lang = doc.lang === 'en' ? 'en' : 'id';
    let best: string | null = null;
    for (const s of doc.sentences) {
      const text = doc.text.slice(s.start, s.end);
      if (!/\d{4}/.test(text)) continue; // only sentences that spell out a year can hold a full date
      const found: DateMention[] = findDates(text, { anchor: published, lang });
      for (const d of found) {
        const day: string = d.value?.slice(0, 10) ?? '';
        if (
          d.kind === 'absolute' &&
          /^\d{4}-\d{2}-\d{2}$/.test(day) &&
          day.startsWith(published) &&
          (!best || day > best)
        )
          best = day;
      }
    }
    ref = best ?? published;
  }
  cache.set(doc, ref);
  return ref;
}
