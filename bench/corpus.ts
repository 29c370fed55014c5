// Synthetic corpora for the ingest benchmark and the crash test: articles recombined from the
// sentences of examples/ with varied names, numbers and dates. Written to a temp dir, never committed.

import { once } from 'node:events';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EN = /\b(the|and|of|said|to|in)\b/gi;

function exampleTexts(dir: string): string[] {
  const texts: string[] = [];
  for (const f of readdirSync(dir).sort()) {
    const body = readFileSync(join(dir, f), 'utf8');
    if (f.endsWith('.jsonl')) {
      for (const line of body.split('\n'))
        if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
    } else if (f.endsWith('.txt')) {
      texts.push(body.replace(/^\s*date [^\n]*\n/, ''));
    }
  }
  return texts;
}

/** Sentence pools by language, from the example articles. */
export function sentencePools(dir: string): { id: string[]; en: string[] } {
  const pools = { id: [] as string[], en: [] as string[] };
  for (const t of exampleTexts(dir)) {
    const lang = (t.match(EN)?.length ?? 0) > t.length / 200 ? 'en' : 'id';
    for (const s of t.split(/(?<=[.!?"”])\s+(?=[A-Z“"])/)) {
      const clean = s.trim();
      if (clean.length > 30) pools[lang].push(clean);
    }
  }
  return pools;
}

const SYLLABLES = [
  'ra',
  'di',
  'su',
  'ma',
  'to',
  'ni',
  'wa',
  'ha',
  'ya',
  'an',
  'ko',
  'le',
  'sa',
  'pu',
  'tri',
  'bu',
  'gan',
  'dra',
];
const MONTHS_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

function name(rand: () => number): string {
  const word = () => {
    const n = 2 + Math.floor(rand() * 2);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    return w[0].toUpperCase() + w.slice(1);
  };
  return `${word()} ${word()}`;
}

/** One article: 5–12 sentences of one language, some two-word capitalised names and years varied. */
export function synthArticle(pools: { id: string[]; en: string[] }, i: number, rand: () => number) {
  const lang = rand() < 0.8 || pools.en.length === 0 ? 'id' : 'en';
  const pool = pools[lang];
  const n = 5 + Math.floor(rand() * 8);
  const sentences: string[] = [];
  for (let k = 0; k < n; k++) {
    let s = pool[Math.floor(rand() * pool.length)];
    if (rand() < 0.5) s = s.replace(/(?<=\s)[A-Z][a-z]+ [A-Z][a-z]+(?=[\s,.])/, () => name(rand));
    s = s.replace(/\b20[12]\d\b/g, () => String(2015 + Math.floor(rand() * 11)));
    sentences.push(s);
  }
  const y = 2015 + Math.floor(rand() * 11);
  const m = 1 + Math.floor(rand() * 12);
  const d = 1 + Math.floor(rand() * 28);
  const published = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const paragraphs: string[] = [];
  for (let k = 0; k < sentences.length; k += 3) paragraphs.push(sentences.slice(k, k + 3).join(' '));
  if (lang === 'id') paragraphs[0] = `JAKARTA - ${paragraphs[0]} (${d} ${MONTHS_ID[m - 1]} ${y})`;
  return {
    id: `synth-${i}`,
    title: sentences[0].slice(0, 70),
    url: `https://synth.example/${y}/${m}/${i}`,
    published,
    lang,
    text: paragraphs.join('\n\n'),
  };
}

/** Writes `count` articles as JSONL to `path`, streaming (constant memory). */
export async function writeCorpus(
  path: string,
  count: number,
  examplesDir: string,
  seed = 7,
): Promise<number> {
  const pools = sentencePools(examplesDir);
  const rand = mulberry32(seed);
  const out = createWriteStream(path);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const line = `${JSON.stringify(synthArticle(pools, i, rand))}\n`;
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}
