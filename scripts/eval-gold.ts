// Scores the pipeline on the hand-annotated gold files: `npm run eval:gold [-- --verbose] [files…]`.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  addScores,
  formatGoldScores,
  type GoldScores,
  readGold,
  scoreAgainstGold,
} from '../src/eval/gold.js';
import { readAll } from '../src/ingest/index.js';
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
let total: GoldScores | null = null;
for (const f of files) {
  const gold = readGold(f);
  const [r] = await readAll([join(packageRoot(), gold.file)]);
  if (!r.ok) throw new Error(r.error.message);
  const s = scoreAgainstGold(analyze(r.article), gold);
  total = total ? addScores(total, s) : s;
  if (verbose) {
    console.log(`\n## ${gold.file}\n${formatGoldScores(s)}`);
    for (const m of s.misses) console.log(`  - ${m}`);
  }
}
if (total) console.log(`\n## all ${files.length} gold articles\n${formatGoldScores(total)}`);
