// `warta search "…"`: full-text search over article text, statements and entity names.
import type { Command } from 'commander';
import { openRepository } from '../../store/index.js';
import type { SearchFilter } from '../../store/repository.js';
import { table } from '../table.js';

interface SearchOptions {
  db?: string;
  in?: string;
  limit: string;
  json?: boolean;
}

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('Full-text search (Indonesian suffixes -nya, -lah, -kah, -kan, -an, -i are folded)')
    .argument('<query>', 'words that must all occur; a trailing * searches by prefix')
    .option('--db <file>', 'database file (default: $WARTA_DB or ./warta.db)')
    .option('--in <kinds>', 'comma-separated: document,statement,entity (default: all)')
    .option('--limit <n>', 'at most this many', '20')
    .option('--json', 'print JSON')
    .action(async (query: string, opts: SearchOptions) => {
      const repo = openRepository(opts.db);
      try {
        const kinds = opts.in?.split(',').map((k) => k.trim()) as SearchFilter['kinds'];
        const hits = await repo.search(query, { limit: Number(opts.limit), kinds });
        if (opts.json) console.log(JSON.stringify(hits, null, 2));
        else if (hits.length === 0) console.log('no matches');
        else
          process.stdout.write(
            table(hits, [
              { header: 'KIND', value: (h) => h.kind },
              { header: 'DOCUMENT', value: (h) => (h.ref ? `${h.document}/${h.ref}` : h.document) },
              { header: 'TITLE', value: (h) => h.title, max: 30 },
              { header: 'MATCH', value: (h) => h.snippet, max: 90 },
            ]),
          );
      } finally {
        await repo.close();
      }
    });
}
