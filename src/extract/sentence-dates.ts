// The dates of one sentence of a document, parsed once: statements (attribution dates) and events
// (clause dates) both ask about the same sentences, and a date parse is the dearest step per sentence.
import type { Document } from '../types.js';
import { type DateMention, findDates } from './dates.js';
import { referenceDate } from './reference-date.js';

const cache = new WeakMap<Document, Map<number, DateMention[]>>();

/** Dates in sentence `i` of `doc`, offsets relative to the sentence start, against the reference date. */
export function sentenceDates(doc: Document, i: number): DateMention[] {
  let perDoc = cache.get(doc);
  if (!perDoc) {
    perDoc = new Map();
    cache.set(doc, perDoc);
  }
  let dates = perDoc.get(i);
  if (!dates) {
    const s = doc.sentences[i];
    dates = findDates(doc.text.slice(s.start, s.end), {
      anchor: referenceDate(doc),
      lang: doc.lang === 'en' ? 'en' : 'id',
    });
    perDoc.set(i, dates);
  }
  return dates;
}
