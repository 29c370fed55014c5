// Keeps the claims tables in step with the events tables, inside the caller's transaction.
// New events join claims incrementally (first compatible claim of their group, or a new one);
// groups that lost events (a replaced article) are recomputed from scratch, in ingest order, which
// yields exactly what the incremental path would have produced without the removed article.
import { createHash } from 'node:crypto';
import { absorb, type ClaimShape, compatible, emptyShape, type LedgerEvent } from '../../ledger/claims.js';
import { dayToIso } from '../../ledger/dates.js';
import { describeClaim } from '../../ledger/describe.js';
import type { DB } from './open.js';

export interface LedgerInput {
  eventPk: number;
  docPk: number;
  docId: string;
  localId: string;
  seen: string;
  groupKey: string;
  event: LedgerEvent;
  actors: { role: 'actor' | 'recipient'; actor: number }[];
  sources: { pk: number; sign: number }[];
}

/** What the ledger keeps in memory about a claim (the database row is the truth; this saves reads). */
interface CachedClaim {
  id: string;
  shape: ClaimShape;
  object: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
  proposition: string;
}

const MAX_CACHED_GROUPS = 20_000;
/** Prefix of the group key of an event that groups with no other (see write.ts). */
export const SINGLE = 'single:';

export class ClaimLedger {
  private cache = new Map<string, CachedClaim[]>();
  // claims the current document already counts in (events of a document arrive together)
  private doc = -1;
  private docClaims = new Set<string>();
  private q;

  constructor(private db: DB) {
    this.q = {
      groupClaims: db.prepare(
        'SELECT id, shape, object, first_seen, last_seen, proposition FROM claims WHERE group_key = ? ORDER BY seq',
      ),
      insertClaim: db.prepare(
        `INSERT INTO claims (id, group_key, seq, category, shape, mode, object, proposition)
         VALUES (@id, @group, @seq, @category, @shape, @mode, @object, @proposition)`,
      ),
      insertClaimActor: db.prepare(
        'INSERT INTO claim_actors (claim, role, position, actor) VALUES (?, ?, ?, ?)',
      ),
      actorName: db.prepare('SELECT name, code FROM actors WHERE pk = ?'),
      updateClaim: db.prepare(
        `UPDATE claims SET shape = @shape, mode = @mode, object = @object, proposition = @proposition,
           date_start = @dateStart, date_end = @dateEnd, first_seen = @firstSeen, last_seen = @lastSeen,
           sources = sources + @sources, documents = documents + @documents,
           positive = positive + @positive, negative = negative + @negative, neutral = neutral + @neutral,
           contested = (positive + @positive > 0 AND negative + @negative > 0)
         WHERE id = @id`,
      ),
      setEventClaim: db.prepare('UPDATE events SET claim = ? WHERE pk = ?'),
      insertClaimSource: db.prepare('INSERT INTO claim_sources (claim, event_source) VALUES (?, ?)'),
      deleteGroup: db.prepare('DELETE FROM claims WHERE group_key = ?'),
      clearGroupEvents: db.prepare('UPDATE events SET claim = NULL WHERE group_key = ?'),
      groupEvents: db.prepare(
        `SELECT e.pk, e.doc, e.local_id, e.category, e.mode, e.object, e.date, d.id AS doc_id, d.lang, d.seen
         FROM events e JOIN documents d ON d.pk = e.doc WHERE e.group_key = ? ORDER BY e.doc, e.pk`,
      ),
      eventActors: db.prepare(
        `SELECT role, actor FROM event_actors WHERE event = ? AND role IN ('actor', 'recipient') ORDER BY role, position`,
      ),
      eventSources: db.prepare('SELECT pk, sign FROM event_sources WHERE event = ? ORDER BY position'),
      allGroups: db.prepare('SELECT DISTINCT group_key FROM events'),
      deleteAll: db.prepare('DELETE FROM claims'),
      clearAll: db.prepare('UPDATE events SET claim = NULL'),
    };
  }

  /** Forget cached claim shapes (after a rollback: the cache may describe claims that no longer exist). */
  reset(): void {
    this.cache.clear();
    this.doc = -1;
    this.docClaims.clear();
  }

  private claimsOf(group: string): CachedClaim[] {
    let list = this.cache.get(group);
    if (!list) {
      const rows = this.q.groupClaims.all(group) as {
        id: string;
        shape: string;
        object: string | null;
        first_seen: string | null;
        last_seen: string | null;
        proposition: string;
      }[];
      list = rows.map((r) => ({
        id: r.id,
        shape: JSON.parse(r.shape) as ClaimShape,
        object: r.object,
        firstSeen: r.first_seen,
        lastSeen: r.last_seen,
        proposition: r.proposition,
      }));
      // an event that forms no group (`single:…`) never meets another one: caching it only grew the
      // writer's memory with the corpus
      if (group.startsWith(SINGLE)) return list;
      if (this.cache.size >= MAX_CACHED_GROUPS) this.cache.clear();
      this.cache.set(group, list);
    }
    return list;
  }

