// NER tagger figures: model file size, load time, memory, tagging speed (one core, single thread).
// Sentences: idner-news-2k dev when ../shared/data is present, otherwise a few built-in news sentences.
import { existsSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConll, sentenceTokens } from '../src/ner/conll.js';
import { roughTokens } from '../src/ner/lexicon.js';
import { buildModel, DEFAULT_MODEL_PATH, deserializeModel, tagTokens } from '../src/ner/model.js';

const here = dirname(fileURLToPath(import.meta.url));
const devPath = resolve(here, '..', '..', 'shared', 'data', 'idner-news-2k', 'dev.txt');
const streamPath = resolve(here, '..', '..', 'shared', 'data', 'unlabeled-id', 'sentences.txt');

const FALLBACK = [
  'Presiden Joko Widodo meresmikan jalan tol baru di Surabaya , Jawa Timur , pada Senin .',
  'Kami akan memeriksa semua saksi , kata juru bicara KPK Febri Diansyah di Jakarta .',
  'Kementerian Luar Negeri menyatakan Amerika Serikat dan Korea Utara belum sepakat .',
  'Harga beras naik tajam sejak pekan lalu , ujar seorang pedagang di Pasar Minggu .',
];

export default async function bench(): Promise<void> {
  const sentences = existsSync(devPath)
    ? parseConll(readFileSync(devPath, 'utf8'), devPath).map(sentenceTokens)
    : FALLBACK.map((s) => s.split(' '));
  const tokens = sentences.reduce((a, s) => a + s.length, 0);

  global.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const model = buildModel(deserializeModel(readFileSync(DEFAULT_MODEL_PATH), DEFAULT_MODEL_PATH));
  const loadMs = performance.now() - t0;
  // the first call builds the tagger's dense tables (conjunctions of low-cardinality attributes)
  const tb = performance.now();
  tagTokens(model, ['.']);
  const tablesMs = performance.now() - tb;
  global.gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heap0) / 2 ** 20;
  const rssMb = (process.memoryUsage().rss - rss0) / 2 ** 20;

  // cold pass: word features computed for the first time
  const t1 = performance.now();
  for (const s of sentences) tagTokens(model, s);
  const coldMs = performance.now() - t1;

  // warm passes: word-feature cache filled, as in a long-running ingest
  const rounds = Math.max(3, Math.ceil(60_000 / sentences.length));
  const t2 = performance.now();
  const c2 = process.cpuUsage();
  for (let r = 0; r < rounds; r++) for (const s of sentences) tagTokens(model, s);
  const warmMs = performance.now() - t2;
  const cpu = process.cpuUsage(c2);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const n = rounds * sentences.length;

  const size = statSync(DEFAULT_MODEL_PATH).size;
  console.log(`model          ${DEFAULT_MODEL_PATH}`);
  console.log(
    `file size      ${(size / 1024).toFixed(0)} KiB (gzip JSON), ${model.data.keys.length} features`,
  );
  console.log(
    `load time      ${loadMs.toFixed(0)} ms (gunzip + parse + weight tables) + ${tablesMs.toFixed(0)} ms (tagger tables, first call)`,
  );
  console.log(
    `memory         heap +${heapMb.toFixed(1)} MiB, rss +${rssMb.toFixed(1)} MiB after load and first call`,
  );
  console.log(
    `sentences      ${sentences.length} (${(tokens / sentences.length).toFixed(1)} tokens/sentence)`,
  );
  console.log(`cold pass      ${((sentences.length / coldMs) * 1000).toFixed(0)} sentences/s`);
  console.log(
    `warm           ${((n / warmMs) * 1000).toFixed(0)} sentences/s wall, ${((n / cpuMs) * 1000).toFixed(0)} sentences/s of CPU time, ${(((n * tokens) / sentences.length / warmMs) * 1000).toFixed(0)} tokens/s wall (${n} sentences)`,
  );
  // A stream of distinct sentences, each tagged once (new words keep arriving, as in an ingest).
  if (existsSync(streamPath)) {
    const stream = readFileSync(streamPath, 'utf8')
      .split(/\r?\n/)
      .filter((l) => l.trim())
      .map(roughTokens);
    const t3 = performance.now();
    const c4 = process.cpuUsage();
    for (const s of stream) tagTokens(model, s);
    const ms = performance.now() - t3;
    const cu = process.cpuUsage(c4);
    const st = stream.reduce((a, s) => a + s.length, 0) / stream.length;
    console.log(
      `stream         ${stream.length} distinct unlabeled sentences (${st.toFixed(1)} tokens) once: ` +
        `${((stream.length / ms) * 1000).toFixed(0)} sentences/s wall, ` +
        `${((stream.length / ((cu.user + cu.system) / 1000)) * 1000).toFixed(0)} of CPU time`,
    );
  }
  // A fixed dependent-add loop: one float add per element, latency-bound (about 1 ns per add on an idle
  // 3-4 GHz x86 core). On a shared machine its figure shows how far the numbers above are from idle.
  const arr = new Float64Array(1024).fill(1.5);
  let sum = 0;
  const c3 = process.cpuUsage();
  for (let r = 0; r < 50_000; r++) for (let i = 0; i < 1024; i++) sum += arr[i];
  const cal = process.cpuUsage(c3);
  const perAdd = ((cal.user + cal.system) * 1000) / (50_000 * 1024);
  const load = os.loadavg()[0].toFixed(1);
  console.log(
    `calibration    ${perAdd.toFixed(2)} ns CPU per dependent add (load average ${load} on ${os.cpus().length} cores; sum ${sum})`,
  );
}
