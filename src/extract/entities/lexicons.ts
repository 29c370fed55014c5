// The language data the entity layer reads: titles before names, organisation heads, nominal heads of
// unnamed actors and their determiners, and sector words. Loaded once per language.
import { existsSync } from 'node:fs';
import { STATE_SECTORS } from '../../lang/actors/codes.js';
import { loadActors } from '../../lang/actors.js';
import { langFile, readDataLines } from '../../lang/paths.js';
import { statementLexicon } from '../statements/lexicon.js';

export interface PhraseTable<T> {
  /** Longest phrase (lowercased words) starting at words[i] and ending by `end`, or null. */
  match(
    words: readonly string[],
    i: number,
    end?: number,
  ): { value: T; length: number; phrase: string } | null;
  has(phrase: string): boolean;
}

interface Phrase<T> {
  words: string[];
  value: T;
  phrase: string;
}

// Every table's phrases by first word, one slot per table: the entity layer asks ~8 table questions per
// token (3.5M a pass over the bench corpus, 3 % of them about a word that starts any phrase), so a
// document's words are looked up once here and each question is two array reads.
const byFirstWord = new Map<string, (Phrase<unknown>[] | undefined)[]>();
let tableCount = 0;
/** Bumped when a table is added, which makes the documents' indexes stale. */
let generation = 0;

/** A word array as the tables see it: its words lowercased and, per word, the phrases starting with it. */
interface Indexed {
  generation: number;
  low: string[];
  heads: ((Phrase<unknown>[] | undefined)[] | undefined)[];
}

// Both arrays are copies overwritten in place (packed, at their final length): grown push by push they
// left discarded backing stores. Not mapPackedSized: its shared callback call is megamorphic.
function indexWords(words: readonly string[]): Indexed {
  const low = words.slice();
  const heads = words.slice() as unknown[] as Indexed['heads'];
  for (let i = 0; i < words.length; i++) {
    const w = words[i].toLowerCase();
    low[i] = w;
    heads[i] = byFirstWord.get(w);
  }
  return { generation, low, heads };
}

// The entity layer asks about one document-wide array at a time: the last one is kept at hand, others
// (events ask about their own arrays) in a weak map.
const indexed = new WeakMap<readonly string[], Indexed>();
let lastWords: readonly string[] | null = null;
let lastIndex: Indexed | null = null;

function index(words: readonly string[]): Indexed {
  if (words === lastWords && lastIndex && lastIndex.generation === generation) return lastIndex;
  let x = indexed.get(words);
  if (!x || x.generation !== generation) {
    x = indexWords(words);
    indexed.set(words, x);
  }
  lastWords = words;
  lastIndex = x;
  return x;
}

/** The words of `words` lowercased (computed once per array; do not change the array afterwards). */
export function lowerWords(words: readonly string[]): readonly string[] {
  return index(words).low;
}

function phraseTable<T>(rows: [string, T][]): PhraseTable<T> {
  const map = new Map<string, T>();
  // Phrases by their first word, longest first: most words start no phrase and fail at one lookup.
  const byFirst = new Map<string, Phrase<T>[]>();
  for (const [phrase, value] of rows) {
    const key = phrase.toLowerCase().trim().replace(/\s+/g, ' ');
    map.set(key, value);
    const words = key.split(' ');
    const list = byFirst.get(words[0]) ?? [];
    const at = list.findIndex((x) => x.phrase === key);
    if (at >= 0) list[at] = { words, value, phrase: key };
    else list.push({ words, value, phrase: key });
    byFirst.set(words[0], list);
  }
  const table = tableCount++;
  for (const [first, list] of byFirst) {
    list.sort((a, b) => b.words.length - a.words.length);
    const slots = byFirstWord.get(first) ?? [];
    slots[table] = list as Phrase<unknown>[];
    byFirstWord.set(first, slots);
  }
  generation++;
  return {
    match(words, i, end = words.length) {
      if (i >= words.length || i < 0) return null;
      const { low, heads } = index(words);
      const list = heads[i]?.[table] as Phrase<T>[] | undefined;
      if (!list) return null;
      for (const c of list) {
        if (i + c.words.length > end) continue;
        let ok = true;
        for (let k = 1; k < c.words.length && ok; k++) ok = low[i + k] === c.words[k];
        if (ok) return { value: c.value, length: c.words.length, phrase: c.phrase };
      }
      return null;
    },
    has: (phrase) => map.has(phrase.toLowerCase()),
  };
}

