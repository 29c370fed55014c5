// Throughput of findDates and factualityAt on Indonesian news text (the seed article's sentences and a
// set of date-heavy sentences), per sentence. Prints figures; asserts nothing.
import { readFileSync } from 'node:fs';
import { findDates } from '../src/extract/dates.js';
import { factualityAt } from '../src/extract/factuality.js';

const DATE_SENTENCES = [
  'Presiden Joko Widodo membuka rapat terbatas di Istana Merdeka, Selasa (8/11/2022) pukul 10.30 WIB.',
  'Menteri Keuangan menyampaikan hal itu di Jakarta, Senin (6/10), seperti dilaporkan pekan lalu.',
  'Inflasi tahun lalu mencapai 1,87 persen dan tarif baru berlaku bulan depan, sejak November 2022.',
  'Gempa mengguncang Cianjur dua hari lalu; sebanyak 2/3 anggota DPR merujuk UU No. 7/2020.',
];

export default async function run(): Promise<void> {
  let seed = '';
  try {
    seed = readFileSync(new URL('../examples/000_ed4e84306170659b.txt', import.meta.url), 'utf8');
  } catch {
    console.log('examples/000_ed4e84306170659b.txt absent: using the built-in sentences only');
  }
  const sentences = [
    ...seed.split(/(?<=[.!?])(?=\S)|(?<=[.!?])\s+/).filter((s) => s.length > 20),
    ...DATE_SENTENCES,
  ];
  const chars = sentences.reduce((n, s) => n + s.length, 0);
  findDates(sentences[0], { anchor: '2022-11-08', lang: 'id' }); // warm-up: loads data, builds parsers
  const rounds = 200;
  let mentions = 0;
  let t0 = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const s of sentences) mentions += findDates(s, { anchor: '2022-11-08', lang: 'id' }).length;
  }
  let ms = performance.now() - t0;
  const n = rounds * sentences.length;
  console.log(
    `findDates: ${n} sentences (${((rounds * chars) / 1e6).toFixed(2)} M chars) in ${ms.toFixed(0)} ms → ` +
      `${((n / ms) * 1000).toFixed(0)} sentences/s, ${(ms / n).toFixed(3)} ms/sentence, ${mentions / rounds} mentions per pass`,
  );
  let calls = 0;
  t0 = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const s of sentences) {
      // Every fifth word start as a trigger: a heavier load than an extractor's.
      const starts = [...s.matchAll(/\S+/g)].map((m) => m.index ?? 0).filter((_, i) => i % 5 === 4);
      for (const i of starts) {
        factualityAt(s, 0, i, 'id');
        calls++;
      }
    }
  }
  ms = performance.now() - t0;
  console.log(
    `factualityAt: ${calls} triggers in ${ms.toFixed(0)} ms → ${((calls / ms) * 1000).toFixed(0)} triggers/s`,
  );
}
