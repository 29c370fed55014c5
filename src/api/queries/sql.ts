// Helpers shared by the API's own queries. SQL text is assembled only from constant fragments chosen
// by which filters are present; every value is a bound parameter (lists travel as JSON via json_each).
import type { Statement } from 'better-sqlite3';
import type { DB } from '../../store/sqlite/open.js';
import { matchActors } from '../../store/sqlite/read.js';

export type { DB };

/** Upper bound for "starts with" comparisons on ISO dates: '2022-11' <= d < '2022-11\uffff'. */
export const HIGH = '\uffff';

// Prepared statements per connection and SQL text: the set of texts is small (one per filter
// combination) and preparing costs more than running the small queries the API makes.
const cache = new WeakMap<DB, Map<string, Statement>>();

export function prepared(db: DB, sql: string): Statement {
  let perDb = cache.get(db);
  if (!perDb) {
    perDb = new Map();
    cache.set(db, perDb);
  }
  let stmt = perDb.get(sql);
  if (!stmt) {
    stmt = db.prepare(sql);
    perDb.set(sql, stmt);
  }
  return stmt;
}

/** LIKE pattern for "contains", wildcards escaped (use with ESCAPE '\'). */
export function likeContains(s: string): string {
  return `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Actor primary keys for an `actor=` filter, as the JSON list json_each expects. */
export function actorList(db: DB, q: string): string {
  return JSON.stringify(matchActors(db, q));
}

/**
 * A sortable day for an ISO date of any precision, in SQL: ISO weeks (2022-W44, which the date
 * extractor emits) become the Monday of that week; other forms already sort as text.
 */
export function sortableDate(col: string): string {
  const y = `substr(${col}, 1, 4)`;
  const jan4 = `(${y} || '-01-04')`;
  return `CASE WHEN ${col} GLOB '[0-9][0-9][0-9][0-9]-W[0-9][0-9]*' THEN date(${jan4},
      '-' || ((CAST(strftime('%w', ${jan4}) AS INTEGER) + 6) % 7) || ' days',
      '+' || ((CAST(substr(${col}, 7, 2) AS INTEGER) - 1) * 7) || ' days') ELSE ${col} END`;
}

export function where(parts: string[]): string {
  return parts.length ? `WHERE ${parts.join(' AND ')}` : '';
}
