// Precision of predictions made before their sentences were read: each annotated half is analysed by the
// system it was first scored on (checked out in a temporary git worktree), then scored against today's
// gold, and the events are broken down by a few features (recipient, speaker, actor position).
//   npx tsx scripts/eval-clean.ts            # all four halves (needs git and ../shared)
// The rule it motivated (docs/events.md, "precision filter"): an event without a recipient is dropped
// unless voiced as not (yet) real.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  type CorpusName,
  emptyScores,
  formatSentenceScores,
  readNamedCorpus,
  readSentenceGold,
  scoreSentence,
} from '../src/eval/events-sentences.js';
import { packageRoot } from '../src/lang/paths.js';
import { pastSystems } from './past-systems.js';

// the half, the records of it that were held out, and the commit whose system first scored them
const HALVES: { half: string; drawn?: string; commit: string }[] = [
  { half: 'tune', drawn: 'test', commit: '9dd6f75' },
  { half: 'heldout', commit: 'd88ebe0' },
  { half: 'heldout2', commit: '9002598' },
  { half: 'kompas', commit: '28c85c5' },
];

const root = packageRoot();
const shared = join(root, '..', 'shared');
if (!existsSync(join(shared, 'data'))) {
  console.log(`eval-clean skipped: ${shared}/data is absent`);
  process.exit(0);
}
// each corpus is read once, not for every record
const corpora = new Map<CorpusName, string[]>();
const corpus = (name: CorpusName): string[] => {
  if (!corpora.has(name)) corpora.set(name, readNamedCorpus(shared, name) ?? []);
  return corpora.get(name) ?? [];
};
const past = pastSystems('warta-clean-');
interface Row {
  ok: boolean;
  recipient: boolean;
  speaker: boolean;
  actorAfter: boolean;
}
const rows: Row[] = [];
try {
  for (const { half, drawn, commit } of HALVES) {
    const analyze = await past.analyzeAt(commit);
    const gold = readSentenceGold(join(root, 'eval', 'events-id', `${half}.jsonl`)).filter(
      (g) => !drawn || g.drawn === drawn,
    );
    const s = emptyScores();
    for (const g of gold) {
      const text = corpus(g.corpus)[g.line - 1] ?? '';
      const a = analyze({ source: 'sentence', text, lang: 'id', origin: { file: 'sentence' } });
      const before = s.errors.length;
      scoreSentence(a, g, s);
      const errors = s.errors.slice(before);
      const name = (id: string | undefined) =>
        id ? (a.entities.find((e) => e.id === id)?.name ?? id) : 'null';
      for (const v of a.events) {
        const desc = `${v.category} ${name(v.actor[0])} → ${name(v.recipient[0])} [${v.trigger.text}]`;
        const actor = a.entities.find((e) => e.id === v.actor[0]);
        rows.push({
          ok: !errors.includes(`${g.line} extra: ${desc}`),
          recipient: v.recipient.length > 0,
          speaker: v.sources.some((x) => x.source !== 'author'),
          actorAfter: actor !== undefined && actor.mentions.every((m) => m.start >= v.trigger.end),
        });
      }
    }
    console.log(formatSentenceScores(`${half}${drawn ? ` (${drawn})` : ''} on ${commit}'s system`, s));
    console.log();
  }
} finally {
  past.close();
}
const share = (f: (r: Row) => boolean) => {
  const xs = rows.filter(f);
  const ok = xs.filter((r) => r.ok).length;
  return `${ok}/${xs.length} (${xs.length ? ((100 * ok) / xs.length).toFixed(1) : '-'}%)`;
};
console.log(`all clean predictions     ${share(() => true)}`);
console.log(`  with a recipient        ${share((r) => r.recipient)}`);
console.log(`  without a recipient     ${share((r) => !r.recipient)}`);
console.log(`  in a speaker's statement ${share((r) => r.speaker)}`);
console.log(`  actor after the trigger ${share((r) => r.actorAfter)}`);
