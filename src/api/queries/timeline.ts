// The timeline: events and statements on one axis, each at its own date or, when it has none, at the
// publication date of its article (datedBy says which). Undated items of undated articles are left
// out rather than placed at an invented date.
import { describeClaim } from '../../ledger/describe.js';
import type { Factuality } from '../../types.js';
import type { TimelineQuery } from '../params.js';
import { actorList, type DB, HIGH, prepared, sortableDate, where } from './sql.js';

export interface TimelineItem {
  date: string;
  datedBy: 'own' | 'published';
  kind: 'event' | 'statement';
  id: string; // event or statement id within the document
  document: string;
  label: string;
  category?: string;
  factuality?: Factuality; // of the event's first source (the one that reports it)
  claim?: string | null;
}

interface Row {
  kind: 'event' | 'statement';
  pk: number;
  id: string;
  document: string;
  own: string | null;
  published: string | null;
  category: string | null;
  mode: string | null;
  object: string | null;
  claim: string | null;
  factuality: Factuality | null;
  speaker: string | null;
  content: string | null;
}

const LABEL_MAX = 200;

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > LABEL_MAX ? `${one.slice(0, LABEL_MAX - 1)}…` : one;
}

/**
 * The page is chosen over a narrow projection (kind, row key, day) so that sorting tens of thousands
 * of items moves three small columns, not statement texts; the page's rows are read afterwards.
 */
function build(db: DB, f: TimelineQuery): { sql: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> = {};
  const ev: string[] = [];
  const st: string[] = [];
  if (f.category) {
    ev.push('e.category = @category');
    params.category = f.category;
  }
  if (f.actor) {
    params.actors = actorList(db, f.actor);
    ev.push(`e.pk IN (SELECT event FROM event_actors WHERE role IN ('actor', 'recipient')
      AND actor IN (SELECT value FROM json_each(@actors)))`);
    st.push('s.speaker_actor IN (SELECT value FROM json_each(@actors))');
  }
  const outer = ['day IS NOT NULL'];
  if (f.since) {
    outer.push('day >= @since');
    params.since = f.since;
  }
  if (f.until) {
    outer.push('day <= @until');
    params.until = f.until + HIGH;
  }
  const events = `SELECT 0 AS k, e.pk, ${sortableDate('coalesce(e.date, d.published)')} AS day
    FROM events e JOIN documents d ON d.pk = e.doc ${where(ev)}`;
  const statements = `SELECT 1 AS k, s.pk, ${sortableDate('coalesce(s.date, d.published)')} AS day
    FROM statements s JOIN documents d ON d.pk = s.doc ${where(st)}`;
  // a category narrows the timeline to events: statements have none
  const union = f.category ? events : `${events} UNION ALL ${statements}`;
  return { sql: `WITH t AS (${union}) SELECT k, pk FROM t ${where(outer)}`, params };
}

const EVENT_ROWS = `SELECT 'event' AS kind, e.pk, e.local_id AS id, d.id AS document, e.date AS own, d.published,
    e.category, e.mode, e.object, e.claim,
    (SELECT es.factuality FROM event_sources es WHERE es.event = e.pk ORDER BY es.position LIMIT 1) AS factuality,
    NULL AS speaker, NULL AS content
  FROM events e JOIN documents d ON d.pk = e.doc WHERE e.pk IN (SELECT value FROM json_each(?))`;

const STATEMENT_ROWS = `SELECT 'statement' AS kind, s.pk, s.local_id AS id, d.id AS document, s.date AS own, d.published,
    NULL AS category, NULL AS mode, NULL AS object, NULL AS claim, NULL AS factuality,
    a.name AS speaker, s.content_text AS content
  FROM statements s JOIN documents d ON d.pk = s.doc LEFT JOIN actors a ON a.pk = s.speaker_actor
  WHERE s.pk IN (SELECT value FROM json_each(?))`;

export function timeline(db: DB, f: TimelineQuery): { items: TimelineItem[]; total: number } {
  const { sql, params } = build(db, f);
  const keys = prepared(db, `${sql} ORDER BY day, k, pk LIMIT @limit OFFSET @offset`).all({
    ...params,
    limit: f.limit,
    offset: f.offset,
  }) as { k: 0 | 1; pk: number }[];
  const total = (prepared(db, `SELECT count(*) AS n FROM (${sql})`).get(params) as { n: number }).n;
  const eventPks = keys.filter((x) => x.k === 0).map((x) => x.pk);
  const statementPks = keys.filter((x) => x.k === 1).map((x) => x.pk);
  const rows = new Map<string, Row>();
  if (eventPks.length)
    for (const r of prepared(db, EVENT_ROWS).all(JSON.stringify(eventPks)) as Row[]) rows.set(`0:${r.pk}`, r);
  if (statementPks.length)
    for (const r of prepared(db, STATEMENT_ROWS).all(JSON.stringify(statementPks)) as Row[])
      rows.set(`1:${r.pk}`, r);
  const parties = eventParties(db, eventPks);
  const items: TimelineItem[] = [];
  for (const key of keys) {
    const r = rows.get(`${key.k}:${key.pk}`);
    if (r) items.push(toItem(r, parties));
  }
  return { items, total };
}

function toItem(r: Row, parties: Map<number, { actors: Party[]; recipients: Party[] }>): TimelineItem {
  const date = (r.own ?? r.published) as string;
  const base = {
    date,
    datedBy: r.own ? ('own' as const) : ('published' as const),
    id: r.id,
    document: r.document,
  };
  if (r.kind === 'statement') {
    return {
      ...base,
      kind: 'statement',
      label: clip(`${r.speaker ?? '(unattributed)'}: ${r.content ?? ''}`),
    };
  }
  const p = parties.get(r.pk) ?? { actors: [], recipients: [] };
  const label = describeClaim({
    category: r.category ?? '',
    mode: r.mode ? (JSON.parse(r.mode) as string[]) : [],
    actors: p.actors,
    recipients: p.recipients,
    object: r.object,
  });
  return {
    ...base,
    kind: 'event',
    label: clip(label),
    category: r.category ?? undefined,
    factuality: r.factuality ?? undefined,
    claim: r.claim,
  };
}

type Party = { name: string; code: string | null };

/** Actor and recipient names of some events (the entity's own name when it has no global actor). */
export function eventParties(db: DB, pks: number[]): Map<number, { actors: Party[]; recipients: Party[] }> {
  const out = new Map<number, { actors: Party[]; recipients: Party[] }>();
  if (pks.length === 0) return out;
  const rows = prepared(
    db,
    `SELECT ea.event, ea.role, coalesce(a.name, en.name, ea.entity) AS name, a.code
     FROM event_actors ea JOIN events e ON e.pk = ea.event
     LEFT JOIN actors a ON a.pk = ea.actor
     LEFT JOIN entities en ON en.doc = e.doc AND en.local_id = ea.entity
     WHERE ea.event IN (SELECT value FROM json_each(?)) AND ea.role IN ('actor', 'recipient')
     ORDER BY ea.event, ea.role, ea.position`,
  ).all(JSON.stringify(pks)) as { event: number; role: string; name: string; code: string | null }[];
  for (const r of rows) {
    let entry = out.get(r.event);
    if (!entry) {
      entry = { actors: [], recipients: [] };
      out.set(r.event, entry);
    }
    (r.role === 'actor' ? entry.actors : entry.recipients).push({ name: r.name, code: r.code });
  }
  return out;
}
