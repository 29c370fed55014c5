// POST /api/ingest: the token guard (403 without a configured token, 401 with a wrong one, 200 with
// the right one), body validation, and article text with markup kept as inert data.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { SqliteRepository } from '../../src/store/sqlite/repository.js';
import { call } from './helpers.js';

const TOKEN = 'uji-token-7f3a9c';
let dir: string;
let rw: SqliteRepository;
let ro: SqliteRepository;
let open: Hono; // with an ingest token
let closed: Hono; // without one

const ARTICLE = {
  id: 'kemlu-1',
  title: 'Kemlu panggil Dubes Australia',
  url: 'https://contoh.id/berita/kemlu-1',
  published: '2025-10-02',
  text:
    'Jakarta (ANTARA) - Kementerian Luar Negeri RI memanggil Duta Besar Australia untuk Indonesia, Kamis (2/10/2025), ' +
    'terkait laporan dugaan penyadapan terhadap pejabat Indonesia. Juru bicara Kemlu Arif Hidayat mengatakan ' +
    'pemerintah meminta penjelasan resmi dalam waktu tujuh hari.',
};

// An article quoting markup: the script must come back as data and never run anywhere on the server.
const SCRIPT_TEXT =
  'Polisi menyebut situs palsu itu menyisipkan kode <script>globalThis.__wartaPwned = true</script> ' +
  'untuk mencuri data nasabah. Juru bicara bank mengatakan nasabah diminta tidak membuka tautan tersebut.';

const json = (body: unknown, token?: string): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
  body: JSON.stringify(body),
});

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'warta-api-ingest-'));
  const db = join(dir, 'ingest.db');
  rw = new SqliteRepository(db);
  ro = new SqliteRepository(db);
  open = createApp({ repo: rw, ingestToken: TOKEN, webRoot: dir });
  closed = createApp({ repo: ro, webRoot: dir });
});

