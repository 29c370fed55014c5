// The event filter the network and the map share: category and a date window on the event's own
// date, else its article's publication date.
import { type DB, HIGH, sortableDate, where } from './sql.js';

export interface EventFilter {
  category?: string;
  since?: string;
  until?: string;
}

/** A CTE `ev(pk, category, claim, doc)` of the events that pass the filter, and its parameters. */
export function filteredEvents(_db: DB, f: EventFilter): { cte: string; params: Record<string, unknown> } {
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  if (f.category) {
    parts.push('e.category = @category');
    params.category = f.category;
  }
  const day = sortableDate('coalesce(e.date, d.published)');
  if (f.since) {
    parts.push(`${day} >= @since`);
    params.since = f.since;
  }
  if (f.until) {
    parts.push(`${day} <= @until`);
    params.until = f.until + HIGH;
  }
  return {
    cte: `ev AS (SELECT e.pk, e.category, e.claim, e.doc, e.local_id, e.object
      FROM events e JOIN documents d ON d.pk = e.doc ${where(parts)})`,
    params,
  };
}
