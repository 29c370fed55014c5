import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actorKey, clusterEvents, groupKey, type LedgerEvent, objectTerms } from '../../src/ledger/claims.js';
import { describeClaim } from '../../src/ledger/describe.js';
import { factualitySign } from '../../src/ledger/factuality.js';
import { SqliteRepository } from '../../src/store/sqlite/repository.js';
import { article, assertion, denial, PRK, RUS, SYR, USA } from '../store/fixtures.js';

let dir: string;
let repo: SqliteRepository;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'warta-ledger-'));
  repo = new SqliteRepository(join(dir, 'ledger.db'));
});
afterEach(async () => {
  await repo.close();
  rmSync(dir, { recursive: true, force: true });
});

/** North Korea supplies artillery shells to Syria, as the author reports it (no position: Uu). */
function toSyria() {
  const text =
    'Laporan itu menyebut Korea Utara juga memasok peluru artileri kepada Suriah sejak tahun lalu.';
  return article({
    text,
    url: 'https://contoh.id/berita/suriah',
    published: '2022-12-01',
    entities: [
      { id: 'e1', ...PRK, surface: ['Korea Utara'] },
      { id: 'e2', ...SYR, surface: ['Suriah'] },
    ],
    events: [
      {
        id: 'v1',
        category: 'AID',
        mode: ['military'],
        actor: ['e1'],
        recipient: ['e2'],
        object: 'peluru artileri',
        trigger: 'memasok',
        sources: [{ source: 'author', factuality: 'Uu' }],
      },
    ],
  });
}

/** The same claim told in English. */
function englishDenial() {
  const text =
    'North Korea on Tuesday denied it had shipped any artillery shells to Russia, calling the reports a rumour.';
  return article({
    text,
    lang: 'en',
    url: 'https://news.example/nk-denies',
    published: '2022-11-09',
    entities: [
      { id: 'e1', ...PRK, surface: ['North Korea'] },
      { id: 'e2', ...RUS, surface: ['Russia'] },
    ],
    events: [
      {
        id: 'v1',
        category: 'AID',
        mode: ['military'],
        actor: ['e1'],
        recipient: ['e2'],
        object: 'artillery shells',
        trigger: 'shipped',
        sources: [{ source: 'e1', factuality: 'CT-' }],
      },
    ],
  });
}