afterAll(async () => {
  await rw.close();
  await ro.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('token guard', () => {
  it('answers 403 ingest_disabled when the server has no token', async () => {
    const r = await call(closed, '/api/ingest', json(ARTICLE, TOKEN));
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('ingest_disabled');
    const health = await call(closed, '/api/health');
    expect(health.body.ingest).toBe(false);
  });

  it('answers 401 without a token or with a wrong one', async () => {
    const none = await call(open, '/api/ingest', json(ARTICLE));
    expect(none.status).toBe(401);
    expect(none.body.error.code).toBe('unauthorized');
    expect(none.headers.get('www-authenticate')).toContain('Bearer');
    const wrong = await call(open, '/api/ingest', json(ARTICLE, `${TOKEN}x`));
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.message).toContain('wrong');
    const basic = await call(open, '/api/ingest', {
      ...json(ARTICLE),
      headers: { 'Content-Type': 'application/json', Authorization: `Basic ${TOKEN}` },
    });
    expect(basic.status).toBe(401);
    const stats = await call(open, '/api/stats');
    expect(stats.body.documents).toBe(0);
  });

  it('ingests with the right token, and re-ingesting is a no-op', async () => {
    // answers cached before the write must not survive it, on either connection
    const before = await call(closed, '/api/documents');
    const statsBefore = await call(open, '/api/stats');
    const r = await call(open, '/api/ingest', json(ARTICLE, TOKEN));
    expect(r.status).toBe(200);
    expect(r.body.results).toHaveLength(1);
    const [res] = r.body.results;
    expect(res).toMatchObject({ index: 0, ok: true, outcome: 'ingested', lang: 'id' });
    expect(res.statements).toBeGreaterThan(0);
    const doc = await call(open, `/api/documents/${res.id}`);
    expect(doc.body.title).toBe(ARTICLE.title);
    expect(doc.body.url).toBe(ARTICLE.url);
    expect(doc.body.published).toBe('2025-10-02');
    const again = await call(open, '/api/ingest', json(ARTICLE, TOKEN));
    expect(again.body.results[0].outcome).toBe('unchanged');
    // the read-only server sees what the other connection wrote
    const seen = await call(closed, `/api/documents/${res.id}`);
    expect(seen.status).toBe(200);
    const after = await call(closed, '/api/documents');
    expect(after.body.total).toBe(before.body.total + 1);
    const statsAfter = await call(open, '/api/stats');
    expect(statsAfter.body.documents).toBe(statsBefore.body.documents + 1);
  });
});

describe('bodies', () => {
  it('takes an array and reports each article on its own', async () => {
    const r = await call(
      open,
      '/api/ingest',
      json(
        [
          {
            text: 'Presiden meminta menteri mempercepat penyaluran bantuan beras kepada warga terdampak banjir di Demak.',
          },
          {
            id: 2,
            text: 'The minister said the government would not raise fuel prices this year.',
            lang: 'en',
          },
        ],
        TOKEN,
      ),
    );
    expect(r.status).toBe(200);
    expect(r.body.results.map((x: { ok: boolean }) => x.ok)).toEqual([true, true]);
    expect(r.body.results[1].lang).toBe('en');
  });

  it('takes text/plain with the seed header', async () => {
    const r = await call(open, '/api/ingest', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain; charset=utf-8', Authorization: `Bearer ${TOKEN}` },
      body: 'date 2025-09-18 (ANT)\n\nGubernur mengatakan pemerintah provinsi menyiapkan 40 ton beras untuk korban gempa.',
    });
    expect(r.status).toBe(200);
    const doc = await call(open, `/api/documents/${r.body.results[0].id}`);
    expect(doc.body.published).toBe('2025-09-18');
  });

  it('rejects invalid bodies with 400 naming the field', async () => {
    const empty = await call(open, '/api/ingest', json({ text: '   ' }, TOKEN));
    expect(empty.status).toBe(400);
    expect(empty.body.error.issues.map((i: { parameter: string }) => i.parameter)).toContain('body.text');
    const second = await call(open, '/api/ingest', json([ARTICLE, { title: 'tanpa isi' }], TOKEN));
    expect(second.status).toBe(400);
    expect(second.body.error.message).toContain('body.1.text');
    const extra = await call(open, '/api/ingest', json({ ...ARTICLE, body: 'x' }, TOKEN));
    expect(extra.status).toBe(400);
    expect(extra.body.error.message).toContain('body');
    const bad = await call(open, '/api/ingest', { ...json(ARTICLE, TOKEN), body: '{"text": ' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/invalid JSON/);
    const many = await call(open, '/api/ingest', json(Array(101).fill(ARTICLE), TOKEN));
    expect(many.status).toBe(400);
    expect(many.body.error.message).toContain('at most 100');
  });

  it('rejects other content types with 415 and oversized bodies with 413', async () => {
    const form = await call(open, '/api/ingest', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: `Bearer ${TOKEN}` },
      body: 'text=halo',
    });
    expect(form.status).toBe(415);
    expect(form.body.error.code).toBe('unsupported_media_type');
    const huge = await call(open, '/api/ingest', json({ text: 'kata '.repeat(1_200_000) }, TOKEN));
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('payload_too_large');
  });
});

describe('article text with markup', () => {
  it('is stored and returned as JSON-escaped data, never executed', async () => {
    const r = await call(open, '/api/ingest', json({ id: 'phish', text: SCRIPT_TEXT }, TOKEN));
    expect(r.status).toBe(200);
    const id = r.body.results[0].id as string;
    const doc = await call(open, `/api/documents/${id}`);
    expect(doc.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(doc.headers.get('x-content-type-options')).toBe('nosniff');
    // the raw body carries no markup at all; parsing restores the text exactly
    expect(doc.raw).not.toContain('<script>');
    expect(doc.raw).toContain('\\u003cscript\\u003e');
    expect(doc.body.analysis.document.text).toContain('<script>globalThis.__wartaPwned = true</script>');
    const search = await call(open, '/api/search?q=situs%20palsu&kinds=document');
    expect(search.raw).not.toContain('<script');
    expect(search.body.items[0].snippet).toContain('<script>');
    const statements = await call(open, `/api/statements?document=${id}`);
    expect(statements.raw).not.toContain('<script');
    expect((globalThis as { __wartaPwned?: boolean }).__wartaPwned).toBeUndefined();
  });
});
