import { Command } from 'commander';
import { registerEval } from './commands/eval.js';
import { registerExtract } from './commands/extract.js';
import { registerNer } from './commands/ner.js';

const program = new Command();
program
  .name('warta')
  .description('Turn news articles into a ledger of who said what, who accused whom, and who denied it.')
  .version('0.1.0');

registerExtract(program);
registerNer(program);
registerEval(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  console.error(`warta: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
