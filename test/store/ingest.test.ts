// End-to-end: the readers, the pipeline and the store over examples/, and a SIGKILL in the middle
// of a large ingest.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/corpus.js';
import { runIngest } from '../../src/cli/commands/ingest.js';
import { readInputs } from '../../src/ingest/index.js';
import { type AnalyzerPool, inProcessPool, workerPool } from '../../src/store/ingest/pool.js';
import { ingest, originKey, rawHash } from '../../src/store/ingest/run.js';
import { SqliteRepository } from '../../src/store/sqlite/repository.js';
import type { Analysis } from '../../src/types.js';

const root = join(import.meta.dirname, '..', '..');
const examples = join(root, 'examples');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'warta-ingest-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TABLES = [
  'documents',
  'actors',
  'entities',
  'statements',
  'events',
  'event_sources',
  'claims',
  'claim_sources',
];

function rowCounts(db: Database.Database): Record<string, number> {
  return Object.fromEntries(
    TABLES.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]),
  );
}

/** Every document has exactly the rows its stored analysis says it has, and its FTS row. */
function assertWhole(db: Database.Database): void {
  const per = (table: string) =>
    new Map(
      (
        db.prepare(`SELECT doc, count(*) AS n FROM ${table} GROUP BY doc`).all() as {
          doc: number;
          n: number;
        }[]
      ).map((r) => [r.doc, r.n]),
    );
  const entities = per('entities');
  const statements = per('statements');
  const events = per('events');
  const docs = db.prepare('SELECT pk, analysis, extracted FROM documents').all() as {
    pk: number;
    analysis: string;
    extracted: number;
  }[];
  for (const d of docs) {
    const a = JSON.parse(d.analysis) as Analysis;
    expect(entities.get(d.pk) ?? 0).toBe(a.entities.length);
    const mentions = db
      .prepare('SELECT coalesce(sum(mentions), 0) AS n FROM entities WHERE doc = ?')
      .get(d.pk);
    expect((mentions as { n: number }).n).toBe(a.entities.reduce((n, e) => n + e.mentions.length, 0));
    expect(statements.get(d.pk) ?? 0).toBe(a.statements.length);
    expect(events.get(d.pk) ?? 0).toBe(a.events.length);
  }
  const fts = (db.prepare('SELECT count(*) AS n FROM fts_documents').get() as { n: number }).n;
  expect(fts).toBe(docs.length);
  const sources = db.prepare('SELECT count(*) AS n FROM event_sources').get() as { n: number };
  const inClaims = db.prepare('SELECT coalesce(sum(sources), 0) AS n FROM claims').get() as { n: number };
  expect(inClaims.n).toBe(sources.n);
}

