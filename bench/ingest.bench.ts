// Ingest benchmark: a synthetic corpus (WARTA_BENCH_ARTICLES, default 20,000) recombined from the
// sentences of examples/, ingested end to end (readers → pipeline on worker threads → SQLite),
// then query latencies on the resulting database and the peak RSS of the whole process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs } from '../src/ingest/index.js';
import { defaultWorkers, workerPool } from '../src/store/ingest/pool.js';
import { type IngestSummary, ingest } from '../src/store/ingest/run.js';
import { SqliteRepository } from '../src/store/sqlite/repository.js';
import type { Analysis } from '../src/types.js';
import { writeCorpus } from './corpus.js';

const root = join(import.meta.dirname, '..');

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function latency(label: string, runs: (() => Promise<unknown>)[]): Promise<void> {
  const times: number[] = [];
  for (const run of runs) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(
    `  ${label.padEnd(28)} n=${String(times.length).padStart(3)}  p50 ${percentile(times, 50).toFixed(2).padStart(7)} ms  p95 ${percentile(times, 95).toFixed(2).padStart(7)} ms`,
  );
}

const rss = () => `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`;

export default async function bench(): Promise<void> {
  const n = Number(process.env.WARTA_BENCH_ARTICLES ?? 20_000);
  const workers = Number(process.env.WARTA_BENCH_WORKERS ?? defaultWorkers());
  const dir = mkdtempSync(join(tmpdir(), 'warta-bench-'));
  try {
    const corpus = join(dir, 'corpus.jsonl');
    const bytes = await writeCorpus(corpus, n, join(root, 'examples'));
    console.log(
      `corpus: ${n} articles, ${(bytes / 1e6).toFixed(1)} MB; ${availableParallelism()} cores, load ${loadavg()[0].toFixed(1)}`,
    );

    // 1. end to end, as users run it: the compiled CLI (bin/warta.js → dist/, workers from dist/)
    const dbPath = join(dir, 'bench.db');
    console.log('building dist/ (npm run build) …');
    spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], {
      cwd: root,
    });
    const t0 = performance.now();
    const child = spawnSync(
      process.execPath,
      [
        join(root, 'bin/warta.js'),
        'ingest',
        corpus,
        '--db',
        dbPath,
        '--workers',
        String(workers),
        '--json',
        '--no-progress',
      ],
      { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 },
    );
    const wall = (performance.now() - t0) / 1000;
    if (child.status !== 0) throw new Error(`warta ingest failed (${child.status}): ${child.stderr}`);
    const s = JSON.parse(child.stdout) as IngestSummary;
    console.log(
      `ingest end-to-end (bin/warta.js, ${workers} workers): ${s.ingested} ingested, ${s.failed} failed in ${s.seconds.toFixed(1)} s = ${(s.ingested / s.seconds).toFixed(0)} articles/s (process wall ${wall.toFixed(1)} s); db ${(statSync(dbPath).size / 1e6).toFixed(0)} MB; peak RSS ${s.peakRssMb} MB`,
    );
    const repo = new SqliteRepository(dbPath);
    const stats = await repo.stats();
    console.log(`  rows: ${JSON.stringify(stats)}`);

    // 2. the store alone: the same analyses written again into a fresh database
    const again = new SqliteRepository(join(dir, 'store-only.db'));
    again.bulkWrites(); // as `warta ingest` writes
    const t1 = performance.now();
    let batch: { analysis: Analysis }[] = [];
    let written = 0;
    for await (const analysis of repo.exportAnalyses()) {
      batch.push({ analysis });
      if (batch.length === 200) {
        again.putManySync(batch);
        written += batch.length;
        batch = [];
      }
    }
    again.putManySync(batch);
    written += batch.length;
    const storeSeconds = (performance.now() - t1) / 1000;
    console.log(
      `store only (analyses → SQLite, 1 thread): ${(written / storeSeconds).toFixed(0)} articles/s`,
    );
    await again.close();

    // 3. re-ingest: everything unchanged, nothing analysed
    const pool2 = workerPool(1);
    const t2 = performance.now();
    const r = await ingest(repo, readInputs([corpus]), { pool: pool2 });
    await pool2.close();
    console.log(`re-ingest: ${r.unchanged} unchanged in ${((performance.now() - t2) / 1000).toFixed(1)} s`);

    // 4. query latency
    const actors = repo.db
      .prepare('SELECT code, name FROM actors WHERE code IS NOT NULL ORDER BY pk LIMIT 40')
      .all() as { code: string; name: string }[];
    const categories = (
      repo.db.prepare('SELECT DISTINCT category FROM claims').all() as { category: string }[]
    ).map((x) => x.category);
    const claimIds = (
      repo.db.prepare('SELECT id FROM claims ORDER BY random() LIMIT 40').all() as { id: string }[]
    ).map((x) => x.id);
    const docIds = (
      repo.db.prepare('SELECT id FROM documents ORDER BY random() LIMIT 40').all() as { id: string }[]
    ).map((x) => x.id);
    const words = [
      'beras',
      'pemerintah',
      'bantuan',
      'sanksi',
      'Rusia',
      'gempa',
      'pupuk subsidi',
      'harga',
      'tuduhan',
      'drone',
    ];
    const years = ['2016', '2018', '2020', '2022', '2024'];
    const many = <T>(xs: T[], f: (x: T) => () => Promise<unknown>) => (xs.length ? xs : []).map(f);
    console.log('query latency:');
    await latency(
      'claims',
      years.map(() => () => repo.listClaims({ limit: 50 })),
    );
    await latency(
      'claims --actor CODE',
      many(actors, (a) => () => repo.listClaims({ actor: a.code, limit: 50 })),
    );
    await latency(
      'claims --actor NAME',
      many(actors, (a) => () => repo.listClaims({ actor: a.name.split(' ')[0], limit: 50 })),
    );
    await latency(
      'claims --category',
      many(categories, (c) => () => repo.listClaims({ category: c, limit: 50 })),
    );
    await latency(
      'claims --contested',
      years.map(() => () => repo.listClaims({ contested: true, limit: 50 })),
    );
    await latency(
      'claims --since/--until',
      years.map((y) => () => repo.listClaims({ since: y, until: `${y}-12`, limit: 50 })),
    );
    await latency(
      'statements --speaker',
      many(actors, (a) => () => repo.listStatements({ speaker: a.code, limit: 50 })),
    );
    await latency(
      'statements --about',
      words.map((w) => () => repo.listStatements({ about: w, limit: 50 })),
    );
    await latency(
      'search',
      words.map((w) => () => repo.search(w, { limit: 20 })),
    );
    await latency(
      'show CLAIM',
      many(claimIds, (id) => () => repo.getClaim(id)),
    );
    await latency(
      'show DOC',
      many(docIds, (id) => () => repo.getDocument(id)),
    );
    await repo.close();
    console.log(`peak RSS of the bench process (store-only write, re-ingest, queries): ${rss()}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
