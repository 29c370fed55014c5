// Writes one Analysis: the document, its layers, their FTS rows and their claims, all inside the
// caller's transaction (putMany wraps each document in a savepoint so a bad one rolls back alone).
import { type ActorIdentity, actorKey, groupKey } from '../../ledger/claims.js';
import { factualitySign } from '../../ledger/factuality.js';
import type { Analysis, Entity } from '../../types.js';
import { type Prepared, prepare } from '../prepare.js';
import type { PutResult } from '../repository.js';
import { ClaimLedger, SINGLE } from './ledger.js';
import type { DB } from './open.js';
import type { StoreItem } from './repository.js';

/**
 * Languages the extractors handle; other articles are stored (and searchable) but not extracted.
 * Mirrors EXTRACTED_LANGUAGES in src/pipeline.ts, not imported from there so that the writing thread
 * does not load the whole pipeline when workers do the analysis.
 */
export const EXTRACTED_LANGS = new Set(['id', 'en']);

const MAX_CACHED_ACTORS = 20_000;

export class Writer {
  readonly ledger: ClaimLedger;
  private actorCache = new Map<string, number>();
  private q;

  constructor(db: DB) {
    this.ledger = new ClaimLedger(db);
    this.q = {
      docById: db.prepare('SELECT pk FROM documents WHERE id = ?'),
      docByUrl: db.prepare('SELECT pk, id FROM documents WHERE url = ? ORDER BY pk DESC LIMIT 1'),
      docByOrigin: db.prepare('SELECT pk, id FROM documents WHERE origin_key = ? ORDER BY pk DESC LIMIT 1'),
      setRawHash: db.prepare('UPDATE documents SET raw_hash = ? WHERE pk = ? AND raw_hash IS NULL'),
      insertDoc: db.prepare(
        `INSERT INTO documents (id, source, url, input_id, origin_key, raw_hash, lang, published, byline, dateline,
           title, text, analysis, extracted, ingested_at, seen)
         VALUES (@id, @source, @url, @input_id, @origin_key, @raw_hash, @lang, @published, @byline, @dateline,
           @title, @text, @analysis, @extracted, @ingested_at, @seen)`,
      ),
      ftsDoc: db.prepare('INSERT INTO fts_documents (rowid, title, body) VALUES (?, ?, ?)'),
      upsertActor: db.prepare(
        'INSERT INTO actors (key, code, name, kind) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO NOTHING',
      ),
      actorByKey: db.prepare('SELECT pk FROM actors WHERE key = ?'),
      insertEntity: db.prepare(
        `INSERT INTO entities (doc, local_id, actor, name, kind, code, role, affiliation, mentions, terms)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      ftsEntity: db.prepare('INSERT INTO fts_entities (rowid, names) VALUES (?, ?)'),
      insertStatement: db.prepare(
        `INSERT INTO statements (doc, local_id, kind, speaker, speaker_actor, cue_start, cue_end, cue_text,
           content_start, content_end, content_text, resolution, channel, cited_by, date, sentence, seen)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      ftsStatement: db.prepare('INSERT INTO fts_statements (rowid, content) VALUES (?, ?)'),
      insertEvent: db.prepare(
        `INSERT INTO events (doc, local_id, category, mode, context, object, date, about, trigger_text, evidence,
           evidence_text, why, group_key)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      insertEventActor: db.prepare(
        'INSERT INTO event_actors (event, role, position, entity, actor) VALUES (?, ?, ?, ?, ?)',
      ),
      insertEventSource: db.prepare(
        `INSERT INTO event_sources (event, position, source, actor, factuality, sign, statement, evidence)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      oldGroups: db.prepare('SELECT DISTINCT group_key FROM events WHERE doc = ?'),
      ftsDeleteDoc: db.prepare('DELETE FROM fts_documents WHERE rowid = ?'),
      ftsDeleteStatements: db.prepare(
        'DELETE FROM fts_statements WHERE rowid IN (SELECT pk FROM statements WHERE doc = ?)',
      ),
      ftsDeleteEntities: db.prepare('DELETE FROM fts_entities WHERE rowid = ?'),
      deleteDoc: db.prepare('DELETE FROM documents WHERE pk = ?'),
    };
  }

  private actorPk(e: ActorIdentity): number {
    const key = actorKey(e);
    let pk = this.actorCache.get(key);
    if (pk === undefined) {
      this.q.upsertActor.run(key, e.code, e.name, e.kind);
      pk = (this.q.actorByKey.get(key) as { pk: number }).pk;
      if (this.actorCache.size >= MAX_CACHED_ACTORS) this.actorCache.clear();
      this.actorCache.set(key, pk);
    }
    return pk;
  }

  /** Forget caches that a rolled-back write may have made stale. */
  reset(): void {
    this.actorCache.clear();
    this.ledger.reset();
  }

  /** `prepared` is what prepare(analysis) returns, when a worker computed it already. */
  put(item: StoreItem): PutResult {
    const { prepared, options = {} } = item;
    const analysis = item.analysis ?? (JSON.parse(item.prepared.json) as Analysis);
    const d = analysis.document;
    if (analysis.version !== 1) throw new Error(`unsupported analysis version ${String(analysis.version)}`);
    if (!d?.id || typeof d.text !== 'string') throw new Error('analysis without document id or text');
    const existing = this.q.docById.get(d.id) as { pk: number } | undefined;
    if (existing) {
      if (options.rawHash) this.q.setRawHash.run(options.rawHash, existing.pk);
      return { outcome: 'unchanged', id: d.id };
    }
    const originKey = options.originKey ?? (d.input_id ? `${d.source}#${d.input_id}` : null);
    const old = ((d.url ? this.q.docByUrl.get(d.url) : undefined) ??
      (originKey ? this.q.docByOrigin.get(originKey) : undefined)) as { pk: number; id: string } | undefined;
    const dirtyGroups = new Set<string>();
    if (old) {
      for (const r of this.q.oldGroups.all(old.pk) as { group_key: string }[]) dirtyGroups.add(r.group_key);
      this.q.ftsDeleteDoc.run(old.pk);
      this.q.ftsDeleteStatements.run(old.pk);
      this.q.ftsDeleteEntities.run(old.pk);
      this.q.deleteDoc.run(old.pk); // cascades to every row the document owns, claim_sources included
    }

    const extracted = options.extracted ?? EXTRACTED_LANGS.has(d.lang);
    const stored: Analysis = extracted ? analysis : { ...analysis, entities: [], statements: [], events: [] };
    const { json, terms } = prepared && stored === analysis ? prepared : prepare(stored);
    const ingestedAt = options.now ?? new Date().toISOString();
    const seen = d.published ?? ingestedAt.slice(0, 10);
    const docPk = Number(
      this.q.insertDoc.run({
        id: d.id,
        source: d.source,
        url: d.url ?? null,
        input_id: d.input_id ?? null,
        origin_key: originKey,
        raw_hash: options.rawHash ?? null,
        lang: d.lang,
        published: d.published ?? null,
        byline: d.byline ?? null,
        dateline: d.dateline ?? null,
        title: d.title ?? null,
        text: d.text,
        analysis: json,
        extracted: extracted ? 1 : 0,
        ingested_at: ingestedAt,
        seen,
      }).lastInsertRowid,
    );
    this.q.ftsDoc.run(docPk, terms.title, terms.body);
    if (extracted) this.putLayers(stored, terms, docPk, seen, dirtyGroups);
    this.ledger.recompute(dirtyGroups);
    return old ? { outcome: 'replaced', id: d.id, replaced: old.id } : { outcome: 'ingested', id: d.id };
  }

  private putLayers(
    a: Analysis,
    terms: Prepared['terms'],
    docPk: number,
    seen: string,
    dirtyGroups: Set<string>,
  ): void {
    const text = a.document.text;
    const entities = new Map<string, { entity: Entity; actor: number; key: string }>();
    a.entities.forEach((e, i) => {
      const actor = this.actorPk(e);
      this.q.insertEntity.run(
        docPk,
        e.id,
        actor,
        e.name,
        e.kind,
        e.code ?? null,
        e.role ?? null,
        e.affiliation ?? null,
        e.mentions.length,
        terms.entities[i],
      );
      entities.set(e.id, { entity: e, actor, key: actorKey(e) });
    });
    if (a.entities.length) this.q.ftsEntity.run(docPk, terms.entities.join(' '));
    const entity = (id: string, where: string) => {
      const found = entities.get(id);
      if (!found) throw new Error(`${where} refers to unknown entity ${id}`);
      return found;
    };
    a.statements.forEach((s, i) => {
      const speaker = s.speaker ? entity(s.speaker, `statement ${s.id}`).actor : null;
      const pk = Number(
        this.q.insertStatement.run(
          docPk,
          s.id,
          s.kind,
          s.speaker,
          speaker,
          s.cue.start,
          s.cue.end,
          s.cue.text,
          s.content.start,
          s.content.end,
          s.content.text,
          s.resolution ?? null,
          s.channel ?? null,
          s.cited_by ?? null,
          s.date ?? null,
          s.sentence ?? null,
          seen,
        ).lastInsertRowid,
      );
      this.q.ftsStatement.run(pk, terms.statements[i]);
    });
    const sentences = a.document.sentences ?? [];
    const sentenceText = (i: number | undefined) => {
      const s = i === undefined ? undefined : sentences[i];
      return s ? text.slice(s.start, s.end) : null;
    };
    // the evidence of a source is the sentence of the statement it rests on
    const statementSentence = new Map(
      a.statements.map((s) => {
        const i =
          s.sentence ?? sentences.findIndex((x) => x.start <= s.content.start && s.content.start < x.end);
        return [s.id, sentenceText(i) ?? s.content.text];
      }),
    );
    for (const v of a.events) {
      const actors = v.actor.map((id) => entity(id, `event ${v.id}`));
      const recipients = v.recipient.map((id) => entity(id, `event ${v.id}`));
      const evidenceText = v.evidence
        .map((ev) => sentenceText(ev.sentence) ?? text.slice(ev.start, ev.end))
        .join(' … ');
      const ledgerEvent = {
        category: v.category,
        mode: v.mode ?? [],
        object: v.object ?? null,
        lang: a.document.lang,
        date: v.date ?? null,
        actorKeys: actors.map((x) => x.key),
        recipientKeys: recipients.map((x) => x.key),
      };
      const group = groupKey(ledgerEvent) ?? `${SINGLE}${a.document.id}:${v.id}`;
      const eventPk = Number(
        this.q.insertEvent.run(
          docPk,
          v.id,
          v.category,
          JSON.stringify(v.mode ?? []),
          JSON.stringify(v.context ?? []),
          v.object ?? null,
          v.date ?? null,
          v.about ?? null,
          v.trigger?.text ?? null,
          JSON.stringify(v.evidence),
          evidenceText,
          v.why ?? '',
          group,
        ).lastInsertRowid,
      );
      const roles: ['actor' | 'recipient' | 'via', string[]][] = [
        ['actor', v.actor],
        ['recipient', v.recipient],
        ['via', v.via ?? []],
      ];
      for (const [role, ids] of roles) {
        ids.forEach((id, i) => {
          this.q.insertEventActor.run(eventPk, role, i, id, entity(id, `event ${v.id}`).actor);
        });
      }
      const sources = v.sources.map((s, i) => {
        const actor = s.source === 'author' ? null : entity(s.source, `event ${v.id} source`).actor;
        const sign = factualitySign(s.factuality);
        const evidence = (s.statement ? statementSentence.get(s.statement) : undefined) ?? evidenceText;
        const pk = Number(
          this.q.insertEventSource.run(
            eventPk,
            i,
            s.source,
            actor,
            s.factuality,
            sign,
            s.statement ?? null,
            evidence,
          ).lastInsertRowid,
        );
        return { pk, sign };
      });
      if (dirtyGroups.has(group)) continue; // recomputed as a whole after the replacement
      this.ledger.assign({
        eventPk,
        docPk,
        docId: a.document.id,
        localId: v.id,
        seen,
        groupKey: group,
        event: ledgerEvent,
        actors: [
          ...actors.map((x) => ({ role: 'actor' as const, actor: x.actor })),
          ...recipients.map((x) => ({ role: 'recipient' as const, actor: x.actor })),
        ],
        sources,
      });
    }
  }
}
