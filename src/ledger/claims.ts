// Which events are "the same claim"? Events with the same PLOVER category, the same actors and
// the same recipients (compared as global actors) whose mode, object and date are compatible.
// Plain functions over plain data: the store feeds events in and persists what comes out.
import { langFile, readDataLines } from '../lang/paths.js';
import { fold, stem, terms } from '../store/terms.js';
import { dayInterval, gapDays } from './dates.js';

/** Two dated events further apart than this are different claims (a new shipment, a new strike). */
export const MAX_DATE_GAP_DAYS = 31;

export interface ActorIdentity {
  code: string | null;
  name: string;
  kind: string;
}

/** What the ledger needs to know about one event. */
export interface LedgerEvent {
  category: string;
  actorKeys: string[];
  recipientKeys: string[];
  mode: string[];
  object: string | null;
  lang: string;
  date: string | null;
}

/** The running summary of a claim that a new event is compared with. */
export interface ClaimShape {
  mode: string[];
  terms: Record<string, string[]>; // object terms per language
  dateStart: number | null; // days since epoch
  dateEnd: number | null;
}

/**
 * The global identity of an actor. Countries are identified by their code alone, because their
 * canonical names are the one thing most likely to vary between an Indonesian and an English
 * article; everything else by code + folded canonical name (two USAGOV people are two actors).
 */
export function actorKey(a: ActorIdentity): string {
  if (a.kind === 'country' && a.code) return a.code;
  return `${a.code ?? ''}:${fold(a.name).replace(/\s+/g, ' ').trim()}`;
}

/**
 * The key shared by every event that may belong to the same claim, or null when the event has
 * neither actor nor recipient (nothing to merge on: it stays a claim of its own).
 */
export function groupKey(e: Pick<LedgerEvent, 'category' | 'actorKeys' | 'recipientKeys'>): string | null {
  if (e.actorKeys.length === 0 && e.recipientKeys.length === 0) return null;
  const a = [...new Set(e.actorKeys)].sort().join('+');
  const r = [...new Set(e.recipientKeys)].sort().join('+');
  return `${e.category}|${a}|${r}`;
}

const stopwords = new Map<string, Set<string>>();

function stopwordsFor(lang: string): Set<string> {
  let set = stopwords.get(lang);
  if (set) return set;
  set = new Set();
  try {
    for (const [w] of readDataLines(langFile(lang, 'ledger-stopwords.txt'))) set.add(stem(fold(w.trim())));
  } catch {
    // no list for this language: every word counts
  }
  stopwords.set(lang, set);
  return set;
}

/** Content terms of an event object ("sejumlah peluru artileri" → peluru, artileri). */
export function objectTerms(object: string | null, lang: string): string[] {
  if (!object) return [];
  const stop = stopwordsFor(lang);
  return [...new Set(terms(object).filter((t) => !stop.has(t) && !/^\d+$/.test(t)))];
}

export function emptyShape(): ClaimShape {
  return { mode: [], terms: {}, dateStart: null, dateEnd: null };
}

/**
 * Can this event join a claim of the same group? Unknown is compatible with anything: a missing
 * mode, object or date never splits a claim. Modes must share a value when both are given; objects
 * in the same language must share a content term (objects in different languages cannot be compared
 * without a translation, so they are taken as compatible: mode and category already agree); dates
 * must lie within MAX_DATE_GAP_DAYS of the claim's dated span.
 */
export function compatible(shape: ClaimShape, e: LedgerEvent): boolean {
  if (shape.mode.length && e.mode.length && !e.mode.some((m) => shape.mode.includes(m))) return false;
  const known = shape.terms[e.lang];
  if (known?.length) {
    const mine = objectTerms(e.object, e.lang);
    if (mine.length && !mine.some((t) => known.includes(t))) return false;
  }
  const d = dayInterval(e.date);
  if (d && shape.dateStart !== null && shape.dateEnd !== null) {
    if (gapDays(d, [shape.dateStart, shape.dateEnd]) > MAX_DATE_GAP_DAYS) return false;
  }
  return true;
}

/** The claim shape after an event joined it. */
export function absorb(shape: ClaimShape, e: LedgerEvent): ClaimShape {
  const mode = [...new Set([...shape.mode, ...e.mode])];
  const termsByLang = { ...shape.terms };
  const mine = objectTerms(e.object, e.lang);
  if (mine.length) termsByLang[e.lang] = [...new Set([...(termsByLang[e.lang] ?? []), ...mine])];
  const d = dayInterval(e.date);
  let { dateStart, dateEnd } = shape;
  if (d) {
    dateStart = dateStart === null ? d[0] : Math.min(dateStart, d[0]);
    dateEnd = dateEnd === null ? d[1] : Math.max(dateEnd, d[1]);
  }
  return { mode, terms: termsByLang, dateStart, dateEnd };
}

/**
 * Groups events of one group key into claims, greedily in the order given (the store passes them
 * in the order they were seen): each event joins the first claim it is compatible with.
 * Returns, for each event, the index of its claim.
 */
export function clusterEvents(events: LedgerEvent[]): { assignment: number[]; shapes: ClaimShape[] } {
  const shapes: ClaimShape[] = [];
  const assignment = events.map((e) => {
    let i = shapes.findIndex((s) => compatible(s, e));
    if (i < 0) {
      shapes.push(emptyShape());
      i = shapes.length - 1;
    }
    shapes[i] = absorb(shapes[i], e);
    return i;
  });
  return { assignment, shapes };
}
