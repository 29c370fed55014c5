// Every read endpoint of the API over the bundled examples/, ingested with the real pipeline into a
// temp SQLite file: filters, pagination, unknown ids, bad parameters, export formats.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { tone } from '../../src/api/plover.js';
import { SqliteRepository } from '../../src/store/sqlite/repository.js';
import type { Analysis } from '../../src/types.js';
import { call, dayOf, ingestExamples, root } from './helpers.js';

let dir: string;
let repo: SqliteRepository;
let app: Hono;
let documents: number;
/** The contested claim the example corpus must hold: North Korea supplying Russia (AID). */
let aid: { id: string; contested: boolean; object: string | null };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'warta-api-'));
  const db = join(dir, 'api.db');
  documents = await ingestExamples(db);
  repo = new SqliteRepository(db);
  app = createApp({ repo, webRoot: join(dir, 'no-web') });
  const r = await call(app, '/api/claims?actor=PRK&category=AID&limit=500');
  aid = r.body.items.find((c: { recipients: { code: string }[] }) =>
    c.recipients.some((x) => x.code === 'RUS'),
  );
}, 120_000);

afterAll(async () => {
  await repo.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('health and stats', () => {
  it('reports ok and the package version', async () => {
    const r = await call(app, '/api/health');
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ ok: true, version: pkg.version, ingest: false });
  });

  it('counts what was ingested', async () => {
    const r = await call(app, '/api/stats');
    expect(r.status).toBe(200);
    expect(r.body.documents).toBe(documents);
    expect(documents).toBeGreaterThanOrEqual(10);
    expect(r.body.claims).toBeGreaterThan(0);
    expect(r.body.contestedClaims).toBeGreaterThan(0);
  });
});

describe('claims', () => {
  it('lists a page with limit, offset and total', async () => {
    const r = await call(app, '/api/claims');
    expect(r.status).toBe(200);
    expect(r.body.limit).toBe(50);
    expect(r.body.offset).toBe(0);
    expect(r.body.total).toBeGreaterThan(0);
    expect(r.body.items.length).toBe(Math.min(50, r.body.total));
  });

  it('finds the contested arms claim by actor code and category', async () => {
    expect(aid).toBeDefined();
    expect(aid.contested).toBe(true);
    expect(aid.object).toContain('peluru artileri');
  });

  it('filters contested=true and contested=false', async () => {
    const yes = await call(app, '/api/claims?contested=true&limit=500');
    const no = await call(app, '/api/claims?contested=false&limit=500');
    const all = await call(app, '/api/claims?limit=500');
    expect(yes.body.items.length).toBeGreaterThan(0);
    expect(yes.body.items.every((c: { contested: boolean }) => c.contested)).toBe(true);
    expect(no.body.items.every((c: { contested: boolean }) => !c.contested)).toBe(true);
    expect(yes.body.total + no.body.total).toBe(all.body.total);
    expect(yes.body.items.map((c: { id: string }) => c.id)).toContain(aid.id);
  });

  it('filters by words in the claim or its evidence (q) and by language', async () => {
    const q = await call(app, '/api/claims?q=peluru%20artileri');
    expect(q.body.items.map((c: { id: string }) => c.id)).toContain(aid.id);
    const none = await call(app, '/api/claims?q=zzzyqx');
    expect(none.body.total).toBe(0);
    const en = await call(app, '/api/claims?lang=en&limit=500');
    const id = await call(app, '/api/claims?lang=id&limit=500');
    expect(id.body.items.map((c: { id: string }) => c.id)).toContain(aid.id);
    expect(en.body.items.map((c: { id: string }) => c.id)).not.toContain(aid.id);
  });

  it('filters by date window', async () => {
    const late = await call(app, '/api/claims?since=2025-01-01&limit=500');
    expect(late.body.items.every((c: { lastSeen: string }) => c.lastSeen >= '2025-01-01')).toBe(true);
    expect(late.body.items.map((c: { id: string }) => c.id)).not.toContain(aid.id);
    const early = await call(app, '/api/claims?until=2022-12&limit=500');
    expect(early.body.items.map((c: { id: string }) => c.id)).toContain(aid.id);
    expect(early.body.items.every((c: { firstSeen: string }) => c.firstSeen <= '2022-12\uffff')).toBe(true);
  });

  it('paginates without overlap or gaps', async () => {
    const four = await call(app, '/api/claims?limit=4');
    const a = await call(app, '/api/claims?limit=2&offset=0');
    const b = await call(app, '/api/claims?limit=2&offset=2');
    expect([...a.body.items, ...b.body.items].map((c: { id: string }) => c.id)).toEqual(
      four.body.items.map((c: { id: string }) => c.id),
    );
    expect(b.body.offset).toBe(2);
    const past = await call(app, `/api/claims?offset=${four.body.total}`);
    expect(past.body.items).toEqual([]);
  });

  it('returns a claim with evidence that points into its documents', async () => {
    const r = await call(app, `/api/claims/${aid.id}`);
    expect(r.status).toBe(200);
    expect(r.body.id).toBe(aid.id);
    const signs = new Set(r.body.evidence.map((e: { factuality: string }) => e.factuality.slice(-1)));
    expect(signs.has('+') && signs.has('-')).toBe(true);
    for (const ev of r.body.evidence) {
      const doc = await call(app, `/api/documents/${ev.document}`);
      expect(doc.status).toBe(200);
      const analysis = doc.body.analysis as Analysis;
      const event = analysis.events.find((e) => e.id === ev.event);
      expect(event).toBeDefined();
      for (const span of event?.evidence ?? []) {
        expect(analysis.document.text.slice(span.start, span.end).length).toBeGreaterThan(0);
      }
      if (ev.statement) expect(analysis.statements.some((s) => s.id === ev.statement)).toBe(true);
    }
  });

  it('answers 404 for an unknown claim', async () => {
    const r = await call(app, '/api/claims/0000000000000000');
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('not_found');
    expect(r.body.error.message).toContain('0000000000000000');
  });
});

