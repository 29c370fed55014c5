// Trains the Indonesian NER tagger: `npm run train:ner [-- options]`.
// Reads ../shared/data (idner-news-2k train/dev, unlabeled sentences, spaCy lemma lookup, optionally
// NERGrit), picks the number of epochs on dev, writes models/ner-id.json.gz.
// Defaults are the shipped configuration (docs/ner.md): averaged perceptron, 5 seeds averaged, up to 12
// epochs (best on dev kept), clusters 64/256/1024, no gazetteer, no NERGrit.
// Options: --out PATH, --epochs N, --seed N, --bag N (models averaged), --clusters 64,256,1024,
//          --no-clusters, --no-lemma, --no-capstats, --no-context, --no-runs,
//          --gazetteer [--gazetteer-source actors], --nergrit none|merge|augment,
//          --learner perceptron|crf [--l2 X --eta X --prune X], --cluster-cache PREFIX (experiments),
//          --ablate [--only 0,3,…] (prints the ablation table, writes no model),
//          --train-fraction F (seeded sample of train, learning curves), --with-dev (train + dev, exactly
//          --epochs epochs: the dev score is then not a measurement).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { learnClusters } from '../src/ner/clusters.js';
import { type ConllSentence, NER_TAGS, parseConll, sentenceTags, sentenceTokens } from '../src/ner/conll.js';
import { trainCrf } from '../src/ner/crf.js';
import { repairIob2 } from '../src/ner/decode.js';
import { evaluateNer, type NerScores } from '../src/ner/evaluate.js';
import { type FeatureConfig, FeatureExtractor, type Gazetteer, type LexEntry } from '../src/ner/features.js';
import { buildActorGazetteer, buildGazetteer } from '../src/ner/gazetteer-build.js';
import { buildLexicon, capitalisationBuckets, lexToData, roughTokens } from '../src/ner/lexicon.js';
import {
  buildModel,
  MODEL_FORMAT,
  MODEL_VERSION,
  type NerModelData,
  serializeModel,
  tagTokens,
} from '../src/ner/model.js';
import {
  averageWeights,
  mulberry32,
  type TrainedWeights,
  type TrainSentence,
  trainPerceptron,
  weightsChecksum,
} from '../src/ner/perceptron.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared', 'data');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const flag = (name: string) => process.argv.includes(name);

const NERGRIT_MAP: Record<string, string> = {
  'B-PERSON': 'B-PER',
  'I-PERSON': 'I-PER',
  'B-PLACE': 'B-LOC',
  'I-PLACE': 'I-LOC',
  'B-ORGANISATION': 'B-ORG',
  'I-ORGANISATION': 'I-ORG',
};

function readCorpus(path: string, tagMap?: Record<string, string>): ConllSentence[] {
  return parseConll(readFileSync(path, 'utf8'), path, { tagColumn: true, tagMap });
}

function toTrain(sents: ConllSentence[], domain: number): TrainSentence[] {
  const labels: readonly string[] = NER_TAGS;
  return sents.map((s) => ({
    tokens: sentenceTokens(s),
    tags: Int32Array.from(repairIob2(sentenceTags(s)).map((t) => labels.indexOf(t))),
    domain,
  }));
}

interface Resources {
  train: ConllSentence[];
  dev: ConllSentence[];
  nergrit: ConllSentence[] | null;
  unlabeled: string[][];
  context: Map<string, string>;
  lemmas: Record<string, string>;
  caps: Map<string, number>;
  clusters: Map<string, string[]> | null;
  gazetteer: Map<string, string>;
}

