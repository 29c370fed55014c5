import { describe, expect, it } from 'vitest';
import { NER_TAGS } from '../../src/ner/conll.js';
import { trainCrf } from '../../src/ner/crf.js';
import { FeatureExtractor } from '../../src/ner/features.js';
import {
  buildModel,
  emissions,
  emissionsSlow,
  MODEL_FORMAT,
  MODEL_VERSION,
  tagTokens,
} from '../../src/ner/model.js';
import { type TrainedWeights, trainPerceptron, weightsChecksum } from '../../src/ner/perceptron.js';

// A tiny corpus in the data's style: people after titles, places after "di", organisations in caps.
const RAW = [
  'Presiden/O Joko/B-PER Widodo/I-PER tiba/O di/O Bandung/B-LOC ./O',
  'Gubernur/O Ganjar/B-PER Pranowo/I-PER meninjau/O banjir/O di/O Semarang/B-LOC ./O',
  'KPK/B-ORG memeriksa/O Bupati/O Sugiarto/B-PER di/O Jakarta/B-LOC ./O',
  'Pak/O Budi/B-PER datang/O dari/O Medan/B-LOC ./O',
  'Polri/B-ORG menangkap/O tersangka/O di/O Makassar/B-LOC ./O',
  'Menteri/O Retno/B-PER Marsudi/I-PER bertemu/O pejabat/O KPK/B-ORG ./O',
];
const labels: readonly string[] = NER_TAGS;
const data = RAW.map((s) => {
  const pairs = s.split(' ').map((p) => p.split('/'));
  return { tokens: pairs.map((p) => p[0]), tags: Int32Array.from(pairs.map((p) => labels.indexOf(p[1]))) };
});
const cfg = {
  id: 'test',
  useClusters: false,
  useLemma: false,
  useCapStats: false,
  useContext: true,
  useGazetteer: false,
};
const context = new Map([
  ['presiden', 'PER_TITLE'],
  ['gubernur', 'PER_TITLE'],
  ['bupati', 'PER_TITLE'],
  ['menteri', 'PER_TITLE'],
  ['pak', 'PER_TITLE'],
  ['di', 'PREP_LOC'],
  ['dari', 'PREP_LOC'],
]);
const extractor = () => new FeatureExtractor(cfg, { lex: new Map(), context });

function model(w: TrainedWeights) {
  return buildModel({
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    featureSet: 'test',
    config: cfg,
    labels: [...NER_TAGS],
    meta: {},
    context: [...context],
    lex: { words: [], clusters: [], lemmas: [], cap: [] },
    gazetteer: null,
    ...w,
  });
}

describe('training', () => {
  it('the perceptron is deterministic for a seed and fits its training data', () => {
    const a = trainPerceptron(extractor(), data, { labels, epochs: 8, seed: 5 });
    const b = trainPerceptron(extractor(), data, { labels, epochs: 8, seed: 5 });
    expect(weightsChecksum(a)).toBe(weightsChecksum(b));
    const m = model(a);
    for (const s of data) expect(tagTokens(m, s.tokens)).toEqual(Array.from(s.tags, (t) => labels[t]));
  });

  it('generalises the title and preposition cues to unseen names', () => {
    const m = model(trainPerceptron(extractor(), data, { labels, epochs: 8, seed: 5 }));
    const t = 'Gubernur Anies tiba di Surabaya .'.split(' ');
    expect(tagTokens(m, t)).toEqual(['O', 'B-PER', 'O', 'O', 'B-LOC', 'O']);
  });

  it('the CRF learns the same training data', () => {
    const w = trainCrf(extractor(), data, { labels, epochs: 15, seed: 5, l2: 0.1, eta: 0.2, prune: 0 });
    const m = model(w);
    const right = data.filter(
      (s) => tagTokens(m, s.tokens).join() === Array.from(s.tags, (t) => labels[t]).join(),
    );
    expect(right.length).toBeGreaterThanOrEqual(5);
  });

  it('a model with gazetteer and run features scores the same through the tagger caches', () => {
    const gcfg = { ...cfg, id: 'test-gaz', useGazetteer: true, useRuns: true };
    const gazetteer = new Map([
      ['jakarta', 'LOC'],
      ['joko widodo', 'PER'],
      ['kpk', 'ORG'],
    ]);
    const ex = new FeatureExtractor(gcfg, { lex: new Map(), context });
    const w = trainPerceptron(ex, data, { labels, epochs: 4, seed: 3, gazetteer });
    const m = buildModel({
      format: MODEL_FORMAT,
      version: MODEL_VERSION,
      featureSet: 'test-gaz',
      config: gcfg,
      labels: [...NER_TAGS],
      meta: {},
      context: [...context],
      lex: { words: [], clusters: [], lemmas: [], cap: [] },
      gazetteer: [...gazetteer],
      ...w,
    });
    for (const t of [
      'Presiden Joko Widodo tiba di Jakarta .',
      'KPK memeriksa Bupati Sugiarto di Jakarta Utara .',
      'Menteri Retno Marsudi bertemu pejabat KPK .',
    ]) {
      const tokens = t.split(' ');
      const fast = emissions(m, tokens);
      const slow = emissionsSlow(m, tokens);
      for (let i = 0; i < fast.length; i++) expect(fast[i]).toBeCloseTo(slow[i], 3);
    }
  });
});
