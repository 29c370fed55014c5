// `warta claims`: claims across documents, filtered by actor, category, contested, date range.
import type { Command } from 'commander';
import { openRepository } from '../../store/index.js';
import type { ClaimRecord } from '../../store/repository.js';
import { table } from '../table.js';

interface ClaimsOptions {
  db?: string;
  actor?: string;
  category?: string;
  contested?: boolean;
  since?: string;
  until?: string;
  limit: string;
  json?: boolean;
}

export function claimsTable(claims: ClaimRecord[]): string {
  return table(claims, [
    { header: 'CLAIM', value: (c) => c.id },
    { header: 'PROPOSITION', value: (c) => c.proposition, max: 64 },
    { header: 'SRC', value: (c) => c.sources, align: 'right' },
    { header: 'DOCS', value: (c) => c.documents, align: 'right' },
    { header: '+/-/?', value: (c) => `${c.positive}/${c.negative}/${c.neutral}` },
    { header: 'CONTESTED', value: (c) => (c.contested ? 'yes' : '') },
    { header: 'FIRST', value: (c) => c.firstSeen },
    { header: 'LAST', value: (c) => c.lastSeen },
  ]);
}

export function registerClaims(program: Command): void {
  program
    .command('claims')
    .description('List claims (one event asserted, denied or reported across articles), newest first')
    .option('--db <file>', 'database file (default: $WARTA_DB or ./warta.db)')
    .option('--actor <code|name>', 'actor or recipient: code (PRK also finds PRKMIL) or part of a name')
    .option('--category <PLOVER>', 'PLOVER category, e.g. AID, ACCUSE, REJECT')
    .option('--contested', 'only claims whose sources disagree')
    .option('--since <date>', 'last seen on or after this ISO date')
    .option('--until <date>', 'first seen on or before this ISO date')
    .option('--limit <n>', 'at most this many', '50')
    .option('--json', 'print JSON')
    .action(async (opts: ClaimsOptions) => {
      const repo = openRepository(opts.db);
      try {
        const claims = await repo.listClaims({
          actor: opts.actor,
          category: opts.category,
          contested: opts.contested ? true : undefined,
          since: opts.since,
          until: opts.until,
          limit: Number(opts.limit),
        });
        if (opts.json) console.log(JSON.stringify(claims, null, 2));
        else if (claims.length === 0) console.log('no claims match');
        else process.stdout.write(claimsTable(claims));
      } finally {
        await repo.close();
      }
    });
}