async function loadResources(wantClusters: boolean, clusterSizes: number[]): Promise<Resources> {
  const t0 = Date.now();
  const train = readCorpus(resolve(shared, 'idner-news-2k/train.txt'));
  const dev = readCorpus(resolve(shared, 'idner-news-2k/dev.txt'));
  const ngPath = resolve(shared, 'nergrit/train_preprocess.txt');
  const nergrit = existsSync(ngPath) ? readCorpus(ngPath, NERGRIT_MAP) : null;
  const unlabeled = readFileSync(resolve(shared, 'unlabeled-id/sentences.txt'), 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map(roughTokens);
  const context = new Map<string, string>();
  for (const line of readFileSync(resolve(root, 'src/lang/id/ner-context.tsv'), 'utf8').split(/\r?\n/)) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [w, cls] = line.split('\t');
    context.set(w.toLowerCase(), cls);
  }
  const lemmas = JSON.parse(
    readFileSync(resolve(shared, 'spacy-lookups-id/id_lemma_lookup.json'), 'utf8'),
  ) as Record<string, string>;
  // Unsupervised statistics come from the unlabeled text plus the train text (never dev).
  const trainText = train.map(sentenceTokens);
  const caps = capitalisationBuckets([...unlabeled, ...trainText]);
  // NERGrit's tokens are used as unlabeled text here (its labels follow other guidelines).
  const ngText = nergrit ? nergrit.map(sentenceTokens) : [];
  let clusters: Map<string, string[]> | null = null;
  if (wantClusters) {
    // clustering is deterministic, so a cache (for experiments) is only keyed by the class counts
    const cache = arg('--cluster-cache');
    const cacheFile = cache ? `${cache}.${clusterSizes.join('-')}.json` : null;
    if (cacheFile && existsSync(cacheFile)) clusters = new Map(JSON.parse(readFileSync(cacheFile, 'utf8')));
    else {
      clusters = learnClusters([...unlabeled, ...trainText, ...ngText], { sizes: clusterSizes });
      if (cacheFile) writeFileSync(cacheFile, JSON.stringify([...clusters]));
    }
  }
  // --gazetteer-source actors: the project's actor dictionary; default: country and region names from
  // installed packages
  const gazetteer =
    arg('--gazetteer-source') === 'actors'
      ? ((await buildActorGazetteer(root)) ?? buildGazetteer(root))
      : buildGazetteer(root);
  console.error(
    `resources: train ${train.length}, dev ${dev.length}, nergrit ${nergrit?.length ?? 0}, unlabeled ${unlabeled.length} sentences, gazetteer ${gazetteer.size} (${Date.now() - t0} ms)`,
  );
  return { train, dev, nergrit, unlabeled, context, lemmas, caps, clusters, gazetteer };
}

interface RunConfig {
  name: string;
  features: FeatureConfig;
  nergrit: 'none' | 'merge' | 'augment';
  epochs: number;
  seed: number;
  /** number of models (seeds) averaged */
  bag: number;
  learner?: 'perceptron' | 'crf';
  l2?: number;
  eta?: number;
  prune?: number;
  /** keep the last epoch instead of the best one on dev (when dev is part of the training data) */
  lastEpoch?: boolean;
}

interface RunResult {
  data: NerModelData;
  dev: NerScores;
  bestEpoch: number;
  perEpoch: number[];
  ms: number;
}