describe('bad parameters', () => {
  const cases: [string, string][] = [
    ['/api/claims?limit=0', 'limit'],
    ['/api/claims?limit=501', 'limit'],
    ['/api/claims?limit=abc', 'limit'],
    ['/api/claims?offset=-1', 'offset'],
    ['/api/claims?contested=maybe', 'contested'],
    ['/api/claims?since=2022/11/01', 'since'],
    ['/api/claims?category=SHOUT', 'category'],
    ['/api/claims?categroy=AID', 'categroy'],
    ['/api/statements?limit=x', 'limit'],
    ['/api/entities?kind=planet', 'kind'],
    ['/api/entities?code=prk1', 'code'],
    ['/api/documents?lang=Indonesian', 'lang'],
    ['/api/search?kinds=document', 'q'],
    ['/api/search?q=perang&kinds=document,tweet', 'kinds'],
    ['/api/timeline?until=kemarin', 'until'],
    ['/api/network?limit=0', 'limit'],
    ['/api/map?since=nanti', 'since'],
    ['/api/export?format=xml', 'format'],
    ['/api/health?verbose=1', 'verbose'],
  ];
  it.each(cases)('%s → 400 naming %s', async (path, param) => {
    const r = await call(app, path);
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('bad_request');
    expect(r.body.error.issues.map((i: { parameter: string }) => i.parameter)).toContain(param);
    expect(r.body.error.message).toContain(param);
  });

  it('treats empty values as absent, as an untouched form field sends them', async () => {
    const r = await call(app, '/api/claims?actor=&category=&limit=3');
    expect(r.status).toBe(200);
    expect(r.body.items.length).toBe(3);
  });

  it('accepts lower-case categories', async () => {
    const r = await call(app, '/api/claims?category=aid&limit=500');
    expect(r.status).toBe(200);
    expect(r.body.items.every((c: { category: string }) => c.category === 'AID')).toBe(true);
  });
});

