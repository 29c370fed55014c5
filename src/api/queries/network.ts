// The actor network: who acts on whom, from events (actor → recipient), one edge per pair and
// category, weighted by the number of events, toned cooperation / conflict / neutral by category.
import type { NetworkQuery } from '../params.js';
import { type Tone, tone } from '../plover.js';
import { filteredEvents } from './events.js';
import { type DB, prepared } from './sql.js';

export interface NetworkNode {
  id: number; // actor id, the same as ActorRef.id in claims
  name: string;
  code: string | null;
  kind: string;
  count: number; // events (within the filter) the actor takes part in as actor or recipient
}

export interface NetworkEdge {
  source: number;
  target: number;
  category: string;
  count: number;
  tone: Tone;
}

export function network(db: DB, f: NetworkQuery): { nodes: NetworkNode[]; edges: NetworkEdge[] } {
  const { cte, params } = filteredEvents(db, f);
  const rows = prepared(
    db,
    `WITH ${cte}
     SELECT s.actor AS source, t.actor AS target, ev.category, count(DISTINCT ev.pk) AS count
     FROM ev
     JOIN event_actors s ON s.event = ev.pk AND s.role = 'actor' AND s.actor IS NOT NULL
     JOIN event_actors t ON t.event = ev.pk AND t.role = 'recipient' AND t.actor IS NOT NULL
     WHERE s.actor <> t.actor
     GROUP BY s.actor, t.actor, ev.category
     ORDER BY count DESC, source, target, ev.category
     LIMIT @limit`,
  ).all({ ...params, limit: f.limit }) as Omit<NetworkEdge, 'tone'>[];
  const edges = rows.map((r) => ({ ...r, tone: tone(r.category) }));
  const ids = [...new Set(edges.flatMap((e) => [e.source, e.target]))];
  if (ids.length === 0) return { nodes: [], edges };
  const nodes = prepared(
    db,
    `WITH ${cte}
     SELECT a.pk AS id, a.name, a.code, a.kind, count(DISTINCT ev.pk) AS count
     FROM ev JOIN event_actors ea ON ea.event = ev.pk AND ea.role IN ('actor', 'recipient')
     JOIN actors a ON a.pk = ea.actor
     WHERE a.pk IN (SELECT value FROM json_each(@ids))
     GROUP BY a.pk ORDER BY count DESC, a.name`,
  ).all({ ...params, ids: JSON.stringify(ids) }) as NetworkNode[];
  return { nodes, edges };
}
