// Sentence-level event gold on real news sentences (eval/events-id/*.jsonl). The annotations point at
// lines of ../shared/data/unlabeled-id/sentences.txt (the text is never copied into the repo): a line
// number plus the first characters as a check. An event counts as right when its category, actor and
// recipient are all right (PLOVER's 16 categories); factuality is then compared for the source that
// holds it (the speaker of a quotation, or the author).
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Analysis, Entity } from '../types.js';

const GoldEvent = z.object({
  category: z.string(), // PLOVER category; `AID|SUPPORT` where the sentence allows either
  actor: z.string(), // acceptable names, `|`-separated: a surface form, an entity name or an actor code
  recipient: z.string().nullable(), // likewise; null when the event has none
  factuality: z.string(),
  trigger: z.string(),
});
/** Where a record's sentence lives: the unlabeled corpus (by line) or a split of idner-news-2k (by sentence). */
export const CORPORA = {
  'unlabeled-id': 'unlabeled-id/sentences.txt',
  'idner-train': 'idner-news-2k/train.txt',
  'idner-dev': 'idner-news-2k/dev.txt',
} as const;
export type CorpusName = keyof typeof CORPORA;
const GoldLine = z.object({
  corpus: z.enum(Object.keys(CORPORA) as [CorpusName, ...CorpusName[]]).default('unlabeled-id'),
  line: z.number(),
  check: z.string(),
  stratum: z.string(),
  events: z.array(GoldEvent),
  note: z.string().optional(),
  /** The half a record was first drawn for (`test`: the first held-out half, since folded into tune). */
  drawn: z.string().optional(),
});
export type SentenceGold = z.infer<typeof GoldLine>;
export type GoldEvent = z.infer<typeof GoldEvent>;

export function readSentenceGold(path: string): SentenceGold[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      const parsed = GoldLine.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

/** The corpus lines (1-based numbering: index 0 is line 1), or null when the shared data is absent. */
export function readCorpus(path: string): string[] | null {
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8').split('\n');
}

/**
 * The sentences of a CoNLL file (first column, blank-line separated) as plain text: tokens joined by
 * spaces, with no space before closing punctuation. idner-news-2k keeps brackets inside their tokens
 * (`(29/10/2013)`) and has no quote tokens, so this is all the detokenising it needs.
 */
export function readConllSentences(path: string): string[] | null {
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8')
    .replace(/\r/g, '')
    .split(/\n[ \t]*\n/)
    .map((block) =>
      block
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => l.split(/\s+/)[0])
        .join(' ')
        .replace(/ ([.,;:!?])/g, '$1'),
    )
    .filter((s) => s !== '');
}

/** A named corpus under ../shared/data, as 1-based lines or sentences; null when it is absent. */
export function readNamedCorpus(shared: string, name: CorpusName): string[] | null {
  const path = `${shared}/data/${CORPORA[name]}`;
  return name === 'unlabeled-id' ? readCorpus(path) : readConllSentences(path);
}

export interface SentenceScores {
  tp: number;
  fp: number;
  fn: number;
  factualityRight: number;
  /** Category + actor right (recipient ignored), for a looser view. */
  tpLoose: number;
  sentences: number;
  errors: string[];
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
const alternatives = (s: string) => s.split('|').map(norm);

/** Does a predicted entity answer to one of the gold names (entity name, code, or a surface form)? */
function answers(e: Entity | undefined, gold: string | null): boolean {
  if (gold === null) return e === undefined;
  if (!e) return false;
  const names = new Set([
    norm(e.name),
    ...(e.code ? [norm(e.code)] : []),
    ...e.mentions.map((m) => norm(m.text)),
  ]);
  return alternatives(gold).some((g) => names.has(g));
}

const SYMMETRIC = new Set(['COOPERATE', 'CONSULT', 'AGREE']);
const categoryFits = (gold: string, cat: string) => gold.split('|').includes(cat);

/** Category, actor and recipient right; in symmetric categories the two parties may swap. */
function fits(g: GoldEvent, cat: string, act: Entity | undefined, rec: Entity | undefined): boolean {
  if (!categoryFits(g.category, cat)) return false;
  if (answers(act, g.actor) && answers(rec, g.recipient)) return true;
  return SYMMETRIC.has(cat) && g.recipient !== null && answers(rec, g.actor) && answers(act, g.recipient);
}

export function scoreSentence(a: Analysis, gold: SentenceGold, s: SentenceScores): void {
  s.sentences++;
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  const used = new Set<number>();
  const usedLoose = new Set<number>();
  const label = (id: string | undefined) => (id ? (byId.get(id)?.name ?? id) : 'null');
  for (const v of a.events) {
    const act = byId.get(v.actor[0] ?? '');
    const rec = v.recipient[0] ? byId.get(v.recipient[0]) : undefined;
    const k = gold.events.findIndex((g, i) => !used.has(i) && fits(g, v.category, act, rec));
    const kl = gold.events.findIndex(
      (g, i) =>
        !usedLoose.has(i) &&
        categoryFits(g.category, v.category) &&
        (answers(act, g.actor) || (SYMMETRIC.has(v.category) && answers(act, g.recipient ?? ''))),
    );
    if (kl >= 0) {
      usedLoose.add(kl);
      s.tpLoose++;
    }
    const desc = `${v.category} ${label(v.actor[0])} → ${label(v.recipient[0])} [${v.trigger.text}]`;
    if (k < 0) {
      s.fp++;
      s.errors.push(`${gold.line} extra: ${desc}`);
      continue;
    }
    used.add(k);
    s.tp++;
    const f = v.sources.find((x) => x.factuality !== 'Uu')?.factuality ?? 'Uu';
    if (f === gold.events[k].factuality) s.factualityRight++;
    else s.errors.push(`${gold.line} factuality: ${desc} got ${f}, gold ${gold.events[k].factuality}`);
  }
  gold.events.forEach((g, i) => {
    if (used.has(i)) return;
    s.fn++;
    s.errors.push(`${gold.line} missed: ${g.category} ${g.actor} → ${g.recipient ?? 'null'} [${g.trigger}]`);
  });
}

export const emptyScores = (): SentenceScores => ({
  tp: 0,
  fp: 0,
  fn: 0,
  factualityRight: 0,
  tpLoose: 0,
  sentences: 0,
  errors: [],
});

const pct = (n: number, d: number) => (d === 0 ? '  -  ' : `${((100 * n) / d).toFixed(1)}%`);

export function formatSentenceScores(name: string, s: SentenceScores): string {
  const p = s.tp / (s.tp + s.fp || 1);
  const r = s.tp / (s.tp + s.fn || 1);
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return [
    `## ${name}: ${s.sentences} sentences, ${s.tp + s.fn} gold events, ${s.tp + s.fp} predicted`,
    `events (cat+act+rec)  P ${pct(p, 1)}  R ${pct(r, 1)}  F1 ${pct(f, 1)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`,
    `  factuality right    ${pct(s.factualityRight, s.tp)}  (${s.factualityRight}/${s.tp})`,
    `  cat+actor only      P ${pct(s.tpLoose, s.tp + s.fp)}`,
  ].join('\n');
}
