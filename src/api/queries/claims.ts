// Claim listing for the API: the repository's filters (actor, category, contested, since, until) plus
// a word query and a language, with a total for pagination. Same order as the CLI's list.
import type { ClaimRecord } from '../../store/repository.js';
import { type ClaimRow, claimFilters, hydrateClaims } from '../../store/sqlite/read.js';
import type { ClaimsQuery } from '../params.js';
import { type DB, likeContains, prepared, where } from './sql.js';

/** The words of a query as LIKE patterns: each must occur somewhere in the claim. */
export function queryWords(q: string): string[] {
  return [...q.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => likeContains(m[0]));
}

function filters(db: DB, f: Partial<ClaimsQuery>): { parts: string[]; params: Record<string, unknown> } {
  const { parts, params } = claimFilters(db, f);
  if (f.lang) {
    parts.push(
      'EXISTS (SELECT 1 FROM events e JOIN documents d ON d.pk = e.doc WHERE e.claim = c.id AND d.lang = @lang)',
    );
    params.lang = f.lang;
  }
  if (f.q) {
    const words = queryWords(f.q);
    if (words.length) {
      // every word (NOT EXISTS … NOT) occurs in the proposition, the object or an evidence sentence
      parts.push(`NOT EXISTS (SELECT 1 FROM json_each(@words) w WHERE NOT (
        c.proposition LIKE w.value ESCAPE '\\' OR coalesce(c.object, '') LIKE w.value ESCAPE '\\'
        OR EXISTS (SELECT 1 FROM events e WHERE e.claim = c.id AND e.evidence_text LIKE w.value ESCAPE '\\')))`);
      params.words = JSON.stringify(words);
    }
  }
  return { parts, params };
}

const ORDER = 'c.last_seen DESC, c.sources DESC, c.id';

export function listClaims(db: DB, f: ClaimsQuery): { items: ClaimRecord[]; total: number } {
  const { parts, params } = filters(db, f);
  const w = where(parts);
  // Index hints, because without ANALYZE statistics SQLite guesses badly here: a category has its
  // own (category, last_seen) index; with no category, contested or actor filter, walk claims in
  // last_seen order and stop after the page instead of sorting every claim for each page (0.06 ms
  // against 16 ms at 7,500 claims). The page is chosen on row ids first, so a sort moves small keys.
  const hint = f.category
    ? 'INDEXED BY claims_category'
    : f.contested !== undefined || f.actor
      ? ''
      : 'INDEXED BY claims_last_seen';
  const rows = prepared(
    db,
    `SELECT c.* FROM claims c WHERE c.rowid IN (
       SELECT c.rowid FROM claims c ${hint} ${w} ORDER BY ${ORDER} LIMIT @limit OFFSET @offset)
     ORDER BY ${ORDER}`,
  ).all({ ...params, limit: f.limit, offset: f.offset }) as ClaimRow[];
  const total = (prepared(db, `SELECT count(*) AS n FROM claims c ${hint} ${w}`).get(params) as { n: number })
    .n;
  return { items: hydrateClaims(db, rows), total };
}

/** Claims whose text matches a query, for /api/search: the best supported first. */
export function searchClaims(db: DB, q: string, limit: number): ClaimRecord[] {
  const { parts, params } = filters(db, { q });
  if (parts.length === 0) return [];
  const rows = prepared(
    db,
    `SELECT c.* FROM claims c ${where(parts)} ORDER BY c.sources DESC, c.last_seen DESC, c.id LIMIT @limit`,
  ).all({ ...params, limit }) as ClaimRow[];
  return hydrateClaims(db, rows);
}
