// The learned tagger as the entity layer uses it: IOB2 tags over the document's tokens, sentence by
// sentence, or null when no model is shipped (the layer then falls back to capitalised runs).
import { existsSync, readFileSync } from 'node:fs';
import { langFile, readDataLines } from '../../lang/paths.js';
import { appendTags, DEFAULT_MODEL_PATH, loadNerModel, type NerModel } from '../../ner/index.js';
import { sentenceTokenRanges } from '../../text/document.js';
import { mapPacked } from '../../text/packed.js';
import type { Document } from '../../types.js';

let model: NerModel | null | undefined;

function nerModel(): NerModel | null {
  if (model === undefined) model = existsSync(DEFAULT_MODEL_PATH) ? loadNerModel() : null;
  return model;
}

/**
 * Tags per document token. `words` (the tokens' texts) and `sentences` (each sentence's token range) are
 * passed by the entity layer, which has them already.
 */
export function documentTags(
  doc: Document,
  words: readonly string[] = mapPacked(doc.tokens, (t) => t.text),
  sentences: readonly (readonly [number, number])[] = sentenceTokenRanges(doc),
): string[] | null {
  const m = nerModel();
  if (!m) return null;
  const tags: string[] = [];
  // one sentence buffer refilled in place: a slice and a map per sentence were a tenth of tagging
  const sentence: string[] = [];
  for (const [from, to] of sentences) {
    if (to <= from) continue;
    sentence.length = 0;
    for (let t = from; t < to; t++) sentence.push(words[t]);
    appendTags(m, sentence, tags);
  }
  return tags;
}

let common: Set<string> | null = null;

export function commonWords(): Set<string> {
  common ??= new Set(
    ['id', 'en'].flatMap((lang) =>
      readFileSync(langFile(lang, 'common.txt'), 'utf8')
        .split('\n')
        .filter((l) => l && !l.startsWith('#')),
    ),
  );
  return common;
}

let calendar: Set<string> | null = null;

/** Weekday and month names of both languages (lowercase), from the date lexicons. */
export function calendarWords(): Set<string> {
  calendar ??= new Set(
    ['id', 'en'].flatMap((lang) =>
      readDataLines(langFile(lang, 'dates.tsv'))
        .filter(([kind]) => kind === 'weekday' || kind === 'month')
        .map(([, form]) => form.toLowerCase()),
    ),
  );
  return calendar;
}
