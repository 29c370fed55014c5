// The blind article batches (eval/blind/): each scored by today's system and by the system it was first
// scored on (checked out in a temporary git worktree), both with today's scorer, so the held-out figure of
// each batch stays comparable however the scorer's alignment rules evolve.
//   npm run eval:blind                 # every batch, both systems
//   npm run eval:blind -- --now        # today's system only (no git needed)
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { addScores, formatGoldScores, type GoldScores, scoreGoldFiles } from '../src/eval/gold.js';
import { packageRoot } from '../src/lang/paths.js';
import { analyze as analyzeNow } from '../src/pipeline.js';
import { type Analyze, pastSystems } from './past-systems.js';

// the batch and the commit whose system first scored it (eval/blind/README.md)
const BATCHES: { batch: string; commit: string }[] = [
  { batch: 'batch-1', commit: '4e69253' },
  { batch: 'batch-2', commit: 'dd41289' },
  { batch: 'batch-3', commit: '013a18c' },
  { batch: 'batch-4', commit: '08794b1' },
  { batch: 'batch-5', commit: '3f10ed3' },
  { batch: 'batch-6', commit: '3d0b079' },
  { batch: 'batch-7', commit: '9a53e8d' },
  { batch: 'batch-8', commit: '08ef9a3' },
  { batch: 'batch-9', commit: '34b8d54' },
  { batch: 'batch-10', commit: '155cdcb' },
  { batch: 'batch-11', commit: '42f8f90' },
  { batch: 'batch-12', commit: '1f52634' },
  { batch: 'batch-13', commit: 'fe7cfc5' },
  { batch: 'batch-14', commit: '173a796' },
  { batch: 'batch-15', commit: '96f23b5' },
];

const root = packageRoot();
const nowOnly = process.argv.includes('--now');

async function score(batch: string, analyze: Analyze): Promise<GoldScores | null> {
  const dir = join(root, 'eval', 'blind', batch);
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir)
    .filter((x) => x.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
  return scoreGoldFiles(files, analyze);
}

const line = (label: string, s: GoldScores) => {
  const e = s.events;
  const p = e.tp + e.fp ? ((100 * e.tp) / (e.tp + e.fp)).toFixed(1) : '-';
  const f = e.tp ? ((100 * e.factualityRight) / e.tp).toFixed(1) : '-';
  return `${label.padEnd(34)} P ${p.padStart(5)}% (${e.tp}/${e.tp + e.fp})  R ${((100 * e.tp) / (e.tp + e.fn)).toFixed(1)}%  factuality ${f}%`;
};

let pooled: GoldScores | null = null;
const past = pastSystems('warta-blind-');
try {
  for (const { batch, commit } of BATCHES) {
    const now = await score(batch, analyzeNow);
    if (!now) continue;
    console.log(line(`${batch} on today's system`, now));
    if (nowOnly) continue;
    const first = await score(batch, await past.analyzeAt(commit));
    if (first) {
      console.log(line(`${batch} on ${commit} (held out)`, first));
      pooled = pooled ? addScores(pooled, first) : first;
    }
  }
} finally {
  past.close();
}
if (pooled) console.log(`\n## every batch on the system that first saw it\n${formatGoldScores(pooled)}`);
