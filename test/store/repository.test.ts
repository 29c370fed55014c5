import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../src/store/sqlite/migrations/index.js';
import { migrate, schemaVersion } from '../../src/store/sqlite/open.js';
import { SqliteRepository } from '../../src/store/sqlite/repository.js';
import { article, assertion, denial, PRK, RUS } from './fixtures.js';

let dir: string;
let repo: SqliteRepository;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'warta-store-'));
  repo = new SqliteRepository(join(dir, 'test.db'));
});
afterEach(async () => {
  await repo.close();
  rmSync(dir, { recursive: true, force: true });
});

const count = (table: string) =>
  (repo.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('schema', () => {
  it('is versioned and migrated forward once', async () => {
    expect((await repo.stats()).schemaVersion).toBe(migrations.length);
    const again = new SqliteRepository(join(dir, 'test.db'));
    expect(count('schema_version')).toBe(migrations.length);
    await again.close();
  });

  it('migrates a version-1 database forward and refuses a newer one', () => {
    const old = new Database(join(dir, 'old.db'));
    expect(migrate(old, migrations.slice(0, 1))).toBe(1);
    old.close();
    const up = new SqliteRepository(join(dir, 'old.db'));
    expect(schemaVersion(up.db)).toBe(migrations.length);
    const cols = (up.db.prepare('PRAGMA table_info(event_sources)').all() as { name: string }[]).map(
      (c) => c.name,
    );
    expect(cols).toContain('evidence');
    up.db.prepare('INSERT INTO schema_version VALUES (99, ?, ?)').run('future', 'now');
    up.db.close();
    expect(() => new SqliteRepository(join(dir, 'old.db'))).toThrow(/newer than this warta/);
  });
});

describe('migration 4 (entity terms)', () => {
  it('keeps mention counts and entity search of a database written by schema version 3', async () => {
    const path = join(dir, 'v3.db');
    const old = new Database(path);
    migrate(old, migrations.slice(0, 3));
    const a = assertion();
    const doc = old
      .prepare(
        `INSERT INTO documents (id, source, lang, text, analysis, extracted, ingested_at, seen)
         VALUES (?, 's', 'id', ?, ?, 1, 'now', '2022-11-08')`,
      )
      .run(a.document.id, a.document.text, JSON.stringify(a)).lastInsertRowid;
    for (const e of a.entities) {
      const actor = old
        .prepare('INSERT INTO actors (key, code, name, kind) VALUES (?, ?, ?, ?)')
        .run(e.name, e.code, e.name, e.kind).lastInsertRowid;
      const pk = old
        .prepare('INSERT INTO entities (doc, local_id, actor, name, kind, code) VALUES (?, ?, ?, ?, ?, ?)')
        .run(doc, e.id, actor, e.name, e.kind, e.code).lastInsertRowid;
      for (const m of e.mentions)
        old
          .prepare('INSERT INTO mentions (entity, start, end, text) VALUES (?, ?, ?, ?)')
          .run(pk, m.start, m.end, m.text);
    }
    old.close();
    const up = new SqliteRepository(path);
    const mentions = a.entities.reduce((n, e) => n + e.mentions.length, 0);
    expect((await up.stats()).mentions).toBe(mentions);
    expect((await up.search('Washington', { kinds: ['entity'] })).map((h) => h.snippet)).toEqual([
      'United States (country USA)',
    ]);
    await up.close();
  });
});

describe('putAnalysis', () => {
  it('stores a document with its layers and is a no-op the second time', async () => {
    const a = assertion();
    expect((await repo.putAnalysis(a)).outcome).toBe('ingested');
    const before = await repo.stats();
    expect(before).toMatchObject({
      documents: 1,
      entities: 3,
      statements: 1,
      events: 1,
      eventSources: 1,
      claims: 1,
    });
    expect((await repo.putAnalysis(a)).outcome).toBe('unchanged');
    expect(await repo.stats()).toEqual(before);
  });

  it('keeps the analysis exactly as given', async () => {
    const a = assertion();
    await repo.putAnalysis(a);
    const doc = await repo.getDocument(a.document.id);
    expect(doc?.analysis).toEqual(a);
    expect(doc?.analysis.entities[1].mentions[0]).toEqual({ start: 27, end: 38, text: 'Korea Utara' });
    const back = doc!.analysis;
    const m = back.entities[1].mentions[0];
    expect(back.document.text.slice(m.start, m.end)).toBe('Korea Utara');
    expect((await repo.getDocument(a.document.id.slice(0, 6)))?.id).toBe(a.document.id);
  });

  it('links entities of different documents to one global actor', async () => {
    await repo.putAnalysis(assertion());
    await repo.putAnalysis(denial());
    const prk = await repo.listEntities({ code: 'PRK' });
    expect(prk).toHaveLength(1);
    expect(prk[0]).toMatchObject({ name: 'North Korea', documents: 2 });
  });

  it('replaces an updated article (same URL, new text) in one go', async () => {
    const first = denial();
    await repo.putAnalysis(first);
    const text =
      'Pyongyang menegaskan tidak pernah mengirim senjata apa pun ke Rusia. ' +
      'Kementerian luar negeri menyebut laporan intelijen itu sebagai kebohongan.';
    const updated = article({
      text,
      url: first.document.url,
      published: '2022-11-09',
      entities: [
        { id: 'e1', ...PRK, surface: ['Pyongyang'] },
        { id: 'e2', ...RUS, surface: ['Rusia'] },
      ],
      events: [
        {
          id: 'v1',
          category: 'AID',
          mode: ['military'],
          actor: ['e1'],
          recipient: ['e2'],
          object: 'senjata',
          trigger: 'mengirim',
          sources: [{ source: 'e1', factuality: 'CT-' }],
        },
      ],
    });
    const r = await repo.putAnalysis(updated);
    expect(r).toEqual({ outcome: 'replaced', id: updated.document.id, replaced: first.document.id });
    expect(await repo.hasDocument(first.document.id)).toBe(false);
    expect(await repo.stats()).toMatchObject({ documents: 1, events: 1, claims: 1 });
    expect(await repo.search('rumor')).toEqual([]);
    expect((await repo.search('kebohongan')).map((h) => h.document)).toEqual([updated.document.id]);
  });

  it('replaces by input id + source when there is no URL', async () => {
    const a = article({
      text: 'Menteri Luar Negeri Retno Marsudi bertemu mitranya di Jakarta.',
      inputId: '42',
    });
    const b = article({
      text: 'Menteri Luar Negeri Retno Marsudi bertemu mitranya di Jakarta pada Senin.',
      inputId: '42',
    });
    const c = article({ text: 'Presiden meresmikan bendungan baru di Jawa Tengah.', inputId: '43' });
    expect((await repo.putAnalysis(a)).outcome).toBe('ingested');
    expect((await repo.putAnalysis(b)).outcome).toBe('replaced');
    expect((await repo.putAnalysis(c)).outcome).toBe('ingested');
    expect(count('documents')).toBe(2);
  });

  it('rolls back a bad document alone and keeps the rest of the batch', async () => {
    const bad = article({
      text: 'Polisi menangkap tersangka di Surabaya.',
      entities: [{ id: 'e1', name: 'Polisi', kind: 'organization', code: 'IDNCOP', surface: ['Polisi'] }],
      events: [
        {
          id: 'v1',
          category: 'COERCE',
          actor: ['e1'],
          recipient: ['e9'],
          trigger: 'menangkap',
          sources: [{ source: 'author', factuality: 'CT+' }],
        },
      ],
    });
    const results = await repo.putMany([
      { analysis: assertion() },
      { analysis: bad },
      { analysis: denial() },
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    expect(results[1].ok === false && results[1].error).toMatch(/unknown entity e9/);
    expect(await repo.hasDocument(bad.document.id)).toBe(false);
    expect(count('documents')).toBe(2);
    expect(count('entities')).toBe(5);
    const [claim] = await repo.listClaims();
    expect(claim.sources).toBe(2);
  });

  it('stores articles in other languages without extracting them', async () => {
    const fr = article({
      text: 'La Corée du Nord dément avoir livré des obus à la Russie.',
      lang: 'fr',
      entities: [{ id: 'e1', ...PRK, surface: ['Corée du Nord'] }],
    });
    await repo.putAnalysis(fr);
    const doc = await repo.getDocument(fr.document.id);
    expect(doc?.extracted).toBe(false);
    expect(doc?.analysis.entities).toEqual([]);
    expect(count('entities')).toBe(0);
    expect((await repo.search('obus')).map((h) => h.kind)).toEqual(['document']);
  });
});

describe('search', () => {
  it('finds words across suffixes on both sides (-nya, -an, -kan)', async () => {
    const a = assertion();
    await repo.putAnalysis(a);
    await repo.putAnalysis(denial());
    // the text says "pengirimannya"; the query "pengiriman" meets it on the stem "pengirim"
    const hits = await repo.search('pengiriman');
    expect(hits.some((h) => h.kind === 'document' && h.document === a.document.id)).toBe(true);
    expect(hits.find((h) => h.kind === 'document')?.snippet).toContain('pengirimannya');
    // "tuduhannya" finds "tuduhan"
    expect((await repo.search('tuduhannya')).map((h) => h.document)).toContain(denial().document.id);
  });

  it('searches statements and entity names, and treats FTS syntax as text', async () => {
    await repo.putAnalysis(assertion());
    const st = await repo.search('artileri', { kinds: ['statement'] });
    expect(st).toHaveLength(1);
    expect(st[0].snippet).toMatch(/^United States: Korea Utara tampaknya memasok/);
    const en = await repo.search('Washington', { kinds: ['entity'] });
    expect(en.map((h) => h.snippet)).toEqual(['United States (country USA)']);
    expect(await repo.search('"NEAR(')).toEqual([]);
    expect(await repo.search('Korea OR Jepang')).toEqual([]);
  });

  it('names as entity hits only the entities that hold every query word themselves', async () => {
    await repo.putAnalysis(assertion());
    // "Korea" and "Rusia" are both entities of the document, but no single entity has both words
    expect(await repo.search('Korea Rusia', { kinds: ['entity'] })).toEqual([]);
    const hits = await repo.search('Kor*', { kinds: ['entity'] });
    expect(hits.map((h) => h.snippet)).toEqual(['North Korea (country PRK)']);
  });
});

describe('statements', () => {
  it('filters by speaker name or code and by content', async () => {
    await repo.putAnalysis(assertion());
    await repo.putAnalysis(denial());
    expect((await repo.listStatements({ speaker: 'PRK' })).map((s) => s.content)).toEqual([
      'tidak pernah mengirim peluru artileri ke Rusia',
    ]);
    expect((await repo.listStatements({ speaker: 'United' })).map((s) => s.speaker)).toEqual([
      'United States',
    ]);
    expect((await repo.listStatements({ about: 'perang' })).map((s) => s.speakerCode)).toEqual(['USA']);
  });
});

describe('export iterators', () => {
  it('yields every analysis and one row per event source', async () => {
    await repo.putAnalysis(assertion());
    await repo.putAnalysis(denial());
    const all = [];
    for await (const a of repo.exportAnalyses()) all.push(a);
    expect(all).toEqual([assertion(), denial()]);
    const rows = [];
    for await (const r of repo.exportEventSources()) rows.push(r);
    expect(rows.map((r) => [r.factuality, r.sourceCode, r.actors[0].code, r.recipients[0].code])).toEqual([
      ['PR+', 'USA', 'PRK', 'RUS'],
      ['CT-', 'PRK', 'PRK', 'RUS'],
    ]);
    expect(rows[0].evidence).toBe(
      'Amerika Serikat mengatakan Korea Utara tampaknya memasok peluru artileri kepada Rusia untuk perangnya di Ukraina.',
    );
  });
});
