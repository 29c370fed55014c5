// The whole per-article pipeline: RawArticle → Document → annotators → Analysis.
import { buildDocument } from './text/document.js';
import type { Analysis, Document, RawArticle } from './types.js';

export function toAnalysis(doc: Document, layers: Pick<Analysis, 'entities' | 'statements' | 'events'>): Analysis {
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

export function analyze(raw: RawArticle): Analysis {
  const doc = buildDocument(raw);
  return toAnalysis(doc, { entities: [], statements: [], events: [] });
}
