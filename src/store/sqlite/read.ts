// Read queries over the SQLite store. WHERE clauses are assembled from constant fragments only;
// every value travels as a bound parameter (lists as JSON through json_each).
import type { Analysis, Factuality } from '../../types.js';
import type {
  ActorRef,
  ClaimDetail,
  ClaimFilter,
  ClaimRecord,
  ClaimSourceRecord,
  DocumentRecord,
  EntityFilter,
  EntityRecord,
  EventSourceRow,
  SearchFilter,
  SearchHit,
  StatementFilter,
  StatementRecord,
  StoreStats,
} from '../repository.js';
import { fold, holdsAll, matchExpression, queryTerms, stem } from '../terms.js';
import type { DB } from './open.js';
import { schemaVersion } from './open.js';

const HIGH = '\uffff'; // upper bound for "starts with" comparisons on ISO dates and ids

/** LIKE pattern for "contains", with LIKE's wildcards escaped. */
function contains(s: string): string {
  return `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Actor primary keys matching a user's --actor / --speaker: a code (prefix: PRK finds PRKMIL) or part of a name. */
export function matchActors(db: DB, q: string): number[] {
  const isCode = /^[A-Z]{3,}$/.test(q);
  const rows = (
    isCode
      ? db.prepare('SELECT pk FROM actors WHERE code >= ? AND code < ?').all(q, q + HIGH)
      : db.prepare(`SELECT pk FROM actors WHERE name LIKE ? ESCAPE '\\'`).all(contains(q))
  ) as { pk: number }[];
  return rows.map((r) => r.pk);
}

export interface ClaimRow {
  id: string;
  category: string;
  mode: string;
  object: string | null;
  date_start: string | null;
  date_end: string | null;
  first_seen: string | null;
  last_seen: string | null;
  sources: number;
  documents: number;
  positive: number;
  negative: number;
  neutral: number;
  contested: number;
  proposition: string;
}

/** Claim rows with their actors and recipients (one query for the page); the API's listing shares it. */
export function hydrateClaims(db: DB, rows: ClaimRow[]): ClaimRecord[] {
  if (rows.length === 0) return [];
  const actors = db
    .prepare(
      `SELECT ca.claim, ca.role, a.pk AS id, a.code, a.name, a.kind FROM claim_actors ca
       JOIN actors a ON a.pk = ca.actor WHERE ca.claim IN (SELECT value FROM json_each(?))
       ORDER BY ca.claim, ca.role, ca.position`,
    )
    .all(JSON.stringify(rows.map((r) => r.id))) as (ActorRef & { claim: string; role: string })[];
  const byClaim = new Map<string, { actors: ActorRef[]; recipients: ActorRef[] }>();
  for (const a of actors) {
    const entry = byClaim.get(a.claim) ?? { actors: [], recipients: [] };
    const ref = { id: a.id, code: a.code, name: a.name, kind: a.kind };
    (a.role === 'actor' ? entry.actors : entry.recipients).push(ref);
    byClaim.set(a.claim, entry);
  }
  return rows.map((r) => ({
    id: r.id,
    category: r.category,
    mode: JSON.parse(r.mode) as string[],
    actors: byClaim.get(r.id)?.actors ?? [],
    recipients: byClaim.get(r.id)?.recipients ?? [],
    object: r.object,
    dateStart: r.date_start,
    dateEnd: r.date_end,
    firstSeen: r.first_seen,
    lastSeen: r.last_seen,
    sources: r.sources,
    documents: r.documents,
    positive: r.positive,
    negative: r.negative,
    neutral: r.neutral,
    contested: r.contested === 1,
    proposition: r.proposition,
  }));
}

/**
 * The WHERE parts and parameters of the claim filters (category, contested, since, until, actor) over
 * `claims c`; the API adds its own (words, language) to these.
 */
export function claimFilters(
  db: DB,
  f: Omit<ClaimFilter, 'limit' | 'offset'>,
): { parts: string[]; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (f.category) {
    where.push('c.category = @category');
    params.category = f.category.toUpperCase();
  }
  if (f.contested !== undefined) {
    where.push('c.contested = @contested');
    params.contested = f.contested ? 1 : 0;
  }
  if (f.since) {
    where.push('c.last_seen >= @since');
    params.since = f.since;
  }
  if (f.until) {
    where.push('c.first_seen <= @until');
    params.until = f.until + HIGH;
  }
  if (f.actor) {
    where.push(
      'c.id IN (SELECT claim FROM claim_actors WHERE actor IN (SELECT value FROM json_each(@actors)))',
    );
    params.actors = JSON.stringify(matchActors(db, f.actor));
  }
  return { parts: where, params };
}

export function listClaims(db: DB, f: ClaimFilter = {}): ClaimRecord[] {
  const { parts, params } = claimFilters(db, f);
  const sql = `SELECT c.* FROM claims c ${parts.length ? `WHERE ${parts.join(' AND ')}` : ''}
    ORDER BY c.last_seen DESC, c.sources DESC, c.id LIMIT @limit OFFSET @offset`;
  const page = { ...params, limit: f.limit ?? 50, offset: f.offset ?? 0 };
  return hydrateClaims(db, db.prepare(sql).all(page) as ClaimRow[]);
}

/**
 * A claim with its sources. A claim can gather thousands of sources; at most `perSide` are returned
 * for each side (for, against, no position), earliest first, so both sides of a contested claim show.
 */
export function getClaim(db: DB, id: string, perSide = 100): ClaimDetail | null {
  const row = db.prepare('SELECT * FROM claims WHERE id = ?').get(id) as ClaimRow | undefined;
  if (!row) return null;
  const [claim] = hydrateClaims(db, [row]);
  const evidence = db
    .prepare(
      `SELECT document, event, source, sourceName, sourceCode, factuality, statement, evidence, published, title,
         url, lang
       FROM (
         SELECT d.id AS document, e.local_id AS event, es.source, a.name AS sourceName, a.code AS sourceCode,
           es.factuality, es.statement, coalesce(es.evidence, e.evidence_text) AS evidence, d.published, d.title,
           d.url, d.lang, d.seen, d.pk AS dpk, e.pk AS epk, es.position,
           row_number() OVER (PARTITION BY es.sign ORDER BY d.seen, d.pk, e.pk, es.position) AS n
         FROM claim_sources cs
         JOIN event_sources es ON es.pk = cs.event_source
         JOIN events e ON e.pk = es.event
         JOIN documents d ON d.pk = e.doc
         LEFT JOIN actors a ON a.pk = es.actor
         WHERE cs.claim = ?)
       WHERE n <= ? ORDER BY seen, dpk, epk, position`,
    )
    .all(id, perSide) as ClaimSourceRecord[];
  return { ...claim, evidence };
}

const MANY_STATEMENTS = 2000;

export function listStatements(db: DB, f: StatementFilter = {}): StatementRecord[] {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: f.limit ?? 50, offset: f.offset ?? 0 };
  if (f.speaker) {
    params.speakers = JSON.stringify(matchActors(db, f.speaker));
    // A speaker with few statements: read them through the speaker index and sort. A speaker with
    // very many (a code prefix like IDN): walk the newest-first index and filter, which stops after
    // `limit` rows; the unary + keeps SQLite from choosing the speaker index in that case.
    const many = db
      .prepare(
        `SELECT count(*) AS n FROM (SELECT 1 FROM statements
           WHERE speaker_actor IN (SELECT value FROM json_each(?)) LIMIT ?)`,
      )
      .get(params.speakers, MANY_STATEMENTS) as { n: number };
    where.push(
      many.n >= MANY_STATEMENTS
        ? '+s.speaker_actor IN (SELECT value FROM json_each(@speakers))'
        : 's.speaker_actor IN (SELECT value FROM json_each(@speakers))',
    );
  }
  if (f.about) {
    const match = matchExpression(f.about);
    if (match) {
      where.push('s.pk IN (SELECT rowid FROM fts_statements WHERE fts_statements MATCH @match)');
      params.match = match;
    }
  }
  if (f.document) {
    where.push('d.id = @document');
    params.document = f.document;
  }
  const sql = `SELECT d.id AS document, s.local_id AS id, s.kind, a.name AS speaker, a.code AS speakerCode,
      s.cue_text AS cue, s.content_text AS content, s.date, d.published, d.title
    FROM statements s JOIN documents d ON d.pk = s.doc LEFT JOIN actors a ON a.pk = s.speaker_actor
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY s.seen DESC, s.pk DESC LIMIT @limit OFFSET @offset`;
  return db.prepare(sql).all(params) as StatementRecord[];
}

export function listEntities(db: DB, f: EntityFilter = {}): EntityRecord[] {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: f.limit ?? 50 };
  if (f.name) {
    where.push(`a.name LIKE @name ESCAPE '\\'`);
    params.name = contains(f.name);
  }
  if (f.code) {
    where.push('a.code >= @code AND a.code < @codeHigh');
    params.code = f.code;
    params.codeHigh = f.code + HIGH;
  }
  if (f.kind) {
    where.push('a.kind = @kind');
    params.kind = f.kind;
  }
  const sql = `SELECT a.pk AS id, a.code, a.name, a.kind, count(DISTINCT en.doc) AS documents,
      (SELECT sum(e2.mentions) FROM entities e2 WHERE e2.actor = a.pk) AS mentions
    FROM actors a JOIN entities en ON en.actor = a.pk
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    GROUP BY a.pk ORDER BY documents DESC, a.name LIMIT @limit`;
  return db.prepare(sql).all(params) as EntityRecord[];
}

/** A window of text around the first word whose search term matches one of the query's. */
export function snippet(text: string, query: string, width = 160): string {
  const wanted = new Set([...query.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => stem(fold(m[0]))));
  let at = -1;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (wanted.has(stem(fold(m[0])))) {
      at = m.index ?? 0;
      break;
    }
  }
  const start = Math.max(0, at < 0 ? 0 : at - Math.floor(width / 3));
  const end = Math.min(text.length, start + width);
  const body = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
}

export function search(db: DB, query: string, f: SearchFilter = {}): SearchHit[] {
  const match = matchExpression(query);
  if (!match) return [];
  const limit = f.limit ?? 20;
  const kinds = new Set(f.kinds ?? ['document', 'statement', 'entity']);
  // snippets are cut only for the hits that survive the merge
  const hits: (Omit<SearchHit, 'snippet'> & { snippet: () => string })[] = [];
  if (kinds.has('document')) {
    const rows = db
      .prepare(
        `SELECT d.id, d.title, d.text, f.rank FROM (
           SELECT rowid, bm25(fts_documents, 5.0, 1.0) AS rank FROM fts_documents
           WHERE fts_documents MATCH ? ORDER BY rank LIMIT ?) f
         JOIN documents d ON d.pk = f.rowid`,
      )
      .all(match, limit) as { id: string; title: string | null; text: string; rank: number }[];
    for (const r of rows) {
      hits.push({
        kind: 'document',
        document: r.id,
        ref: null,
        title: r.title,
        snippet: () => snippet(r.text, query),
        rank: r.rank,
      });
    }
  }
  if (kinds.has('statement')) {
    const rows = db
      .prepare(
        `SELECT d.id, d.title, s.local_id, s.content_text, a.name AS speaker, f.rank FROM (
           SELECT rowid, bm25(fts_statements) AS rank FROM fts_statements
           WHERE fts_statements MATCH ? ORDER BY rank LIMIT ?) f
         JOIN statements s ON s.pk = f.rowid JOIN documents d ON d.pk = s.doc
         LEFT JOIN actors a ON a.pk = s.speaker_actor`,
      )
      .all(match, limit) as {
      id: string;
      title: string | null;
      local_id: string;
      content_text: string;
      speaker: string | null;
      rank: number;
    }[];
    for (const r of rows) {
      const who = r.speaker ?? '(unattributed)';
      hits.push({
        kind: 'statement',
        document: r.id,
        ref: r.local_id,
        title: r.title,
        snippet: () => `${who}: ${snippet(r.content_text, query)}`,
        rank: r.rank,
      });
    }
  }
  if (kinds.has('entity')) {
    // one index row per document holds all its entities' terms; the entities that hold every
    // query term themselves are the hits (a document matching across two entities yields none)
    const wanted = queryTerms(query);
    const docs = db
      .prepare(
        `SELECT rowid AS doc, bm25(fts_entities) AS rank FROM fts_entities
         WHERE fts_entities MATCH ? ORDER BY rank LIMIT ?`,
      )
      .all(match, limit) as { doc: number; rank: number }[];
    const entitiesOf = db.prepare(
      `SELECT d.id, d.title, en.local_id, en.name, en.code, en.kind, en.terms
       FROM entities en JOIN documents d ON d.pk = en.doc WHERE en.doc = ? ORDER BY en.pk`,
    );
    for (const { doc, rank } of docs) {
      const rows = entitiesOf.all(doc) as {
        id: string;
        title: string | null;
        local_id: string;
        name: string;
        code: string | null;
        kind: string;
        terms: string;
      }[];
      for (const r of rows) {
        if (!holdsAll(r.terms, wanted)) continue;
        hits.push({
          kind: 'entity',
          document: r.id,
          ref: r.local_id,
          title: r.title,
          snippet: () => `${r.name} (${r.kind}${r.code ? ` ${r.code}` : ''})`,
          rank,
        });
      }
    }
  }
  return hits
    .sort((a, b) => a.rank - b.rank)
    .slice(0, limit)
    .map((h) => ({ ...h, snippet: h.snippet() }));
}

interface DocRow {
  id: string;
  source: string;
  url: string | null;
  input_id: string | null;
  lang: string;
  published: string | null;
  title: string | null;
  ingested_at: string;
  extracted: number;
  analysis: string;
}

export function getDocument(db: DB, idOrPrefix: string): DocumentRecord | null {
  let row = db.prepare('SELECT * FROM documents WHERE id = ?').get(idOrPrefix) as DocRow | undefined;
  if (!row && idOrPrefix.length >= 4) {
    const rows = db
      .prepare('SELECT * FROM documents WHERE id >= ? AND id < ? LIMIT 2')
      .all(idOrPrefix, idOrPrefix + HIGH) as DocRow[];
    if (rows.length === 1) row = rows[0];
  }
  if (!row) return null;
  return {
    id: row.id,
    source: row.source,
    url: row.url,
    inputId: row.input_id,
    lang: row.lang,
    published: row.published,
    title: row.title,
    ingestedAt: row.ingested_at,
    extracted: row.extracted === 1,
    analysis: JSON.parse(row.analysis) as Analysis,
  };
}

export function stats(db: DB): StoreStats {
  const n = (table: string, where = '') =>
    (db.prepare(`SELECT count(*) AS n FROM ${table} ${where}`).get() as { n: number }).n;
  return {
    schemaVersion: schemaVersion(db),
    documents: n('documents'),
    actors: n('actors'),
    entities: n('entities'),
    mentions: (db.prepare('SELECT coalesce(sum(mentions), 0) AS n FROM entities').get() as { n: number }).n,
    statements: n('statements'),
    events: n('events'),
    eventSources: n('event_sources'),
    claims: n('claims'),
    contestedClaims: n('claims', 'WHERE contested = 1'),
  };
}

export function* iterateAnalyses(db: DB): Generator<Analysis> {
  for (const r of db.prepare('SELECT analysis FROM documents ORDER BY pk').iterate() as Iterable<{
    analysis: string;
  }>) {
    yield JSON.parse(r.analysis) as Analysis;
  }
}

export function* iterateEventSources(db: DB): Generator<EventSourceRow> {
  const actorsOf = db.prepare(
    `SELECT ea.role, a.pk AS id, a.code, a.name, a.kind FROM event_actors ea JOIN actors a ON a.pk = ea.actor
     WHERE ea.event = ? AND ea.role IN ('actor', 'recipient') ORDER BY ea.role, ea.position`,
  );
  // A separate read connection would let this stream while writing; export never writes.
  const rows = db
    .prepare(
      `SELECT e.pk AS eventPk, d.id AS document, d.published, d.url, d.title, d.source, e.local_id AS event, e.claim,
         e.category, e.mode, e.context, e.object, e.date, e.trigger_text AS trigger,
         coalesce(es.evidence, e.evidence_text) AS evidence, e.evidence_text AS eventEvidence,
         e.why, es.source AS sourceEntity, a.name AS sourceName, a.code AS sourceCode, es.factuality, es.statement
       FROM event_sources es JOIN events e ON e.pk = es.event JOIN documents d ON d.pk = e.doc
       LEFT JOIN actors a ON a.pk = es.actor
       ORDER BY d.pk, e.pk, es.position`,
    )
    .iterate() as Iterable<
    Omit<EventSourceRow, 'mode' | 'context' | 'actors' | 'recipients' | 'factuality'> & {
      eventPk: number;
      mode: string;
      context: string;
      factuality: string;
    }
  >;
  let lastEvent = -1;
  let parties: { actors: ActorRef[]; recipients: ActorRef[] } = { actors: [], recipients: [] };
  for (const r of rows) {
    if (r.eventPk !== lastEvent) {
      lastEvent = r.eventPk;
      parties = { actors: [], recipients: [] };
      for (const a of actorsOf.all(r.eventPk) as (ActorRef & { role: string })[]) {
        (a.role === 'actor' ? parties.actors : parties.recipients).push({
          id: a.id,
          code: a.code,
          name: a.name,
          kind: a.kind,
        });
      }
    }
    const { eventPk: _, ...rest } = r;
    yield {
      ...rest,
      mode: JSON.parse(r.mode) as string[],
      context: JSON.parse(r.context) as string[],
      factuality: r.factuality as Factuality,
      actors: parties.actors,
      recipients: parties.recipients,
      trigger: r.trigger ?? '',
    };
  }
}