describe('claims across documents', () => {
  it('merges an assertion and a denial into one contested claim with two sources', async () => {
    await repo.putAnalysis(assertion());
    await repo.putAnalysis(denial());
    const claims = await repo.listClaims();
    expect(claims).toHaveLength(1);
    const [c] = claims;
    expect(c).toMatchObject({
      category: 'AID',
      mode: ['military'],
      object: 'peluru artileri',
      sources: 2,
      documents: 2,
      positive: 1,
      negative: 1,
      contested: true,
      firstSeen: '2022-11-02',
      lastSeen: '2022-11-08',
      proposition: 'North Korea AID (military) Russia: peluru artileri',
    });
    const detail = await repo.getClaim(c.id);
    expect(detail?.evidence.map((e) => [e.sourceName, e.factuality])).toEqual([
      ['United States', 'PR+'],
      ['North Korea', 'CT-'],
    ]);
    expect(detail?.evidence[1].evidence).toBe(
      'Pyongyang menegaskan tidak pernah mengirim peluru artileri ke Rusia.',
    );
    expect(await repo.listClaims({ contested: true })).toHaveLength(1);
    // a long claim is cut per side, never to one side only
    expect((await repo.getClaim(c.id, 1))?.evidence.map((e) => e.factuality)).toEqual(['PR+', 'CT-']);
  });

  it('gives each source the sentence of its own statement as evidence', async () => {
    const text =
      'Washington mengatakan Korea Utara memasok peluru artileri kepada Rusia. ' +
      'Pyongyang membantah dan menegaskan tidak pernah mengirim senjata ke Rusia.';
    const a = article({
      text,
      published: '2022-11-10',
      entities: [
        { id: 'e1', ...USA, surface: ['Washington'] },
        { id: 'e2', ...PRK, surface: ['Korea Utara', 'Pyongyang'] },
        { id: 'e3', ...RUS, surface: ['Rusia'] },
      ],
      statements: [
        {
          id: 's1',
          speaker: 'e1',
          cue: 'mengatakan',
          content: 'Korea Utara memasok peluru artileri kepada Rusia',
        },
        { id: 's2', speaker: 'e2', cue: 'menegaskan', content: 'tidak pernah mengirim senjata ke Rusia' },
      ],
      events: [
        {
          id: 'v1',
          category: 'AID',
          mode: ['military'],
          actor: ['e2'],
          recipient: ['e3'],
          object: 'peluru artileri',
          trigger: 'memasok',
          sources: [
            { source: 'e1', factuality: 'CT+', statement: 's1' },
            { source: 'e2', factuality: 'CT-', statement: 's2' },
          ],
        },
      ],
    });
    await repo.putAnalysis(a);
    const [c] = await repo.listClaims();
    expect(c).toMatchObject({ contested: true, documents: 1, sources: 2 });
    expect((await repo.getClaim(c.id))?.evidence.map((e) => e.evidence)).toEqual([
      'Washington mengatakan Korea Utara memasok peluru artileri kepada Rusia.',
      'Pyongyang membantah dan menegaskan tidak pernah mengirim senjata ke Rusia.',
    ]);
  });

  it('keeps different recipients apart', async () => {
    await repo.putAnalysis(assertion());
    await repo.putAnalysis(toSyria());
    const claims = await repo.listClaims();
    expect(claims.map((c) => c.recipients[0].code).sort()).toEqual(['RUS', 'SYR']);
    expect(claims.every((c) => !c.contested)).toBe(true);
  });

  it('does not contest a claim whose only source takes no position (Uu)', async () => {
    await repo.putAnalysis(toSyria());
    const [c] = await repo.listClaims();
    expect(c).toMatchObject({ neutral: 1, positive: 0, negative: 0, contested: false });
  });

  it('merges Indonesian and English articles through actor codes and categories', async () => {
    await repo.putAnalysis(assertion());
    await repo.putAnalysis(englishDenial());
    const claims = await repo.listClaims();
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ contested: true, documents: 2 });
    const langs = (await repo.getClaim(claims[0].id))?.evidence.map((e) => e.lang);
    expect(langs).toEqual(['id', 'en']);
  });

  it('filters by actor code or name, category and dates', async () => {
    await repo.putAnalysis(assertion());
    await repo.putAnalysis(denial());
    await repo.putAnalysis(toSyria());
    expect(await repo.listClaims({ actor: 'SYR' })).toHaveLength(1);
    expect(await repo.listClaims({ actor: 'Korea' })).toHaveLength(2);
    expect(await repo.listClaims({ actor: 'Russia', category: 'aid' })).toHaveLength(1);
    expect(await repo.listClaims({ category: 'SANCTION' })).toHaveLength(0);
    expect(await repo.listClaims({ since: '2022-12' })).toHaveLength(1);
    expect(await repo.listClaims({ until: '2022-11' })).toHaveLength(1);
    expect(await repo.listClaims({ until: '2022-10' })).toHaveLength(0);
  });

  it('recomputes the claim when the denial is replaced by a correction', async () => {
    await repo.putAnalysis(assertion());
    const d = denial();
    await repo.putAnalysis(d);
    const text =
      'Pyongyang menegaskan tidak pernah mengirim peluru artileri ke Rusia. Koreksi: pernyataan itu dikutip dari KCTV.';
    const corrected = article({
      text,
      url: d.document.url,
      published: '2022-11-08',
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
          object: 'peluru artileri',
          trigger: 'mengirim',
          sources: [{ source: 'author', factuality: 'Uu' }],
        },
      ],
    });
    expect((await repo.putAnalysis(corrected)).outcome).toBe('replaced');
    const claims = await repo.listClaims();
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({
      sources: 2,
      documents: 2,
      positive: 1,
      negative: 0,
      neutral: 1,
      contested: false,
    });
    // the claim id is stable: it comes from its first event, which did not change
    const before = await repo.rebuildClaims();
    expect(before).toBe(1);
    expect((await repo.listClaims())[0].id).toBe(claims[0].id);
  });

  it('gives the same claims incrementally as from a full rebuild', async () => {
    for (const a of [assertion(), toSyria(), denial(), englishDenial()]) await repo.putAnalysis(a);
    const incremental = await repo.listClaims();
    await repo.rebuildClaims();
    expect(await repo.listClaims()).toEqual(incremental);
  });
});

