// Throughput of the statements layer alone: extractStatements over the example articles, repeated.
// Documents and entities are built once beforehand, so the figure is the layer's own cost.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractEntities } from '../src/extract/entities/index.js';
import { extractStatements } from '../src/extract/statements/index.js';
import { buildDocument } from '../src/text/document.js';
import type { Document, Entity } from '../src/types.js';

const examples = fileURLToPath(new URL('../examples/', import.meta.url));

function load(): { doc: Document; entities: Entity[] }[] {
  return readdirSync(examples)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const raw = readFileSync(join(examples, f), 'utf8').replace(/^\uFEFF/, '');
      const header = /^\s*date\s+(\S+)/.exec(raw);
      const text = header ? raw.split('\n').slice(2).join('\n') : raw;
      const doc = buildDocument({ source: f, text, published: header?.[1] ?? null, origin: { file: f } });
      return { doc, entities: extractEntities(doc) };
    });
}

export default async function bench(): Promise<void> {
  const docs = load();
  const sentences = docs.reduce((n, d) => n + d.doc.sentences.length, 0);
  for (const d of docs) extractStatements(d.doc, d.entities); // warm-up: data files, JIT
  const rounds = 200;
  let found = 0;
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const d of docs) found += extractStatements(d.doc, d.entities).length;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(`${docs.length} articles × ${rounds} rounds, ${sentences} sentences per round`);
  console.log(`statements found per round: ${found / rounds}`);
  console.log(
    `time: ${ms.toFixed(0)} ms — ${((sentences * rounds) / (ms / 1000)).toFixed(0)} sentences/s, ${((docs.length * rounds) / (ms / 1000)).toFixed(0)} articles/s`,
  );
}
