import { Command } from 'commander';
import { registerClaims } from './commands/claims.js';
import { registerEval } from './commands/eval.js';
import { registerExport } from './commands/export.js';
import { registerExtract } from './commands/extract.js';
import { registerIngest } from './commands/ingest.js';
import { registerNer } from './commands/ner.js';
import { registerSearch } from './commands/search.js';
import { registerServe } from './commands/serve.js';
import { registerShow } from './commands/show.js';
import { registerStatements } from './commands/statements.js';

const program = new Command();
program
  .name('warta')
  .description('Turn news articles into a ledger of who said what, who accused whom, and who denied it.')
  .version('0.1.0');

registerExtract(program);
registerIngest(program);
registerClaims(program);
registerStatements(program);
registerSearch(program);
registerShow(program);
registerServe(program);
registerExport(program);
registerNer(program);
registerEval(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  console.error(`warta: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
