// Document listing for the API: newest first, or by relevance when there is a word query (the same
// stemmed FTS index `warta search` uses). Counts of statements and events help a list view.
import { matchExpression } from '../../store/terms.js';
import type { DocumentsQuery } from '../params.js';
import { type DB, prepared, where } from './sql.js';

export interface DocumentSummary {
  id: string;
  title: string | null;
  source: string;
  url: string | null;
  lang: string;
  published: string | null;
  ingestedAt: string;
  statements: number;
  events: number;
}

const COLUMNS = `d.id, d.title, d.source, d.url, d.lang, d.published, d.ingested_at AS ingestedAt,
  (SELECT count(*) FROM statements s WHERE s.doc = d.pk) AS statements,
  (SELECT count(*) FROM events e WHERE e.doc = d.pk) AS events`;

export function listDocuments(db: DB, f: DocumentsQuery): { items: DocumentSummary[]; total: number } {
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  if (f.lang) {
    parts.push('d.lang = @lang');
    params.lang = f.lang;
  }
  const match = f.q ? matchExpression(f.q) : null;
  if (f.q && !match) return { items: [], total: 0 }; // a query of punctuation only matches nothing
  const from = match
    ? `documents d JOIN (SELECT rowid, bm25(fts_documents, 5.0, 1.0) AS rank FROM fts_documents
         WHERE fts_documents MATCH @match) f ON f.rowid = d.pk`
    : 'documents d';
  if (match) params.match = match;
  const order = match ? 'f.rank, d.pk DESC' : 'd.published DESC, d.pk DESC';
  const w = where(parts);
  const items = prepared(
    db,
    `SELECT ${COLUMNS} FROM ${from} ${w} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
  ).all({
    ...params,
    limit: f.limit,
    offset: f.offset,
  }) as DocumentSummary[];
  const total = (prepared(db, `SELECT count(*) AS n FROM ${from} ${w}`).get(params) as { n: number }).n;
  return { items, total };
}
