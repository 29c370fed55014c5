// The actor dictionary: countries, Indonesian provinces/regencies/cities, IGOs, media, government
// bodies, parties, think tanks and people, read once from the TSV files under src/lang/actors/ (format
// in docs/actors.md). tsc does not copy TSVs to dist/, so the files are always read from src/ under the
// package root, found by walking up from this module — the same from dist/ and under tsx.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { EntityKind } from '../types.js';
import { type ActorDictionary, buildDictionary } from './actors/dictionary.js';
import type { Actor } from './actors/model.js';
import { addUnique, readActorTsv } from './actors/read.js';
import { parseTsv, splitList } from './actors/tsv.js';
import { packageRoot } from './paths.js';

export type { ActorDictionary } from './actors/dictionary.js';
export type { Actor, ActorEntry, ActorMatch, AdminLevel, AliasKind } from './actors/model.js';

export { packageRoot };

/** Actor files in load order: generated first, then curated (which may extend generated rows). */
export function actorFiles(root: string = packageRoot()): string[] {
  const base = join(root, 'src', 'lang', 'actors');
  const files: string[] = [];
  for (const sub of ['generated', 'curated']) {
    const dir = join(base, sub);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.tsv')) files.push(join(dir, f));
  }
  return files;
}

/** Adds English demonyms (`North Korean`, `Russians`) to the country actors they name. */
function readDemonyms(text: string, file: string, actors: Actor[]): void {
  const countries = new Map(actors.filter((a) => a.kind === 'country').map((a) => [a.code, a]));
  for (const row of parseTsv(text, file).rows) {
    const actor = countries.get(row.get('country'));
    if (!actor) throw new Error(`${file}:${row.line}: unknown country "${row.get('country')}"`);
    addUnique(actor.aliases.demonym, [...splitList(row.get('adjectives')), ...splitList(row.get('people'))]);
    addUnique(actor.ambiguous, splitList(row.get('ambiguous')));
    actor.sources.push(`${file}:${row.line}`);
  }
}

/** Reads every actor file under `root` (no caching: tests and the build script use this). */
export function readActors(root: string = packageRoot()): Actor[] {
  const byId = new Map<string, Actor>();
  for (const file of actorFiles(root)) {
    readActorTsv(readFileSync(file, 'utf8'), relative(root, file), byId);
  }
  const actors = [...byId.values()];
  const demonyms = join(root, 'src', 'lang', 'en', 'demonyms.tsv');
  if (existsSync(demonyms)) readDemonyms(readFileSync(demonyms, 'utf8'), relative(root, demonyms), actors);
  return actors;
}

let cached: ActorDictionary | null = null;

/** The dictionary, built on first use and shared afterwards. */
export function loadActors(): ActorDictionary {
  cached ??= buildDictionary(readActors());
  return cached;
}

/** The sector parts an actor code may use (src/lang/actors/cameo-sectors.tsv). */
export function readSectors(root: string = packageRoot()): Set<string> {
  const file = join(root, 'src', 'lang', 'actors', 'cameo-sectors.tsv');
  return new Set(parseTsv(readFileSync(file, 'utf8'), 'cameo-sectors.tsv').rows.map((r) => r.get('sector')));
}

/** One line of src/lang/{id,en}/sectors.tsv: an institution word and the sector it gives an actor. */
export interface SectorWord {
  phrase: string;
  sector: string; // a part of cameo-sectors.tsv
  use: 'head' | 'field'; // head: the institution noun (`militer X`); field: refines a head (`kementerian pertahanan`)
  kind: EntityKind | null; // kind of the derived actor (heads only)
}

const sectorWords = new Map<string, SectorWord[]>();

/** The sector table of a language, read once. */
export function loadSectorWords(lang: 'id' | 'en', root: string = packageRoot()): SectorWord[] {
  const key = `${root}:${lang}`;
  let words = sectorWords.get(key);
  if (!words) {
    const rel = join('src', 'lang', lang, 'sectors.tsv');
    words = parseTsv(readFileSync(join(root, rel), 'utf8'), rel).rows.map((r) => ({
      phrase: r.get('phrase'),
      sector: r.get('sector'),
      use: r.get('use') === 'field' ? 'field' : 'head',
      kind: (r.get('kind') || null) as EntityKind | null,
    }));
    sectorWords.set(key, words);
  }
  return words;
}
