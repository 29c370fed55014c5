import { readFileSync } from 'node:fs';
import { parseConll, sentenceTokens, sentenceTags } from './src/ner/conll.js';
import { buildModel, deserializeModel, tagTokens, DEFAULT_MODEL_PATH } from './src/ner/model.js';
import { evaluateNer } from './src/ner/evaluate.js';
const d = parseConll(readFileSync('../shared/data/idner-news-2k/dev.txt','utf8'),'d');
const data = deserializeModel(readFileSync(DEFAULT_MODEL_PATH), 'm');
const L = 7;
const maxAbs = (r: number) => { let m = 0; for (let y = 0; y < L; y++) m = Math.max(m, Math.abs(data.weights[r*L+y])); return m; };
const all = Array.from({length: data.keys.length}, (_, r) => maxAbs(r)).sort((a,b)=>a-b);
for (const frac of [0, 0.3, 0.5, 0.65, 0.75]) {
  const th = all[Math.floor(frac * all.length)];
  const keep: number[] = []; for (let r = 0; r < data.keys.length; r++) if (maxAbs(r) >= th) keep.push(r);
  const keys = Int32Array.from(keep.map(r => data.keys[r]));
  const weights = new Float32Array(keep.length * L); keep.forEach((r, i) => weights.set(data.weights.subarray(r*L, r*L+L), i*L));
  const m = buildModel({ ...data, keys, weights });
  const f = evaluateNer(d.map(s => sentenceTags(s)), d.map(s => tagTokens(m, sentenceTokens(s)))).micro.f1;
  console.log(`prune ${frac} th ${th.toFixed(4)} keep ${keep.length} F1 ${(100*f).toFixed(2)}`);
}
