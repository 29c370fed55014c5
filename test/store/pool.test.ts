// The extraction worker pool: results come back per article, workers are recycled after a number
// of articles (bounded memory), and a pool whose workers cannot even start fails loudly.
import { afterEach, describe, expect, it } from 'vitest';
import { workerPool } from '../../src/store/ingest/pool.js';
import type { Analysis, RawArticle } from '../../src/types.js';

const article = (i: number): RawArticle => ({
  id: `a${i}`,
  source: 'pool-test.jsonl',
  text: `Gubernur Jawa Timur meresmikan ${i + 2} puskesmas baru di Kabupaten Malang pada Senin. Warga menyambut baik.`,
  lang: 'id',
  origin: { file: 'pool-test.jsonl', line: i + 1 },
});

afterEach(() => {
  delete process.env.WARTA_WORKER_RECYCLE;
  delete process.env.WARTA_WORKER_HEAP_MB;
});

describe('workerPool', () => {
  it('analyses every article on worker threads, across worker recycling', async () => {
    process.env.WARTA_WORKER_RECYCLE = '3';
    const pool = workerPool(1);
    const results = await Promise.all(Array.from({ length: 7 }, (_, i) => pool.run(article(i))));
    await pool.close();
    expect(results.every((r) => r.ok)).toBe(true);
    const analyses = results.map((r) => (r.ok ? (JSON.parse(r.prepared.json) as Analysis) : null));
    expect(analyses[4]?.document.text).toContain('meresmikan 6 puskesmas');
    expect(new Set(analyses.map((a) => a?.document.id)).size).toBe(7);
    // the search terms come stemmed from the worker: `puskesmas` stays, `meresmikan` loses `-kan`
    expect(results[4].ok && results[4].prepared.terms.body).toContain('puskesmas');
  }, 120_000);

  it("starts a retired worker's successor only when an article needs it", async () => {
    process.env.WARTA_WORKER_RECYCLE = '3';
    const pool = workerPool(1);
    for (let i = 0; i < 6; i++) expect((await pool.run(article(i))).ok).toBe(true);
    // the second worker retired on the sixth article; time enough for it to terminate and be replaced
    await new Promise((r) => setTimeout(r, 500));
    expect(pool.started).toBe(2);
    expect((await pool.run(article(6))).ok).toBe(true);
    expect(pool.started).toBe(3);
    await pool.close();
  }, 120_000);

  it('gives up with an error when workers keep crashing', async () => {
    process.env.WARTA_WORKER_HEAP_MB = '1'; // no worker can load the pipeline in 1 MB
    const pool = workerPool(1);
    // the article in hand is retried once on a fresh worker, then reported as failed …
    const first = await pool.run(article(0));
    expect(first.ok === false && first.error).toMatch(/crashed on this article/);
    // … and the third crash in a row, with nothing analysed in between, is fatal
    await expect(pool.run(article(1))).rejects.toThrow(/keep crashing/);
    await expect(pool.run(article(2))).rejects.toThrow(/keep crashing/);
    await pool.close();
  }, 120_000);
});
