// Checks blind gold files against their articles without running warta (an annotator may run it):
//   node eval/blind/check.mjs eval/blind/batch-1/*.json
// Every form, statement start and trigger must occur in the article; every actor, recipient, speaker
// and source must be a gold entity name (or, for parties that are no entity, words of the article).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CATEGORIES = new Set(
  'AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT'.split(
    ' ',
  ),
);
const FACT = new Set(['CT+', 'CT-', 'PR+', 'PR-', 'PS+', 'PS-', 'Uu']);
let problems = 0;
for (const f of process.argv.slice(2)) {
  const say = (m) => {
    problems++;
    console.log(`${f}: ${m}`);
  };
  let g;
  try {
    g = JSON.parse(readFileSync(f, 'utf8'));
  } catch (e) {
    say(`not JSON: ${e.message}`);
    continue;
  }
  let text;
  try {
    text = readFileSync(join(root, g.file), 'utf8');
  } catch {
    say(`article ${g.file} not found (the path is relative to the repository root)`);
    continue;
  }
  if (!/^ ?date \d{4}-\d{2}-\d{2}/.test(text)) say('the article does not start with `date YYYY-MM-DD`');
  const names = new Set((g.entities ?? []).map((e) => e.name));
  for (const e of g.entities ?? []) {
    if (!e.name || !e.kind || !Array.isArray(e.forms)) say(`entity ${JSON.stringify(e)} lacks name, kind or forms`);
    for (const form of e.forms ?? []) if (!text.includes(form)) say(`entity ${e.name}: form "${form}" not in the text`);
  }
  const party = (x, what) => {
    if (x === null) return;
    for (const alt of String(x).split('|'))
      if (!names.has(alt) && !text.toLowerCase().includes(alt.toLowerCase()))
        say(`${what} "${alt}" is neither a gold entity name nor words of the text`);
  };
  for (const s of g.statements ?? []) {
    if (!['direct', 'indirect'].includes(s.kind)) say(`statement kind ${s.kind}`);
    if (!text.includes(s.content_starts)) say(`statement start "${s.content_starts}" not in the text`);
    if (!text.includes(s.cue)) say(`statement cue "${s.cue}" not in the text`);
    if (s.speaker !== null && !names.has(s.speaker)) say(`speaker "${s.speaker}" is not a gold entity name`);
  }
  for (const v of g.events ?? []) {
    if (!CATEGORIES.has(v.category)) say(`event category ${v.category}`);
    party(v.actor, 'actor');
    party(v.recipient, 'recipient');
    if (!text.includes(v.trigger)) say(`trigger "${v.trigger}" not in the text`);
    if (!Array.isArray(v.sources) || v.sources.length === 0) say(`event ${v.trigger}: no sources`);
    for (const s of v.sources ?? []) {
      if (!FACT.has(s.factuality)) say(`event ${v.trigger}: factuality ${s.factuality}`);
      if (s.source !== 'author') party(s.source, 'source');
    }
  }
  console.log(`${f}: ${g.entities?.length ?? 0} entities, ${g.statements?.length ?? 0} statements, ${g.events?.length ?? 0} events`);
}
if (problems) {
  console.log(`${problems} problem(s)`);
  process.exit(1);
}