function run(res: Resources, cfg: RunConfig): RunResult {
  const t0 = Date.now();
  const vocab = new Set<string>();
  for (const s of [...res.unlabeled, ...res.train.map(sentenceTokens)])
    for (const t of s) vocab.add(t.toLowerCase());
  if (res.nergrit && cfg.nergrit !== 'none')
    for (const s of res.nergrit) for (const r of s.rows) vocab.add(r[0].toLowerCase());
  const lex: Map<string, LexEntry> = buildLexicon(
    vocab,
    cfg.features.useCapStats ? res.caps : new Map(),
    cfg.features.useLemma ? res.lemmas : null,
    cfg.features.useClusters ? res.clusters : null,
  );
  const context = cfg.features.useContext ? res.context : new Map<string, string>();
  const gaz: Gazetteer | undefined = cfg.features.useGazetteer ? res.gazetteer : undefined;
  const extractor = new FeatureExtractor(cfg.features, { lex, context });
  let data = toTrain(res.train, 0);
  if (res.nergrit && cfg.nergrit !== 'none') data = [...data, ...toTrain(res.nergrit, 1)];
  const devTokens = res.dev.map(sentenceTokens);
  const devGold = res.dev.map((s) => sentenceTags(s));
  const lexData = lexToData(lex);
  const make = (
    w: { keys: Int32Array; weights: Float32Array; trans: Float32Array },
    meta: Record<string, unknown>,
  ) =>
    ({
      format: MODEL_FORMAT,
      version: MODEL_VERSION,
      featureSet: cfg.features.id,
      config: cfg.features,
      labels: [...NER_TAGS],
      meta,
      context: [...context.entries()].sort((a, b) => a[0].localeCompare(b[0])),
      lex: lexData,
      gazetteer: gaz ? [...res.gazetteer.entries()].sort((a, b) => a[0].localeCompare(b[0])) : null,
      ...w,
    }) satisfies NerModelData;
  // One perceptron per seed (different sentence orders); the shipped weights are their average at the epoch
  // that scores best on dev. Averaging several orders removes much of the perceptron's order variance.
  const seeds = Array.from({ length: cfg.bag }, (_, i) => cfg.seed + i);
  const snaps: TrainedWeights[][] = [];
  for (const seed of seeds) {
    const perSeed: TrainedWeights[] = [];
    if (cfg.learner === 'crf') {
      trainCrf(extractor, data, {
        labels: NER_TAGS,
        epochs: cfg.epochs,
        seed,
        gazetteer: gaz,
        l2: cfg.l2 ?? 1,
        eta: cfg.eta ?? 0.1,
        prune: cfg.prune ?? 1e-3,
        onEpoch: (_epoch, snapshot) => perSeed.push(snapshot()),
      });
    } else {
      trainPerceptron(extractor, data, {
        labels: NER_TAGS,
        epochs: cfg.epochs,
        seed,
        gazetteer: gaz,
        augmentDomains: cfg.nergrit === 'augment',
        onEpoch: (_epoch, snapshot) => perSeed.push(snapshot()),
      });
    }
    snaps.push(perSeed);
  }
  let best: { data: NerModelData; dev: NerScores; epoch: number } | null = null;
  const perEpoch: number[] = [];
  for (let e = 0; e < cfg.epochs; e++) {
    const md = make(
      averageWeights(
        snaps.map((s) => s[e]),
        NER_TAGS.length,
      ),
      {},
    );
    const model = buildModel(md);
    const pred = devTokens.map((t) => tagTokens(model, t));
    const dev = evaluateNer(devGold, pred);
    perEpoch.push(dev.micro.f1);
    console.error(`  [${cfg.name}] epoch ${e + 1}: dev F1 ${(100 * dev.micro.f1).toFixed(2)}`);
    if (cfg.lastEpoch ? e === cfg.epochs - 1 : !best || dev.micro.f1 > best.dev.micro.f1)
      best = { data: md, dev, epoch: e + 1 };
  }
  const b = best as unknown as { data: NerModelData; dev: NerScores; epoch: number };
  // Per-token keys first (see NerModelData.hotKeys): the keys of neighbour conjunctions seen in training.
  const hot = new Set<number>();
  for (const s of data) for (const k of extractor.contextKeys(s.tokens, gaz)) hot.add(k);
  Object.assign(b.data, splitHot(b.data, hot, NER_TAGS.length));
  b.data.meta = {
    trainedOn:
      (cfg.lastEpoch ? 'idner-news-2k/train.txt + dev.txt' : 'idner-news-2k/train.txt') +
      (cfg.nergrit !== 'none' ? ` + nergrit (${cfg.nergrit})` : ''),
    learner: cfg.learner ?? 'perceptron',
    ...(cfg.learner === 'crf' ? { l2: cfg.l2, eta: cfg.eta, prune: cfg.prune } : {}),
    epochs: b.epoch,
    seeds: seeds,
    devF1: Number((100 * b.dev.micro.f1).toFixed(2)),
    features: b.data.keys.length,
    checksum: weightsChecksum(b.data),
  };
  return { data: b.data, dev: b.dev, bestEpoch: b.epoch, perEpoch, ms: Date.now() - t0 };
}

/** Reorders keys (and their weight rows) so the hot ones come first, each group sorted. */
function splitHot(
  w: { keys: Int32Array; weights: Float32Array },
  hot: Set<number>,
  L: number,
): { keys: Int32Array; weights: Float32Array; hotKeys: number } {
  const idx = Array.from(w.keys.keys());
  const isHot = (i: number) => (hot.has(w.keys[i]) ? 0 : 1);
  idx.sort((a, b) => isHot(a) - isHot(b) || w.keys[a] - w.keys[b]);
  const keys = new Int32Array(idx.length);
  const weights = new Float32Array(idx.length * L);
  idx.forEach((r, i) => {
    keys[i] = w.keys[r];
    weights.set(w.weights.subarray(r * L, r * L + L), i * L);
  });
  return { keys, weights, hotKeys: idx.filter((i) => isHot(i) === 0).length };
}

const BASE: FeatureConfig = {
  id: 'id-ner-f4',
  useClusters: true,
  useLemma: true,
  useCapStats: true,
  useContext: true,
  useGazetteer: false,
  useRuns: true,
};