  private proposition(
    category: string,
    mode: string[],
    object: string | null,
    actors: LedgerInput['actors'],
  ): string {
    const ref = (pk: number) => this.q.actorName.get(pk) as { name: string; code: string | null };
    return describeClaim({
      category,
      mode,
      object,
      actors: actors.filter((a) => a.role === 'actor').map((a) => ref(a.actor)),
      recipients: actors.filter((a) => a.role === 'recipient').map((a) => ref(a.actor)),
    });
  }

  /** Puts one event into its claim. */
  assign(input: LedgerInput): string {
    const list = this.claimsOf(input.groupKey);
    let claim = list.find((c) => compatible(c.shape, input.event));
    if (!claim) {
      const id = `c${createHash('sha1').update(`${input.groupKey}\0${input.docId}\0${input.localId}`).digest('hex').slice(0, 15)}`;
      claim = { id, shape: emptyShape(), object: null, firstSeen: null, lastSeen: null, proposition: '' };
      this.q.insertClaim.run({
        id,
        group: input.groupKey,
        seq: list.length,
        category: input.event.category,
        shape: '{}',
        mode: '[]',
        object: null,
        proposition: '',
      });
      const positions = { actor: 0, recipient: 0 };
      for (const a of input.actors) this.q.insertClaimActor.run(id, a.role, positions[a.role]++, a.actor);
      list.push(claim);
    }
    const before = claim.shape;
    claim.shape = absorb(before, input.event);
    const object = claim.object ?? input.event.object;
    if (!claim.proposition || object !== claim.object || claim.shape.mode.length !== before.mode.length) {
      claim.proposition = this.proposition(input.event.category, claim.shape.mode, object, input.actors);
    }
    claim.object = object;
    if (claim.firstSeen === null || input.seen < claim.firstSeen) claim.firstSeen = input.seen;
    if (claim.lastSeen === null || input.seen > claim.lastSeen) claim.lastSeen = input.seen;
    if (input.docPk !== this.doc) {
      this.doc = input.docPk;
      this.docClaims.clear();
    }
    const newDoc = this.docClaims.has(claim.id) ? 0 : 1;
    this.docClaims.add(claim.id);
    const count = (s: number) => input.sources.filter((x) => x.sign === s).length;
    this.q.updateClaim.run({
      id: claim.id,
      shape: JSON.stringify(claim.shape),
      mode: JSON.stringify(claim.shape.mode),
      object,
      proposition: claim.proposition,
      dateStart: claim.shape.dateStart === null ? null : dayToIso(claim.shape.dateStart),
      dateEnd: claim.shape.dateEnd === null ? null : dayToIso(claim.shape.dateEnd),
      firstSeen: claim.firstSeen,
      lastSeen: claim.lastSeen,
      sources: input.sources.length,
      documents: newDoc,
      positive: count(1),
      negative: count(-1),
      neutral: count(0),
    });
    this.q.setEventClaim.run(claim.id, input.eventPk);
    for (const s of input.sources) this.q.insertClaimSource.run(claim.id, s.pk);
    return claim.id;
  }

  /** Rebuilds the claims of some groups from their events, in ingest order. */
  recompute(groups: Iterable<string>): void {
    for (const group of groups) {
      this.doc = -1; // a document met again in another group counts afresh there
      this.q.deleteGroup.run(group);
      this.q.clearGroupEvents.run(group);
      this.cache.delete(group);
      const rows = this.q.groupEvents.all(group) as {
        pk: number;
        doc: number;
        local_id: string;
        category: string;
        mode: string;
        object: string | null;
        date: string | null;
        doc_id: string;
        lang: string;
        seen: string;
      }[];
      for (const r of rows) {
        const actors = this.q.eventActors.all(r.pk) as LedgerInput['actors'];
        this.assign({
          eventPk: r.pk,
          docPk: r.doc,
          docId: r.doc_id,
          localId: r.local_id,
          seen: r.seen,
          groupKey: group,
          event: {
            category: r.category,
            mode: JSON.parse(r.mode) as string[],
            object: r.object,
            lang: r.lang,
            date: r.date,
            actorKeys: [],
            recipientKeys: [],
          },
          actors,
          sources: this.q.eventSources.all(r.pk) as { pk: number; sign: number }[],
        });
      }
    }
  }

  rebuildAll(): number {
    const groups = (this.q.allGroups.all() as { group_key: string }[]).map((r) => r.group_key);
    this.q.deleteAll.run();
    this.q.clearAll.run();
    this.cache.clear();
    this.recompute(groups);
    return (this.db.prepare('SELECT count(*) AS n FROM claims').get() as { n: number }).n;
  }
}
