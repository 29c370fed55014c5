// Builds src/lang/id/vocab.txt: lowercase word forms seen at least twice in the permissively licensed
// corpora of ../shared/data (a frequency statistic, not the sentences). Normalization uses it to decide
// whether a stray space split a word (`Ukrain a.` → `Ukraina.`).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { langFile, packageRoot } from '../src/lang/paths.js';

const shared = join(packageRoot(), '..', 'shared', 'data');
const counts = new Map<string, number>();
const lowerCounts = new Map<string, number>(); // times written all-lowercase
const add = (w: string) => {
  const lw = w.toLowerCase();
  if (!/^\p{L}[\p{L}-]*$/u.test(lw) || lw.length < 2) return;
  counts.set(lw, (counts.get(lw) ?? 0) + 1);
  if (w === lw) lowerCounts.set(lw, (lowerCounts.get(lw) ?? 0) + 1);
};
for (const line of readFileSync(join(shared, 'unlabeled-id', 'sentences.txt'), 'utf8').split('\n')) {
  for (const w of line.split(/[^\p{L}-]+/u)) add(w);
}
for (const f of ['train.txt']) {
  for (const line of readFileSync(join(shared, 'idner-news-2k', f), 'utf8').split(/\r?\n/)) {
    const w = line.split(' ')[0];
    if (w) add(w);
  }
}
const words = [...counts]
  .filter(([, c]) => c >= 2)
  .map(([w]) => w)
  .sort();
writeFileSync(
  langFile('id', 'vocab.txt'),
  '# Indonesian word forms seen ≥2 times in ../shared/data (unlabeled-id, idner-news-2k train). Built by scripts/build-vocab.ts.\n' +
    words.join('\n') +
    '\n',
);
console.log(`vocab: ${words.length} words`);

// Common words: written in lowercase in a good share of their uses, so a capitalised one at a sentence start is
// not a name (`Bantahan`, `Komentar`, `Namun`).
const common = [...counts]
  .filter(([w, c]) => c >= 2 && (lowerCounts.get(w) ?? 0) >= 0.2 * c)
  .map(([w]) => w)
  .sort();
writeFileSync(
  langFile('id', 'common.txt'),
  '# Indonesian words written lowercase in ≥20% of ≥2 uses in ../shared/data. Built by scripts/build-vocab.ts.\n' +
    common.join('\n') +
    '\n',
);
console.log(`common: ${common.length} words`);