describe('ingest examples/', () => {
  it('stores every example once; the second run finds everything unchanged', async () => {
    const path = join(dir, 'examples.db');
    const repo = new SqliteRepository(path);
    const first = await ingest(repo, readInputs([examples]), { pool: inProcessPool(), batchSize: 3 });
    expect(first.failed).toBe(0);
    expect(first.ingested).toBeGreaterThanOrEqual(10);
    const before = rowCounts(repo.db);
    expect(before.documents).toBe(first.ingested);
    const second = await ingest(repo, readInputs([examples]), { pool: inProcessPool() });
    expect(second).toMatchObject({ ingested: 0, replaced: 0, failed: 0, unchanged: first.ingested });
    expect(rowCounts(repo.db)).toEqual(before);
    assertWhole(repo.db);
    // an Indonesian sentence of the canonical example is searchable, through a suffixed form
    const hits = await repo.search('bantahannya');
    expect(hits.some((h) => h.kind === 'document')).toBe(true);
    await repo.close();
  });

  it('writes in input order whatever order the analyses finish in, so the ledger is the same', async () => {
    // a pool whose later articles finish first
    const inner = inProcessPool();
    let n = 0;
    const reversing: AnalyzerPool = {
      size: 4,
      started: 0,
      run: async (raw) => {
        const result = await inner.run(raw);
        await new Promise((r) => setTimeout(r, 200 - 15 * (n++ % 12)));
        return result;
      },
      close: () => inner.close(),
    };
    const inOrder = new SqliteRepository(join(dir, 'in-order.db'));
    const shuffled = new SqliteRepository(join(dir, 'shuffled.db'));
    await ingest(inOrder, readInputs([examples]), { pool: inProcessPool(), inflight: 1 });
    const summary = await ingest(shuffled, readInputs([examples]), { pool: reversing, inflight: 12 });
    expect(summary.failed).toBe(0);
    const docs = (r: SqliteRepository) => r.db.prepare('SELECT id FROM documents ORDER BY pk').all();
    const claims = (r: SqliteRepository) =>
      r.db.prepare('SELECT * FROM claims ORDER BY rowid').all() as Record<string, unknown>[];
    expect(docs(shuffled)).toEqual(docs(inOrder));
    expect(claims(inOrder).length).toBeGreaterThan(0);
    expect(claims(shuffled)).toEqual(claims(inOrder));
    await inOrder.close();
    await shuffled.close();
  });

  it('reports a bad line as file:line and goes on', async () => {
    const path = join(dir, 'bad.db');
    const jsonl = join(dir, 'bad.jsonl');
    writeFileSync(
      jsonl,
      [
        JSON.stringify({
          id: 'a1',
          text: 'Presiden meresmikan jalan tol baru di Sumatera Utara pada Senin.',
        }),
        '{"id": "a2", "text": ',
        JSON.stringify({
          id: 'a3',
          text: 'Gubernur Jawa Barat menyebut banjir merendam ratusan rumah warga.',
        }),
      ].join('\n'),
    );
    const repo = new SqliteRepository(path);
    const s = await ingest(repo, readInputs([jsonl]), { pool: inProcessPool() });
    expect(s).toMatchObject({ ingested: 2, failed: 1 });
    expect(s.failures[0].origin).toMatchObject({ file: jsonl, line: 2 });
    await repo.close();
  });

  it('exits 0 when something was stored, 1 when nothing could be read', async () => {
    const db = join(dir, 'exit.db');
    const quiet = { db, workers: '0', progress: false, json: true };
    const log = console.log;
    console.log = () => {};
    try {
      expect(await runIngest([join(dir, 'no-such-file.jsonl')], quiet)).toBe(1);
      const one = join(dir, 'one.txt');
      writeFileSync(one, 'Bupati Sleman meninjau lokasi banjir lahar di Kecamatan Cangkringan, Minggu.');
      expect(await runIngest([one, join(dir, 'no-such-file.jsonl')], quiet)).toBe(0);
      expect(await runIngest([one], quiet)).toBe(0); // unchanged still counts as read
    } finally {
      console.log = log;
    }
  });

  it('keys input slots so an updated article replaces the old one', () => {
    const base = { source: 'feed.jsonl', text: 'x', origin: { file: 'feed.jsonl', line: 3 } };
    expect(originKey({ ...base, id: 'j3' })).toBe('feed.jsonl#j3');
    expect(originKey(base)).toBeNull();
    expect(originKey({ source: 'a.txt', text: 'x', origin: { file: 'a.txt' } })).toBe('a.txt');
    expect(originKey({ source: '-', text: 'x', origin: { file: '-' } })).toBeNull();
    expect(rawHash({ ...base, text: 'Harga beras naik.' })).not.toBe(
      rawHash({ ...base, text: 'Harga beras turun.' }),
    );
  });
});

describe('crash safety', () => {
  it('survives SIGKILL mid-ingest and a resumed run reaches the right counts', async () => {
    const corpus = join(dir, 'corpus.jsonl');
    const total = 2000;
    await writeCorpus(corpus, total, examples, 11);
    const db = join(dir, 'crash.db');
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(root, 'src/cli/main.ts'),
        'ingest',
        corpus,
        '--db',
        db,
        '--workers',
        '0',
        '--batch',
        '25',
        '--no-progress',
      ],
      { cwd: root, stdio: 'ignore' },
    );
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    // wait for some committed documents, then kill without warning
    let seen = 0;
    for (let i = 0; i < 600 && seen < 100; i++) {
      await new Promise((r) => setTimeout(r, 100));
      try {
        const probe = new Database(db, { readonly: true, fileMustExist: true });
        seen = (probe.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
        probe.close();
      } catch {
        // not created yet, or schema not there yet
      }
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(seen).toBeGreaterThan(0);

    const after = new Database(db);
    expect(after.pragma('integrity_check', { simple: true })).toBe('ok');
    const partial = rowCounts(after).documents;
    expect(partial).toBeLessThan(total);
    assertWhole(after);
    after.close();

    const repo = new SqliteRepository(db);
    const pool = workerPool(2); // also exercises the worker threads (started with the tsx loader here)
    const resumed = await ingest(repo, readInputs([corpus]), { pool, batchSize: 100 });
    await pool.close();
    // articles the pipeline cannot analyse are reported (file:line) and not stored; the store never fails
    const failedLines = new Set(resumed.failures.map((f) => f.origin.line));
    expect(resumed.failures.every((f) => f.origin.file === corpus && f.origin.line !== undefined)).toBe(true);
    expect(resumed.unchanged).toBeGreaterThanOrEqual(partial);
    expect(resumed.ingested + resumed.unchanged + resumed.failed).toBe(total);
    // one document per distinct article text, none twice, every one whole
    const texts = new Set(
      readFileSync(corpus, 'utf8')
        .split('\n')
        .filter(Boolean)
        .filter((_, i) => !failedLines.has(i + 1))
        .map((l) => (JSON.parse(l) as { text: string }).text),
    );
    expect(rowCounts(repo.db).documents).toBe(texts.size);
    assertWhole(repo.db);
    await repo.close();
  }, 400_000);
});
