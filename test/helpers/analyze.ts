import { readFileSync } from 'node:fs';
import { parseSeedFormat } from '../../src/ingest/index.js';
import { analyze } from '../../src/pipeline.js';
import type { Analysis, Entity } from '../../src/types.js';

export const root = new URL('../../', import.meta.url);

/** Analyses an example article (seed format) by its file name under examples/. */
export function analyzeExample(name: string): Analysis {
  const file = new URL(`examples/${name}`, root);
  const r = parseSeedFormat(readFileSync(file, 'utf8'), { file: file.pathname });
  if (!r.ok) throw new Error(r.error.message);
  return analyze(r.article);
}

/** Analyses a text written in a test. */
export function analyzeText(text: string, extra: { published?: string; lang?: string } = {}): Analysis {
  return analyze({ source: 'test', text, origin: { file: 'test' }, ...extra });
}

export function entityNamed(a: Analysis, name: string): Entity {
  const e = a.entities.find((x) => x.name === name);
  if (!e) throw new Error(`no entity "${name}" in ${a.entities.map((x) => x.name).join(', ')}`);
  return e;
}

export const forms = (e: Entity) => [...new Set(e.mentions.map((m) => m.text))].sort();
