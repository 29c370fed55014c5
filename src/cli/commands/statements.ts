// `warta statements`: who said what, filtered by speaker and by what they talked about.
import type { Command } from 'commander';
import { openRepository } from '../../store/index.js';
import { table } from '../table.js';

interface StatementsOptions {
  db?: string;
  speaker?: string;
  about?: string;
  limit: string;
  json?: boolean;
}

export function registerStatements(program: Command): void {
  program
    .command('statements')
    .description('List statements (direct and indirect quotes) with their speakers, newest first')
    .option('--db <file>', 'database file (default: $WARTA_DB or ./warta.db)')
    .option('--speaker <code|name>', 'speaker: actor code (USA also finds USAGOV) or part of a name')
    .option('--about <text>', 'full-text search in what was said')
    .option('--limit <n>', 'at most this many', '50')
    .option('--json', 'print JSON')
    .action(async (opts: StatementsOptions) => {
      const repo = openRepository(opts.db);
      try {
        const rows = await repo.listStatements({
          speaker: opts.speaker,
          about: opts.about,
          limit: Number(opts.limit),
        });
        if (opts.json) console.log(JSON.stringify(rows, null, 2));
        else if (rows.length === 0) console.log('no statements match');
        else
          process.stdout.write(
            table(rows, [
              { header: 'DOCUMENT', value: (s) => `${s.document}/${s.id}` },
              { header: 'DATE', value: (s) => s.date ?? s.published },
              {
                header: 'SPEAKER',
                value: (s) => (s.speaker ? `${s.speaker}${s.speakerCode ? ` (${s.speakerCode})` : ''}` : '?'),
                max: 32,
              },
              { header: 'KIND', value: (s) => s.kind },
              { header: 'CUE', value: (s) => s.cue, max: 14 },
              { header: 'CONTENT', value: (s) => s.content, max: 80 },
            ]),
          );
      } finally {
        await repo.close();
      }
    });
}
