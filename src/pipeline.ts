// The whole per-article pipeline: RawArticle → Document → annotators → Analysis.
import { entityLayer } from './extract/entities/index.js';
import { extractEvents } from './extract/events/index.js';
import { extractStatements } from './extract/statements/index.js';
import { buildDocument } from './text/document.js';
import type { Analysis, Document, RawArticle } from './types.js';

/** Languages the extractors know; other articles are kept with their text but no records. */
export const EXTRACTED_LANGUAGES = new Set(['id', 'en']);

export function toAnalysis(
  doc: Document,
  layers: Pick<Analysis, 'entities' | 'statements' | 'events'>,
): Analysis {
  return {
    version: 1,
    document: {
      id: doc.id,
      input_id: doc.inputId,
      source: doc.source,
      lang: doc.lang,
      published: doc.published,
      byline: doc.byline,
      dateline: doc.dateline,
      title: doc.title,
      url: doc.url,
      text: doc.text,
      sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end })),
      repairs: doc.repairs,
    },
    ...layers,
  };
}

export function analyzeDocument(doc: Document): Analysis {
  if (!EXTRACTED_LANGUAGES.has(doc.lang))
    return toAnalysis(doc, { entities: [], statements: [], events: [] });
  const layer = entityLayer(doc);
  const statements = extractStatements(doc, layer.entities);
  const events = extractEvents(doc, layer, statements);
  return toAnalysis(doc, { entities: layer.entities, statements, events });
}

export function analyze(raw: RawArticle): Analysis {
  return analyzeDocument(buildDocument(raw));
}
