// `warta ingest PATH… [--db FILE]`: read, analyse (worker threads) and store articles.
// Exit code: 0 when at least one article was read and stored (or found unchanged); 1 when nothing
// could be read or stored (every input failed, or no input); 2 on a fatal error (database, worker).
import type { Command } from 'commander';
import { readInputs, where } from '../../ingest/index.js';
import { defaultDbPath, openRepository } from '../../store/index.js';
import { boundHeapGrowth } from '../../store/ingest/memory.js';
import { type AnalyzerPool, defaultWorkers, inProcessPool, workerPool } from '../../store/ingest/pool.js';
import { createProgress, estimateTotal } from '../../store/ingest/progress.js';
import { type IngestSummary, ingest } from '../../store/ingest/run.js';

interface IngestOptions {
  db?: string;
  workers?: string;
  batch?: string;
  progress?: boolean;
  json?: boolean;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description(
      'Read, analyse and store articles in the database (idempotent: re-running skips what is stored)',
    )
    .argument('<paths...>', 'files, folders or globs (text, JSONL, HTML, RSS/Atom, WARC); - for stdin')
    .option('--db <file>', 'database file (default: $WARTA_DB or ./warta.db)')
    .option('--workers <n>', 'extraction worker threads (0 = in the main thread; default: one per core)')
    .option('--batch <n>', 'documents per transaction', '100')
    .option('--no-progress', 'no progress bar or progress lines')
    .option('--json', 'print the summary as JSON')
    .action(async (paths: string[], opts: IngestOptions) => {
      process.exitCode = await runIngest(paths, opts);
    });
}

function printSummary(s: IngestSummary, db: string): void {
  const rate = (s.ingested + s.replaced + s.unchanged) / Math.max(s.seconds, 0.001);
  console.log(
    `${db}: ingested ${s.ingested}, unchanged ${s.unchanged}, replaced ${s.replaced}, failed ${s.failed}` +
      ` in ${s.seconds.toFixed(1)} s (${rate.toFixed(0)} articles/s, peak RSS ${s.peakRssMb} MB)`,
  );
  for (const f of s.failures) console.log(`  ${f.message}`);
  if (s.failed > s.failures.length) console.log(`  … and ${s.failed - s.failures.length} more`);
}

export async function runIngest(paths: string[], opts: IngestOptions): Promise<number> {
  const dbPath = defaultDbPath(opts.db);
  const workers = opts.workers === undefined ? defaultWorkers() : Number(opts.workers);
  if (!Number.isInteger(workers) || workers < 0) throw new Error(`--workers: not a number: ${opts.workers}`);
  let pool: AnalyzerPool | null = null;
  const repo = openRepository(dbPath);
  repo.bulkWrites();
  const progress = opts.progress === false ? null : createProgress();
  let stop = false;
  const onSignal = () => {
    stop = true; // finish the batch in hand, commit, then report
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    boundHeapGrowth();
    pool = workers === 0 ? inProcessPool() : workerPool(workers);
    if (progress) void estimateTotal(paths).then((n) => n !== null && progress.setTotal(n));
    const summary = await ingest(repo, readInputs(paths), {
      pool,
      batchSize: Number(opts.batch ?? 100),
      onProgress: (c) => progress?.update(c),
      shouldStop: () => stop,
    });
    progress?.stop();
    if (summary.ingested + summary.replaced > 0) repo.optimize();
    const withPlace = {
      ...summary,
      failures: summary.failures.map((f) => ({
        ...f,
        message: f.message.startsWith(where(f.origin)) ? f.message : `${where(f.origin)}: ${f.message}`,
      })),
    };
    if (opts.json) console.log(JSON.stringify({ db: dbPath, ...withPlace }, null, 2));
    else printSummary(withPlace, dbPath);
    return summary.ingested + summary.replaced + summary.unchanged > 0 ? 0 : 1;
  } catch (err) {
    progress?.stop();
    console.error(`warta ingest: fatal: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await pool?.close();
    await repo.close();
  }
}