export interface Nominal {
  sector: string | null;
  group: boolean; // a collective actor, an organisation (`kelompok pemberontak`), not a person
  needsOwner: boolean; // an actor only with the polity it belongs to (`pasukan Sudan`)
}

export interface EntityLexicons {
  titles: PhraseTable<string | null>; // title → sector
  fieldTitles: Set<string>; // titles named with their office's field (`menteri`, `direktur`)
  orgHeads: PhraseTable<{ sector: string | null; kind: string }>;
  /** Last words of organisation names written the English way (`Malaysia Airlines`). */
  orgTails: Set<string>;
  /** English sentence openers that are never a one-word name (`However`, `Three`): src/lang/en/common.txt. */
  openers: Set<string>;
  /** Speech cues the speaker follows (`…, kata X`, `menurut X`): the statements layer's one-word cues. */
  speakerAfter: Set<string>;
  /** Heads of unnamed actors: a person's (`pejabat`) or a group's (`kelompok pemberontak`). */
  nominals: PhraseTable<Nominal>;
  determiners: PhraseTable<string>; // word → indef | anaphor-after | anaphor-before
  sectors: PhraseTable<string>; // `pertahanan` → MIL
  connectors: Set<string>; // lowercase words allowed inside names and roles
  /** Titles and the heads of the bodies their holders lead (office-bodies.tsv): `menteri` → `kementerian`. */
  officeBodies: [string, string][];
  /** `pemerintah` alone names the article's country's government, unless one of `other` follows it. */
  bareGovernment: { heads: Set<string>; other: Set<string> };
  /** Words of state bodies' names (`kelautan`, `perikanan`), lowercased: what an office's field may hold. */
  officeFields: Set<string>;
  placePrepositions: Set<string>; // prepositions after which a name the tagger calls a person is a place
  nameParticles: Set<string>; // `bin`, `van`, `da`: lower-case words inside a person's name
  institutions: PhraseTable<string>; // English institution nouns (`military`, `embassy`) → sector, for `Israel's military`
  regionHeads: string[][]; // `wilayah`, `bagian timur` as word lists
  /** Direction words that continue a capitalised name (`Jawa Barat`): name-suffixes.txt. */
  nameSuffixes: Set<string>;
  /** English function words (en/function-words.txt): after one, a demonym is no adjective. */
  functionWords: Set<string>;
  separatist: string[][]; // `yang memisahkan diri`
  currency: Map<string, string>; // `us` → symbol (only before `$`), `rm` → amount (also before a number)
}

const cache = new Map<string, EntityLexicons>();

const sectorOrNull = (s: string | undefined) => (!s || s === '-' ? null : s.trim());

function rows(lang: string, file: string): string[][] {
  const path = langFile(lang, file);
  return existsSync(path) ? readDataLines(path) : [];
}

