// Scores the pipeline on the hand-annotated gold files: `npm run eval:gold [-- --verbose] [files…]`.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatGoldScores, scoreGoldFiles } from '../src/eval/gold.js';
import { packageRoot } from '../src/lang/paths.js';
import { analyze } from '../src/pipeline.js';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dir = join(packageRoot(), 'eval', 'gold');
const files = (
  args.filter((a) => !a.startsWith('--')).length
    ? args.filter((a) => !a.startsWith('--'))
    : readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => join(dir, f))
).sort();
const total = await scoreGoldFiles(files, analyze, (gold, s) => {
  if (!verbose) return;
  console.log(`\n## ${gold.file}\n${formatGoldScores(s)}`);
  for (const m of s.misses) console.log(`  - ${m}`);
});
if (total) console.log(`\n## all ${files.length} gold articles\n${formatGoldScores(total)}`);
