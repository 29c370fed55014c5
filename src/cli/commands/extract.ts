import type { Command } from 'commander';
import { readInputs } from '../../ingest/index.js';
import { analyze } from '../../pipeline.js';
import type { Analysis } from '../../types.js';
import { summarize } from '../summary.js';

interface ExtractOptions {
  json?: boolean;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description(
      'Analyse articles without a database: print a readable summary, or the Analysis JSON (--json). ' +
        'A JSONL input (or several articles) prints JSONL, one Analysis per article, in input order.',
    )
    .argument(
      '<paths...>',
      'files, folders or globs (text, seed format, JSONL, HTML, RSS/Atom, WARC); - for stdin',
    )
    .option('--json', 'print the Analysis JSON contract instead of a summary')
    .action(async (paths: string[], opts: ExtractOptions) => {
      const failed = await extract(paths, opts, (line) => process.stdout.write(line));
      if (failed > 0) process.exitCode = 1;
    });
}

/** Streams analyses to `write`; reports bad articles on stderr and returns how many failed. */
export async function extract(
  paths: string[],
  opts: ExtractOptions,
  write: (s: string) => void,
): Promise<number> {
  let failed = 0;
  let count = 0;
  const many = paths.length > 1 || paths.some((p) => /\.(jsonl|ndjson)$/i.test(p));
  let pending: Analysis | null = null; // a single article prints pretty JSON; more than one prints JSONL
  const emit = (a: Analysis) => {
    if (!opts.json) write(summarize(a));
    else if (many || count > 1) write(`${JSON.stringify(a)}\n`);
    else pending = a;
  };
  for await (const r of readInputs(paths)) {
    if (!r.ok) {
      failed++;
      const o = r.error.origin;
      const where = [
        o.file,
        o.line !== undefined ? `line ${o.line}` : null,
        o.byte !== undefined ? `byte ${o.byte}` : null,
      ]
        .filter(Boolean)
        .join(':');
      process.stderr.write(`warta: ${where}: ${r.error.message}\n`);
      continue;
    }
    count++;
    let analysis: Analysis;
    try {
      analysis = analyze(r.article);
    } catch (err) {
      failed++;
      process.stderr.write(
        `warta: ${r.article.source}: analysis failed: ${err instanceof Error ? err.message : String(err)}\n`,
      );
      continue;
    }
    if (pending && count > 1) {
      write(`${JSON.stringify(pending)}\n`);
      pending = null;
    }
    emit(analysis);
  }
  if (pending) write(`${JSON.stringify(pending, null, 2)}\n`);
  return failed;
}
