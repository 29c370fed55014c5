// NER tagger figures: model file size, load time, memory, tagging speed (one core, single thread).
// Sentences: idner-news-2k dev when ../shared/data is present, otherwise a few built-in news sentences.
import { existsSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConll, sentenceTokens } from '../src/ner/conll.js';
import { buildModel, DEFAULT_MODEL_PATH, deserializeModel, tagTokens } from '../src/ner/model.js';

const here = dirname(fileURLToPath(import.meta.url));
const devPath = resolve(here, '..', '..', 'shared', 'data', 'idner-news-2k', 'dev.txt');

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
  global.gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heap0) / 2 ** 20;
  const rssMb = (process.memoryUsage().rss - rss0) / 2 ** 20;

  // cold pass: word features computed for the first time
  const t1 = performance.now();
  for (const s of sentences) tagTokens(model, s);
  const coldMs = performance.now() - t1;

  // warm passes: word-feature cache filled, as in a long-running ingest
  const rounds = Math.max(3, Math.ceil(20_000 / sentences.length));
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
  console.log(`load time      ${loadMs.toFixed(0)} ms (gunzip + parse + tables)`);
  console.log(`memory         heap +${heapMb.toFixed(1)} MiB, rss +${rssMb.toFixed(1)} MiB after load`);
  console.log(
    `sentences      ${sentences.length} (${(tokens / sentences.length).toFixed(1)} tokens/sentence)`,
  );
  console.log(`cold pass      ${((sentences.length / coldMs) * 1000).toFixed(0)} sentences/s`);
  console.log(
    `warm           ${((n / warmMs) * 1000).toFixed(0)} sentences/s wall, ${((n / cpuMs) * 1000).toFixed(0)} sentences/s of CPU time, ${(((n * tokens) / sentences.length / warmMs) * 1000).toFixed(0)} tokens/s wall (${n} sentences)`,
  );
  // A fixed arithmetic loop: on a shared or throttled machine its figure shows how far all of the above is
  // from an idle core (about 0.5 ns per add on a current x86 core at full speed).
  const acc = new Float64Array(35);
  const e = new Float64Array(147);
  const c3 = process.cpuUsage();
  for (let r = 0; r < 200_000; r++) for (let i = 0; i < 147; i++) e[i] += acc[(r % 5) * 7 + (i % 7)];
  const cal = process.cpuUsage(c3);
  console.log(
    `calibration    ${(((cal.user + cal.system) * 1000) / (200_000 * 147)).toFixed(2)} ns CPU per add (load ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores)`,
  );
}
