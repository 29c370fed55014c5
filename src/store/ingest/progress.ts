// Progress for `warta ingest`: a bar with articles/s and ETA on a terminal, plain periodic lines
// otherwise (logs, CI). The total for the ETA is estimated cheaply from the inputs (lines of
// JSONL files, one per other file); when it cannot be (stdin, feeds, WARC) the bar shows counts only.
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import cliProgress from 'cli-progress';
import type { IngestCounts } from './run.js';

const PER_LINE = new Set(['.jsonl', '.ndjson']);
const ONE_EACH = new Set(['.txt', '.html', '.htm', '.json', '.md']);

async function countLines(path: string): Promise<number> {
  let n = 0;
  let last = 10;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) n++;
    last = chunk[chunk.length - 1];
  }
  return last === 10 ? n : n + 1;
}

/** Estimated number of articles in the inputs, or null when some input cannot be estimated. */
export async function estimateTotal(paths: string[]): Promise<number | null> {
  let total = 0;
  for (const p of paths) {
    if (p === '-' || /^[a-z]+:\/\//i.test(p) || /[*?[]/.test(p)) return null;
    let s: Awaited<ReturnType<typeof stat>>;
    try {
      s = await stat(p);
    } catch {
      return null;
    }
    if (s.isDirectory()) {
      const sub = await estimateTotal(
        (await readdir(p)).filter((f) => !f.startsWith('.')).map((f) => join(p, f)),
      );
      if (sub === null) return null;
      total += sub;
    } else if (PER_LINE.has(extname(p).toLowerCase())) total += await countLines(p);
    else if (ONE_EACH.has(extname(p).toLowerCase())) total += 1;
    else return null;
  }
  return total;
}

export interface Progress {
  update(c: IngestCounts): void;
  setTotal(n: number): void;
  stop(): void;
}

const done = (c: IngestCounts) => c.ingested + c.unchanged + c.replaced + c.failed;

export function createProgress(stream: NodeJS.WriteStream = process.stderr, intervalMs = 5000): Progress {
  const started = performance.now();
  const rate = (c: IngestCounts) => done(c) / Math.max(0.001, (performance.now() - started) / 1000);
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format:
          ' {bar} {value}/{total} articles | {rate}/s | ETA {eta_formatted} | new {ingested} same {unchanged} replaced {replaced} failed {failed}',
        hideCursor: true,
        etaBuffer: 200,
        fps: 5,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(0, 0, { rate: '0', ingested: 0, unchanged: 0, replaced: 0, failed: 0 });
    let totalKnown = false;
    return {
      update(c) {
        if (!totalKnown) bar.setTotal(Math.max(done(c), c.read));
        bar.update(done(c), { ...c, rate: rate(c).toFixed(0) });
      },
      setTotal(n) {
        totalKnown = true;
        bar.setTotal(n);
      },
      stop: () => bar.stop(),
    };
  }
  let total: number | null = null;
  let last = 0;
  let printed = '';
  const line = (c: IngestCounts) => {
    const eta = total && rate(c) > 0 ? `, ETA ${Math.max(0, (total - done(c)) / rate(c)).toFixed(0)}s` : '';
    const of = total ? `/${total}` : '';
    const counts = `${done(c)}${of} articles (new ${c.ingested}, unchanged ${c.unchanged}, replaced ${c.replaced}, failed ${c.failed})`;
    if (counts === printed) return;
    printed = counts;
    stream.write(`ingest: ${counts}, ${rate(c).toFixed(0)}/s${eta}\n`);
  };
  let latest: IngestCounts | null = null;
  return {
    update(c) {
      latest = c;
      if (performance.now() - last >= intervalMs) {
        last = performance.now();
        line(c);
      }
    },
    setTotal(n) {
      total = n;
    },
    stop() {
      if (latest && last !== 0) line(latest);
    },
  };
}
