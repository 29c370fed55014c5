// Normalization + segmentation (+ tokens) throughput on a ≥10 MB corpus generated from the bundled
// examples (paragraphs shuffled and recombined, with the seed's scraping damage kept in), and the whole
// per-article pipeline (entities, statements, events) in sentences/s on one core.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/lang/paths.js';
import { analyzeDocument } from '../src/pipeline.js';
import { buildDocument } from '../src/text/document.js';
import { normalize } from '../src/text/normalize.js';
import { sentences } from '../src/text/segment.js';
import { tokenize } from '../src/text/tokens.js';

function corpus(minBytes: number): string[] {
  const dir = join(packageRoot(), 'examples');
  const paras = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split(/\n\s*\n/)
        .slice(1),
    )
    .filter((p) => p.trim().length > 40);
  let seed = 42;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const docs: string[] = [];
  let bytes = 0;
  while (bytes < minBytes) {
    const n = 4 + Math.floor(rnd() * 8);
    const doc = Array.from({ length: n }, () => paras[Math.floor(rnd() * paras.length)]).join('\n\n');
    docs.push(doc);
    bytes += Buffer.byteLength(doc);
  }
  return docs;
}

export default async function bench(): Promise<void> {
  const docs = corpus(Number(process.env.WARTA_BENCH_TEXT_MB ?? 10) * 1024 * 1024);
  const mb = docs.reduce((s, d) => s + Buffer.byteLength(d), 0) / 1024 / 1024;
  // warm up
  for (const d of docs.slice(0, 200)) sentences(normalize(d).text);
  let n = 0;
  let t0 = performance.now();
  for (const d of docs) n += sentences(normalize(d).text).length;
  let secs = (performance.now() - t0) / 1000;
  console.log(
    `normalize+segment  ${mb.toFixed(1)} MB, ${docs.length} docs, ${n} sentences in ${secs.toFixed(2)} s`,
  );
  console.log(
    `  ${(n / secs).toFixed(0)} sentences/s, ${(mb / secs).toFixed(2)} MB/s (target ≥ 50,000 sentences/s)`,
  );

  t0 = performance.now();
  let toks = 0;
  for (const d of docs) {
    const text = normalize(d).text;
    toks += tokenize(text, sentences(text)).length;
  }
  secs = (performance.now() - t0) / 1000;
  console.log(`  with tokens: ${(n / secs).toFixed(0)} sentences/s, ${(toks / secs).toFixed(0)} tokens/s`);

  // The whole pipeline on a sample (entities with the tagger, statements, events).
  const sample = docs.slice(0, Number(process.env.WARTA_BENCH_PIPELINE_DOCS ?? 400));
  const built = sample.map((text, i) =>
    buildDocument({ source: `bench-${i}`, text, lang: 'id', origin: { file: 'bench' } }),
  );
  analyzeDocument(built[0]);
  t0 = performance.now();
  let sents = 0;
  let records = 0;
  for (const doc of built) {
    const a = analyzeDocument(doc);
    sents += doc.sentences.length;
    records += a.entities.length + a.statements.length + a.events.length;
  }
  secs = (performance.now() - t0) / 1000;
  console.log(`full pipeline      ${built.length} docs, ${sents} sentences in ${secs.toFixed(2)} s`);
  console.log(
    `  ${(sents / secs).toFixed(0)} sentences/s, ${(built.length / secs).toFixed(1)} articles/s on one core, ${records} records`,
  );
}