describe('statements', () => {
  it('filters by speaker code and by words of the content', async () => {
    const prk = await call(app, '/api/statements?speaker=PRK&limit=500');
    expect(prk.status).toBe(200);
    expect(prk.body.items.length).toBeGreaterThan(0);
    expect(prk.body.items.every((s: { speakerCode: string }) => s.speakerCode.startsWith('PRK'))).toBe(true);
    const about = await call(app, '/api/statements?about=peluru&limit=500');
    expect(about.body.items.length).toBeGreaterThan(0);
    expect(about.body.items.every((s: { content: string }) => /peluru/i.test(s.content))).toBe(true);
  });

  it('filters by document and paginates', async () => {
    const docs = await call(app, '/api/documents?limit=1&lang=id');
    const doc = docs.body.items[0].id as string;
    const all = await call(app, `/api/statements?document=${doc}&limit=500`);
    expect(all.body.items.length).toBeGreaterThan(2);
    expect(all.body.items.every((s: { document: string }) => s.document === doc)).toBe(true);
    const p2 = await call(app, `/api/statements?document=${doc}&limit=2&offset=2`);
    expect(p2.body.items).toEqual(all.body.items.slice(2, 4));
  });

  it('finds nothing for a query of punctuation only', async () => {
    const r = await call(app, '/api/statements?about=%21%21');
    expect(r.status).toBe(200);
    expect(r.body.items).toEqual([]);
  });
});

describe('entities', () => {
  it('filters by code, kind and name', async () => {
    const prk = await call(app, '/api/entities?code=PRK');
    expect(prk.body.items.map((e: { name: string }) => e.name)).toContain('North Korea');
    expect(prk.body.items.every((e: { code: string }) => e.code.startsWith('PRK'))).toBe(true);
    const countries = await call(app, '/api/entities?kind=country&limit=500');
    expect(countries.body.items.length).toBeGreaterThan(3);
    expect(countries.body.items.every((e: { kind: string }) => e.kind === 'country')).toBe(true);
    const named = await call(app, '/api/entities?name=Korea');
    expect(named.body.items.every((e: { name: string }) => /korea/i.test(e.name))).toBe(true);
  });

  it('paginates with offset', async () => {
    const six = await call(app, '/api/entities?limit=6');
    const second = await call(app, '/api/entities?limit=3&offset=3');
    expect(second.body.items).toEqual(six.body.items.slice(3, 6));
  });
});

describe('documents', () => {
  it('lists every document with a total, newest first', async () => {
    const r = await call(app, '/api/documents?limit=500');
    expect(r.body.total).toBe(documents);
    expect(r.body.items.length).toBe(documents);
    const dates = r.body.items.map((d: { published: string | null }) => d.published).filter(Boolean);
    expect([...dates].sort().reverse()).toEqual(dates);
    for (const d of r.body.items) {
      expect(Object.keys(d)).toEqual(
        expect.arrayContaining(['id', 'title', 'source', 'url', 'lang', 'published', 'ingestedAt']),
      );
    }
  });

  it('filters by language and by words', async () => {
    const en = await call(app, '/api/documents?lang=en&limit=500');
    expect(en.body.items.length).toBeGreaterThan(0);
    expect(en.body.items.every((d: { lang: string }) => d.lang === 'en')).toBe(true);
    const quake = await call(app, '/api/documents?q=gempa');
    expect(quake.body.total).toBeGreaterThan(0);
    expect(quake.body.items[0].source).toContain('gempa');
  });

  it('paginates', async () => {
    const all = await call(app, '/api/documents?limit=500');
    const p = await call(app, '/api/documents?limit=3&offset=3');
    expect(p.body.items).toEqual(all.body.items.slice(3, 6));
  });

  it('returns the full Analysis, by id or unique prefix, and 404 for an unknown id', async () => {
    const list = await call(app, '/api/documents?limit=1');
    const id = list.body.items[0].id as string;
    const full = await call(app, `/api/documents/${id}`);
    expect(full.status).toBe(200);
    expect(full.body.analysis.version).toBe(1);
    expect(full.body.analysis.document.id).toBe(id);
    const a = full.body.analysis as Analysis;
    for (const s of a.statements) expect(a.document.text.slice(s.cue.start, s.cue.end)).toBe(s.cue.text);
    const prefix = await call(app, `/api/documents/${id.slice(0, 10)}`);
    expect(prefix.body.id).toBe(id);
    const missing = await call(app, '/api/documents/ffffffffffffffff');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
  });
});