async function main(): Promise<void> {
  const epochs = Number(arg('--epochs') ?? 12);
  const seed = Number(arg('--seed') ?? 13);
  const features: FeatureConfig = {
    ...BASE,
    useClusters: !flag('--no-clusters'),
    useLemma: !flag('--no-lemma'),
    useCapStats: !flag('--no-capstats'),
    useContext: !flag('--no-context'),
    useGazetteer: flag('--gazetteer'),
    useRuns: !flag('--no-runs'),
  };
  const nergrit = (arg('--nergrit') ?? 'none') as RunConfig['nergrit'];
  const clusterSizes = (arg('--clusters') ?? '64,256,1024').split(',').map(Number);
  const res = await loadResources(features.useClusters || flag('--ablate'), clusterSizes);
  // Learning-curve experiments: train on a seeded sample of the training sentences.
  const fraction = Number(arg('--train-fraction') ?? 1);
  if (fraction < 1) {
    const rnd = mulberry32(seed);
    const keyed = res.train.map((s) => ({ r: rnd(), s }));
    keyed.sort((a, b) => a.r - b.r);
    res.train = keyed.slice(0, Math.round(fraction * keyed.length)).map((x) => x.s);
    console.error(`training on ${res.train.length} sentences (--train-fraction ${fraction})`);
  }
  // --with-dev: train on train + dev for exactly --epochs epochs (chosen beforehand on dev); the dev
  // score printed afterwards is then a training-set score, not a measurement.
  const withDev = flag('--with-dev');
  if (withDev) res.train = [...res.train, ...res.dev];
  if (flag('--ablate')) {
    const plain: FeatureConfig = {
      ...BASE,
      useClusters: false,
      useLemma: false,
      useCapStats: false,
      useContext: false,
      useRuns: false,
    };
    const noRuns: FeatureConfig = { ...BASE, useRuns: false };
    const runs: RunConfig[] = [
      { name: 'plain (shape, affixes, window)', features: plain, nergrit: 'none', epochs, seed, bag: 1 },
      {
        name: '+ context words',
        features: { ...plain, useContext: true },
        nergrit: 'none',
        epochs,
        seed,
        bag: 1,
      },
      {
        name: '+ lemma',
        features: { ...plain, useContext: true, useLemma: true },
        nergrit: 'none',
        epochs,
        seed,
        bag: 1,
      },
      {
        name: '+ casing stats',
        features: { ...plain, useContext: true, useLemma: true, useCapStats: true },
        nergrit: 'none',
        epochs,
        seed,
        bag: 1,
      },
      { name: '+ clusters', features: noRuns, nergrit: 'none', epochs, seed, bag: 1 },
      { name: '+ capitalised-run features (full)', features: BASE, nergrit: 'none', epochs, seed, bag: 1 },
      {
        name: 'full + gazetteer',
        features: { ...BASE, useGazetteer: true },
        nergrit: 'none',
        epochs,
        seed,
        bag: 1,
      },
      { name: 'full + NERGrit merged', features: BASE, nergrit: 'merge', epochs, seed, bag: 1 },
      { name: 'full + NERGrit augmented', features: BASE, nergrit: 'augment', epochs, seed, bag: 1 },
      { name: 'full, 5 seeds averaged', features: BASE, nergrit: 'none', epochs, seed, bag: 5 },
      {
        name: 'full + NERGrit augmented, 5 seeds averaged',
        features: BASE,
        nergrit: 'augment',
        epochs,
        seed,
        bag: 5,
      },
    ];
    const only = arg('--only');
    const rows: string[] = [
      '| run | dev P | dev R | dev F1 | PER | ORG | LOC | best epoch | time |',
      '|---|---|---|---|---|---|---|---|---|',
    ];
    for (const [i, r] of runs.entries()) {
      if (only && !only.split(',').includes(String(i))) continue;
      const out = run(res, r);
      const f = (x: number) => (100 * x).toFixed(2);
      const t = (k: string) => f(out.dev.perType[k]?.f1 ?? 0);
      rows.push(
        `| ${r.name} | ${f(out.dev.micro.precision)} | ${f(out.dev.micro.recall)} | ${f(out.dev.micro.f1)} | ${t('PER')} | ${t('ORG')} | ${t('LOC')} | ${out.bestEpoch} | ${(out.ms / 1000).toFixed(0)} s |`,
      );
      console.error(rows[rows.length - 1]);
    }
    console.log(rows.join('\n'));
    return;
  }
  const bag = Number(arg('--bag') ?? 5);
  const learner = (arg('--learner') ?? 'perceptron') as 'perceptron' | 'crf';
  const out = run(res, {
    name: 'final',
    features,
    nergrit,
    epochs,
    seed,
    bag,
    learner,
    l2: Number(arg('--l2') ?? 1),
    eta: Number(arg('--eta') ?? 0.1),
    prune: Number(arg('--prune') ?? 1e-3),
    lastEpoch: withDev,
  });
  const path = resolve(arg('--out') ?? resolve(root, 'models/ner-id.json.gz'));
  const buf = serializeModel(out.data);
  writeFileSync(path, buf);
  console.log(
    `wrote ${path} (${(buf.length / 1024).toFixed(0)} KiB): dev F1 ${(100 * out.dev.micro.f1).toFixed(2)} ` +
      `(P ${(100 * out.dev.micro.precision).toFixed(2)}, R ${(100 * out.dev.micro.recall).toFixed(2)}), ` +
      `best epoch ${out.bestEpoch}, ${out.data.keys.length} features, checksum ${out.data.meta.checksum}, ${(out.ms / 1000).toFixed(1)} s`,
  );
}

await main();
