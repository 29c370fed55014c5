// The world map: how often each country takes part in events (an actor's code starts with its
// ISO 3166 alpha-3: IDNGOV is Indonesia's government), and the alleged routes of events that name
// places they went through (`via`), with whether their claim is contested.
import countries from 'i18n-iso-countries';
import type { MapQuery } from '../params.js';
import { filteredEvents } from './events.js';
import { type DB, prepared } from './sql.js';

export interface MapCountry {
  iso3: string;
  name: string;
  events: number; // events it takes part in, in any role (actor, recipient, via)
  asActor: number;
  asRecipient: number;
}

export interface RoutePlace {
  name: string;
  iso3?: string;
  kind: string;
}

export interface MapRoute {
  claim: string | null;
  document: string;
  event: string;
  category: string;
  object: string | null;
  from: string | null; // iso3 of the first actor with a country, null when none has one
  to: string | null;
  via: RoutePlace[];
  contested: boolean;
}

const MAX_ROUTES = 5000;

/** The country an actor code belongs to, if its first three letters are an ISO alpha-3 code. */
export function iso3Of(code: string | null): string | undefined {
  if (!code || code.length < 3) return undefined;
  const prefix = code.slice(0, 3);
  return countries.isValid(prefix) ? prefix : undefined;
}

export function worldMap(db: DB, f: MapQuery): { countries: MapCountry[]; routes: MapRoute[] } {
  const { cte, params } = filteredEvents(db, f);
  const roles = prepared(
    db,
    `WITH ${cte}
     SELECT ev.pk AS event, ea.role, a.code FROM ev
     JOIN event_actors ea ON ea.event = ev.pk JOIN actors a ON a.pk = ea.actor
     WHERE a.code IS NOT NULL`,
  ).all(params) as { event: number; role: string; code: string }[];
  const byCountry = new Map<string, { events: Set<number>; actor: Set<number>; recipient: Set<number> }>();
  for (const r of roles) {
    const iso3 = iso3Of(r.code);
    if (!iso3) continue;
    let c = byCountry.get(iso3);
    if (!c) {
      c = { events: new Set(), actor: new Set(), recipient: new Set() };
      byCountry.set(iso3, c);
    }
    c.events.add(r.event);
    if (r.role === 'actor') c.actor.add(r.event);
    if (r.role === 'recipient') c.recipient.add(r.event);
  }
  const list = [...byCountry].map(([iso3, c]) => ({
    iso3,
    name: countries.getName(iso3, 'en') ?? iso3,
    events: c.events.size,
    asActor: c.actor.size,
    asRecipient: c.recipient.size,
  }));
  list.sort((a, b) => b.events - a.events || a.iso3.localeCompare(b.iso3));
  return { countries: list, routes: routes(db, cte, params) };
}

function routes(db: DB, cte: string, params: Record<string, unknown>): MapRoute[] {
  const rows = prepared(
    db,
    `WITH ${cte}, routed AS (
       SELECT DISTINCT ev.pk FROM ev JOIN event_actors ea ON ea.event = ev.pk AND ea.role = 'via' LIMIT ${MAX_ROUTES})
     SELECT ev.pk, ev.category, ev.claim, ev.local_id AS event, ev.object, d.id AS document,
       coalesce(c.contested, 0) AS contested, ea.role, ea.position,
       coalesce(a.name, en.name, ea.entity) AS name, a.code, coalesce(a.kind, en.kind, 'location') AS kind
     FROM routed r JOIN ev ON ev.pk = r.pk JOIN documents d ON d.pk = ev.doc
     LEFT JOIN claims c ON c.id = ev.claim
     JOIN event_actors ea ON ea.event = ev.pk
     LEFT JOIN actors a ON a.pk = ea.actor
     LEFT JOIN entities en ON en.doc = ev.doc AND en.local_id = ea.entity
     ORDER BY ev.pk, ea.role, ea.position`,
  ).all(params) as {
    pk: number;
    category: string;
    claim: string | null;
    event: string;
    object: string | null;
    document: string;
    contested: number;
    role: string;
    name: string;
    code: string | null;
    kind: string;
  }[];
  const out = new Map<number, MapRoute>();
  for (const r of rows) {
    let route = out.get(r.pk);
    if (!route) {
      route = {
        claim: r.claim,
        document: r.document,
        event: r.event,
        category: r.category,
        object: r.object,
        from: null,
        to: null,
        via: [],
        contested: r.contested === 1,
      };
      out.set(r.pk, route);
    }
    const iso3 = iso3Of(r.code);
    if (r.role === 'actor') route.from ??= iso3 ?? null;
    else if (r.role === 'recipient') route.to ??= iso3 ?? null;
    else if (r.role === 'via')
      route.via.push(iso3 ? { name: r.name, iso3, kind: r.kind } : { name: r.name, kind: r.kind });
  }
  return [...out.values()];
}