export function entityLexicons(lang: string): EntityLexicons {
  const key = lang === 'en' ? 'en' : 'id';
  const hit = cache.get(key);
  if (hit) return hit;
  // Indonesian articles quote English titles and names (`Center for …`), so both languages' tables are
  // merged, the article's own language first.
  const langs = key === 'en' ? ['en', 'id'] : ['id', 'en'];
  const all = (file: string) => langs.flatMap((l) => rows(l, file));
  const lex: EntityLexicons = {
    titles: phraseTable(all('titles.tsv').map(([t, s]) => [t, sectorOrNull(s)])),
    fieldTitles: new Set(
      all('titles.tsv')
        .filter((r) => r[2]?.trim() === 'field')
        .map(([t]) => t.toLowerCase().trim().replace(/\s+/g, ' ')),
    ),
    orgHeads: phraseTable(
      rows('id', 'org-heads.tsv').map(([h, s, k]) => [
        h,
        { sector: sectorOrNull(s), kind: k?.trim() || 'organization' },
      ]),
    ),
    orgTails: new Set(rows('en', 'org-tails.tsv').map(([w]) => w.toLowerCase().trim())),
    openers: new Set(rows('en', 'common.txt').map(([w]) => w.toLowerCase().trim())),
    speakerAfter: new Set(
      [...statementLexicon(key).cues.values()]
        .filter((c) => c.position === 'post' || c.position === 'according')
        .map((c) => c.form),
    ),
    nominals: phraseTable(
      rows('id', 'nominals.tsv').map(([h, kind, s, owner]) => [
        h,
        { sector: sectorOrNull(s), group: kind.trim() === 'group', needsOwner: owner?.trim() === 'owner' },
      ]),
    ),
    determiners: phraseTable(rows('id', 'determiners.tsv').map(([w, k]) => [w, k.trim()])),
    // sectors.tsv lists heads (`kementerian`) and fields (`pertahanan`); heads come from org-heads.tsv
    sectors: phraseTable(
      all('sectors.tsv')
        .filter(([w, s, use]) => w !== 'phrase' && s && (use === undefined || use === '' || use === 'field'))
        .map(([w, s]) => [w, s.trim()]),
    ),
    nameSuffixes: new Set(all('name-suffixes.txt').map(([w]) => w.toLowerCase().trim())),
    placePrepositions: new Set(rows(key, 'place-prepositions.txt').map(([w]) => w.toLowerCase().trim())),
    nameParticles: new Set(rows('id', 'name-particles.txt').map(([w]) => w.toLowerCase().trim())),
    institutions: phraseTable(
      rows('en', 'sectors.tsv')
        .filter(
          ([w, , use, kind]) => w !== 'phrase' && use?.trim() === 'head' && kind?.trim() === 'organization',
        )
        .map(([w, sec]) => [w, sec.trim()]),
    ),
    functionWords: new Set(rows('en', 'function-words.txt').map(([w]) => w.toLowerCase().trim())),
    regionHeads: all('region-heads.tsv')
      .filter(([k]) => k === 'head')
      .map(([, p]) => p.toLowerCase().split(' ')),
    separatist: all('region-heads.tsv')
      .filter(([k]) => k === 'separatist')
      .map(([, p]) => p.toLowerCase().split(' ')),
    currency: new Map(all('currency.tsv').map(([p, k]) => [p.toLowerCase(), (k ?? 'symbol').trim()])),
    officeFields: officeFields(),
    officeBodies: all('office-bodies.tsv').map(([t, h]) => [t.toLowerCase().trim(), h.toLowerCase().trim()]),
    bareGovernment: bareGovernment(rows(key, 'bare-government.tsv')),
    connectors: new Set([
      'for',
      'of',
      'and',
      'the',
      'on',
      'de',
      'bin',
      'binti',
      'van',
      'von',
      'al',
      'dan',
      '&',
    ]),
  };
  cache.set(key, lex);
  return lex;
}

/**
 * The field of `Menteri Kelautan dan Perikanan` is named like the ministry (`Kementerian Kelautan dan
 * Perikanan`): the words of state organisations' names in the actor dictionary. A capitalised common word
 * that names no state body (`Rahmat`, `Bayu`) is the start of the person's name instead.
 */
function officeFields(): Set<string> {
  const out = new Set<string>();
  for (const a of loadActors().actors) {
    if (a.kind !== 'organization' || !a.code || !STATE_SECTORS.has(a.code.slice(-3))) continue;
    for (const alias of [...a.aliases.name, ...a.aliases.id, ...a.aliases.en])
      for (const w of alias.toLowerCase().split(/[\s,]+/)) if (w) out.add(w);
  }
  return out;
}

/** bare-government.tsv: the head words, and the words after them that name another government. */
function bareGovernment(table: string[][]): EntityLexicons['bareGovernment'] {
  const of = (kind: string) => new Set(table.filter(([k]) => k === kind).map(([, w]) => w.trim()));
  return { heads: of('head'), other: of('other') };
}