describe('search', () => {
  it('returns claim hits first, then text hits', async () => {
    const r = await call(app, '/api/search?q=peluru');
    expect(r.status).toBe(200);
    const kinds = r.body.items.map((h: { kind: string }) => h.kind);
    expect(kinds[0]).toBe('claim');
    expect(r.body.items[0].ref).toBe(aid.id);
    expect(kinds).toContain('document');
    expect(kinds).toContain('statement');
  });

  it('restricts to the kinds asked for and to the limit', async () => {
    const r = await call(app, '/api/search?q=peluru&kinds=document,statement&limit=2');
    expect(r.body.items.length).toBe(2);
    expect(r.body.items.every((h: { kind: string }) => ['document', 'statement'].includes(h.kind))).toBe(
      true,
    );
    const ent = await call(app, '/api/search?q=korea&kinds=entity');
    expect(ent.body.items.length).toBeGreaterThan(0);
    expect(ent.body.items.every((h: { kind: string }) => h.kind === 'entity')).toBe(true);
  });
});

describe('timeline', () => {
  it('orders events and statements by date', async () => {
    const r = await call(app, '/api/timeline?limit=500');
    expect(r.status).toBe(200);
    expect(r.body.total).toBeGreaterThan(r.body.items.length - 1);
    const days = r.body.items.map((i: { date: string }) => dayOf(i.date));
    expect([...days].sort()).toEqual(days);
    const kinds = new Set(r.body.items.map((i: { kind: string }) => i.kind));
    expect(kinds).toEqual(new Set(['event', 'statement']));
    for (const i of r.body.items) {
      expect(i.label.length).toBeGreaterThan(0);
      if (i.kind === 'event') expect(i.category).toBeTruthy();
    }
  });

  it('filters by category (events only), actor and dates', async () => {
    const aidOnly = await call(app, '/api/timeline?category=AID&limit=500');
    expect(aidOnly.body.items.length).toBeGreaterThan(0);
    expect(
      aidOnly.body.items.every(
        (i: { kind: string; category: string }) => i.kind === 'event' && i.category === 'AID',
      ),
    ).toBe(true);
    const prk = await call(app, '/api/timeline?actor=PRK&limit=500');
    expect(prk.body.items.some((i: { claim?: string }) => i.claim === aid.id)).toBe(true);
    const window = await call(app, '/api/timeline?since=2025-10&until=2025-10&limit=500');
    expect(window.body.items.length).toBeGreaterThan(0);
    expect(window.body.items.every((i: { date: string }) => dayOf(i.date).startsWith('2025-10'))).toBe(true);
  });

  it('paginates', async () => {
    const all = await call(app, '/api/timeline?limit=10');
    const p = await call(app, '/api/timeline?limit=5&offset=5');
    expect(p.body.items).toEqual(all.body.items.slice(5, 10));
  });
});

describe('network', () => {
  it('has actor → recipient edges with the tone of their category', async () => {
    const r = await call(app, '/api/network');
    expect(r.status).toBe(200);
    const ids = new Set(r.body.nodes.map((n: { id: number }) => n.id));
    for (const e of r.body.edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      expect(e.tone).toBe(tone(e.category));
      expect(e.count).toBeGreaterThan(0);
    }
    const byCode = new Map(r.body.nodes.map((n: { code: string; id: number }) => [n.code, n.id]));
    const supply = r.body.edges.find(
      (e: { source: number; target: number; category: string }) =>
        e.source === byCode.get('PRK') && e.target === byCode.get('RUS') && e.category === 'AID',
    );
    expect(supply?.tone).toBe('cooperation');
  });

  it('filters by category', async () => {
    const r = await call(app, '/api/network?category=ACCUSE');
    expect(r.body.edges.length).toBeGreaterThan(0);
    expect(
      r.body.edges.every(
        (e: { category: string; tone: string }) => e.category === 'ACCUSE' && e.tone === 'conflict',
      ),
    ).toBe(true);
  });
});