describe('ledger rules', () => {
  const ev = (over: Partial<LedgerEvent>): LedgerEvent => ({
    category: 'AID',
    actorKeys: ['PRK'],
    recipientKeys: ['RUS'],
    mode: ['military'],
    object: null,
    lang: 'id',
    date: null,
    ...over,
  });

  it('keys countries by code and other actors by code and name', () => {
    expect(actorKey({ ...PRK })).toBe('PRK');
    expect(actorKey({ name: 'Korea Utara', kind: 'country', code: 'PRK' })).toBe('PRK');
    expect(actorKey({ name: 'John  Smith', kind: 'person', code: 'USAGOV' })).toBe('USAGOV:john smith');
    expect(actorKey({ ...USA })).not.toBe(
      actorKey({ name: 'Gedung Putih', kind: 'organization', code: 'USAGOV' }),
    );
  });

  it('groups by category, actors and recipients', () => {
    expect(groupKey(ev({}))).toBe('AID|PRK|RUS');
    expect(groupKey(ev({ actorKeys: ['RUS', 'PRK'], recipientKeys: [] }))).toBe('AID|PRK+RUS|');
    expect(groupKey(ev({ actorKeys: [], recipientKeys: [] }))).toBeNull();
  });

  it('splits on disjoint modes, unrelated objects in one language, and distant dates', () => {
    const { assignment } = clusterEvents([
      ev({ object: 'peluru artileri', date: '2022-11' }),
      ev({ object: 'sejumlah peluru', date: '2022-11-08' }), // shares "peluru", date inside the month
      ev({ object: 'artillery shells', lang: 'en' }), // other language: not compared
      ev({ mode: ['humanitarian'], object: 'beras' }),
      ev({ object: 'minyak mentah' }), // same language, no shared word
      ev({ object: 'peluru artileri', date: '2023-06-01' }), // seven months later
      ev({ mode: [], object: null, date: null }), // unknown joins the first claim
    ]);
    expect(assignment).toEqual([0, 0, 0, 1, 2, 3, 0]);
  });

  it('ignores stopwords and suffixes when comparing objects', () => {
    expect(objectTerms('sejumlah peluru artileri', 'id')).toEqual(['peluru', 'artiler']); // stems: -i is stripped on both sides;
    expect(objectTerms('bantuan senjatanya', 'id')).toEqual(['bantu', 'senjata']);
    expect(objectTerms('some of the artillery shells', 'en')).toEqual(['artillery', 'shells']);
  });

  it('signs factuality values', () => {
    expect(['CT+', 'PR+', 'PS+', 'CT-', 'PR-', 'PS-', 'Uu'].map(factualitySign)).toEqual([
      1, 1, 1, -1, -1, -1, 0,
    ]);
  });

  it('describes a claim in plain words', () => {
    expect(
      describeClaim({
        category: 'AID',
        mode: ['military'],
        actors: [{ name: 'North Korea', code: 'PRK' }],
        recipients: [{ name: 'Russia', code: 'RUS' }],
        object: 'peluru artileri',
      }),
    ).toBe('North Korea AID (military) Russia: peluru artileri');
    expect(
      describeClaim({
        category: 'PROTEST',
        mode: [],
        actors: [{ name: '', code: 'IDNLAB' }],
        recipients: [],
        object: null,
      }),
    ).toBe('IDNLAB PROTEST');
  });
});
