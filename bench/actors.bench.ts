// Actor dictionary: time to read and index every TSV, and lookup / matchAt throughput over tokens of
// Indonesian news text (synthetic sentences built from common names and filler words).
import { performance } from 'node:perf_hooks';
import { buildDictionary } from '../src/lang/actors/dictionary.js';
import { readActors } from '../src/lang/actors.js';

export default async function bench(): Promise<void> {
  let t = performance.now();
  const actors = readActors();
  const readMs = performance.now() - t;
  t = performance.now();
  const dict = buildDictionary(actors);
  const indexMs = performance.now() - t;
  console.log(
    `read ${actors.length} actors in ${readMs.toFixed(0)} ms, indexed ${dict.aliasCount} alias keys in ${indexMs.toFixed(0)} ms`,
  );

  const sentence =
    'Juru bicara Gedung Putih mengatakan Amerika Serikat memiliki informasi bahwa Korea Utara memasok ' +
    'Rusia melalui Timur Tengah , kata pejabat Kemenlu di Kota Medan kepada Dewan Keamanan PBB dan DPR .';
  const tokens = sentence.split(' ');
  const rounds = 20_000;
  t = performance.now();
  let hits = 0;
  for (let r = 0; r < rounds; r++)
    for (let i = 0; i < tokens.length; i++) hits += dict.matchAt(tokens, i).length;
  const matchMs = performance.now() - t;
  const perSec = (rounds * tokens.length) / (matchMs / 1000);
  console.log(
    `matchAt: ${(perSec / 1e6).toFixed(2)} M token positions/s (${hits / rounds} matches per sentence)`,
  );

  const surfaces = ['Korut', 'AS', 'as', 'Moskow', 'Kab. Bogor', 'Dewan Keamanan PBB', 'Medan', 'tidak'];
  t = performance.now();
  for (let r = 0; r < rounds * 5; r++) for (const s of surfaces) dict.lookup(s);
  const lookupMs = performance.now() - t;
  console.log(`lookup: ${((rounds * 5 * surfaces.length) / (lookupMs / 1000) / 1e6).toFixed(2)} M lookups/s`);
}
