// `warta export --format jsonl|csv|plover [--out FILE]`: streams the database out, any size.

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { type ExportFormat, exportLines } from '../../store/export.js';
import { openRepository } from '../../store/index.js';

interface ExportOptions {
  db?: string;
  format: string;
  out?: string;
}

async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description(
      'Export: jsonl (one Analysis per document), csv (one row per event source), plover (PLOVER JSONL)',
    )
    .option('--db <file>', 'database file (default: $WARTA_DB or ./warta.db)')
    .option('--format <format>', 'jsonl, csv or plover', 'jsonl')
    .option('--out <file>', 'write here instead of stdout')
    .action(async (opts: ExportOptions) => {
      if (!['jsonl', 'csv', 'plover'].includes(opts.format)) {
        throw new Error(`--format must be jsonl, csv or plover, not ${opts.format}`);
      }
      // `warta export | head` closes the pipe early: that is the reader's choice, not an error
      process.stdout.on('error', (err: NodeJS.ErrnoException) => {
        if (err.code === 'EPIPE') process.exit(0);
        throw err;
      });
      const repo = openRepository(opts.db);
      const out: Writable = opts.out ? createWriteStream(opts.out) : process.stdout;
      try {
        for await (const chunk of exportLines(repo, opts.format as ExportFormat)) await write(out, chunk);
      } finally {
        await repo.close();
        if (opts.out) {
          out.end();
          await once(out, 'finish');
        }
      }
    });
}