describe('map', () => {
  it('counts countries and draws the alleged route through the places named', async () => {
    const r = await call(app, '/api/map');
    expect(r.status).toBe(200);
    const prk = r.body.countries.find((c: { iso3: string }) => c.iso3 === 'PRK');
    expect(prk.asActor).toBeGreaterThan(0);
    expect(prk.events).toBeGreaterThanOrEqual(prk.asActor);
    expect(r.body.countries.every((c: { iso3: string }) => /^[A-Z]{3}$/.test(c.iso3))).toBe(true);
    const route = r.body.routes.find((x: { claim: string }) => x.claim === aid.id);
    expect(route).toMatchObject({ from: 'PRK', to: 'RUS', category: 'AID', contested: true });
    expect(route.via.length).toBeGreaterThan(0);
    expect(route.via.every((v: { kind: string }) => v.kind === 'region')).toBe(true);
  });
});

describe('export', () => {
  it('streams JSONL: one Analysis per document', async () => {
    const r = await call(app, '/api/export?format=jsonl');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('application/x-ndjson');
    expect(r.headers.get('content-disposition')).toContain('warta.jsonl');
    const lines = r.raw.trimEnd().split('\n');
    expect(lines.length).toBe(documents);
    for (const l of lines) expect((JSON.parse(l) as Analysis).version).toBe(1);
  });

  it('streams CSV with a header row', async () => {
    const r = await call(app, '/api/export?format=csv');
    expect(r.headers.get('content-type')).toContain('text/csv');
    expect(r.raw.split('\r\n')[0]).toMatch(/^document,published,url,event,claim,category/);
    expect(r.raw).toContain('peluru artileri');
  });

  it('streams PLOVER JSONL, one record per event with sources', async () => {
    const r = await call(app, '/api/export?format=plover');
    const csv = await call(app, '/api/export?format=csv');
    const events = new Set(
      csv.raw
        .split('\r\n')
        .slice(1)
        .filter((l) => /^[0-9a-f]{16},/.test(l))
        .map((l) => l.split(',')[0] + '/' + l.split(',')[3]),
    );
    const records = r.raw
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records.length).toBe(events.size);
    const supply = records.find((x: { claim: string }) => x.claim === aid.id);
    expect(supply).toMatchObject({ event: 'AID', actor: 'PRK', recipient: 'RUS' });
  });

  it('defaults to JSONL', async () => {
    const r = await call(app, '/api/export');
    expect(r.headers.get('content-type')).toContain('application/x-ndjson');
  });
});

describe('routing', () => {
  it('answers unknown API paths with a JSON 404 and wrong methods with 405', async () => {
    const r = await call(app, '/api/nothing-here');
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('not_found');
    const m = await call(app, '/api/claims', { method: 'POST' });
    expect(m.status).toBe(405);
    expect(m.headers.get('allow')).toBe('GET');
  });

  it('revalidates with ETag: 304 while the store is unchanged', async () => {
    const first = await call(app, '/api/claims?limit=5');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/"/);
    const again = await call(app, '/api/claims?limit=5', { headers: { 'If-None-Match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(again.raw).toBe('');
    const cached = await call(app, '/api/claims?limit=5');
    expect(cached.raw).toBe(first.raw);
  });

  it('sets security headers on API responses', async () => {
    const r = await call(app, '/api/claims?limit=1');
    expect(r.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('content-type')).toBe('application/json; charset=utf-8');
  });

  it('refuses to write through a server without an ingest token', () => {
    expect(() => repo.db.prepare('DELETE FROM claims').run()).toThrow(/readonly|read-only|query_only/i);
  });
});
