// The language data the statements layer runs on, read once per language from src/lang/<lang>/:
// cues.tsv (speech verbs), pronouns.tsv (speaker pronouns and clitics) and statement-words.tsv (the
// small word classes around them). Adding a verb or a channel word is a data change, not a code change.
import { existsSync } from 'node:fs';
import { langFile, readDataLines } from '../../lang/paths.js';
import { lowerCase as lower } from '../../text/chars.js';

export type CuePosition = 'post' | 'pre' | 'both' | 'according';
export type Polarity = 'assert' | 'deny' | 'claim' | 'accuse' | 'opinion' | 'question';

export interface Cue {
  form: string; // lowercase, may hold a space (`according to`)
  position: CuePosition;
  that: 'optional' | 'required' | 'no';
  polarity: Polarity;
  continues: boolean;
  words: string[]; // the form split in words
}

export interface Pronoun {
  form: string;
  number: 'sg' | 'pl' | 'any';
  person: number;
  refers: 'person' | 'collective' | 'any';
}

export interface StatementLexicon {
  lang: string;
  cues: Map<string, Cue>; // by lowercase form
  multiCues: Cue[]; // cues of more than one word, tried on the following tokens
  multiByFirst: Map<string, Cue[]>; // multiCues by their first word, in file order
  pronouns: Map<string, Pronoun>;
  clitic: Pronoun | null; // `nya`: `katanya`, `menurutnya`
  words: Map<string, string[][]>; // kind → forms split in words
  // kind → the forms of `words` by their first (last) word, longest first as there: matchWords and
  // matchWordsBefore run on every token of a sentence many times over, and trying every form of the
  // kind at each token was a large part of the statements layer
  byFirst: Map<string, Map<string, string[][]>>;
  byLast: Map<string, Map<string, string[][]>>;
  headRefers: Map<string, Pronoun['refers']>; // role head → what it names (`pejabat` → person)
  settings: Map<string, number>;
}

const cache = new Map<string, StatementLexicon>();

const dataLangs = new Map<string, string>();

// memoised: called per sentence, and a file-system check each time was ~1% of the pipeline
function dataLang(lang: string): string {
  let key = dataLangs.get(lang);
  if (key === undefined) {
    key = existsSync(langFile(lang, 'cues.tsv')) ? lang : 'id';
    dataLangs.set(lang, key);
  }
  return key;
}

export function statementLexicon(lang: string): StatementLexicon {
  const key = dataLang(lang);
  const hit = cache.get(key);
  if (hit) return hit;
  const cues = new Map<string, Cue>();
  const multiCues: Cue[] = [];
  for (const [form, position, that, polarity, continues] of readDataLines(langFile(key, 'cues.tsv'))) {
    const cue: Cue = {
      form: form.trim().toLowerCase(),
      position: position as CuePosition,
      that: (that ?? 'no') as Cue['that'],
      polarity: (polarity ?? 'assert') as Polarity,
      continues: continues === 'yes',
      words: form.trim().toLowerCase().split(/\s+/),
    };
    if (cue.form.includes(' ')) multiCues.push(cue);
    else cues.set(cue.form, cue);
  }
  const pronouns = new Map<string, Pronoun>();
  for (const [form, number, person, refers] of readDataLines(langFile(key, 'pronouns.tsv'))) {
    pronouns.set(form.toLowerCase(), {
      form: form.toLowerCase(),
      number: number as Pronoun['number'],
      person: Number(person),
      refers: refers as Pronoun['refers'],
    });
  }
  const clitic = pronouns.get('nya') ?? null;
  if (clitic) pronouns.delete('nya'); // a clitic, never a word of its own
  const words = new Map<string, string[][]>();
  const settings = new Map<string, number>();
  const headRefers = new Map<string, Pronoun['refers']>();
  for (const [kind, form, value] of readDataLines(langFile(key, 'statement-words.tsv'))) {
    if (kind === 'setting') {
      settings.set(form, Number(value));
      continue;
    }
    if (kind === 'head') headRefers.set(form.toLowerCase(), (value ?? 'person') as Pronoun['refers']);
    const list = words.get(kind) ?? [];
    list.push(form.toLowerCase().split(/\s+/));
    words.set(kind, list);
  }
  // Longest forms first so `seperti dikutip dari` wins over `dikutip`.
  for (const list of words.values()) list.sort((a, b) => b.length - a.length);
  const byFirst = new Map<string, Map<string, string[][]>>();
  const byLast = new Map<string, Map<string, string[][]>>();
  for (const [kind, list] of words) {
    byFirst.set(
      kind,
      groupBy(list, (f) => f[0]),
    );
    byLast.set(
      kind,
      groupBy(list, (f) => f[f.length - 1]),
    );
  }
  const multiByFirst = groupBy(multiCues, (c) => c.words[0]);
  const lex: StatementLexicon = {
    lang: key,
    cues,
    multiCues,
    multiByFirst,
    pronouns,
    clitic,
    words,
    byFirst,
    byLast,
    headRefers,
    settings,
  };
  cache.set(key, lex);
  return lex;
}

/** `list` grouped by `keyOf`, each group in list order. */
function groupBy<T>(list: T[], keyOf: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of list) {
    const k = keyOf(x);
    const group = out.get(k);
    if (group) group.push(x);
    else out.set(k, [x]);
  }
  return out;
}

/** The cue a word is, with the clitic split off (`tegasnya` → tegas + nya), or null. */
export function cueOf(lex: StatementLexicon, word: string): { cue: Cue; clitic: boolean } | null {
  const w = lower(word);
  const direct = lex.cues.get(w);
  if (direct) return { cue: direct, clitic: false };
  if (lex.clitic && w.endsWith('nya') && w.length > 4) {
    const root = lex.cues.get(w.slice(0, -3));
    if (root && (root.position === 'post' || root.position === 'according'))
      return { cue: root, clitic: true };
  }
  return null;
}

/** Number of words of the first form of `kind` that the words starting at `at` spell, or 0. */
export function matchWords(lex: StatementLexicon, kind: string, words: string[], at: number): number {
  const forms = lex.byFirst.get(kind)?.get(words[at]);
  if (!forms) return 0;
  for (const f of forms) {
    let ok = at + f.length <= words.length;
    for (let i = 0; ok && i < f.length; i++) ok = words[at + i] === f[i];
    if (ok) return f.length;
  }
  return 0;
}

/** Number of words of a form of `kind` that ends right before `end` (exclusive), or 0. */
export function matchWordsBefore(lex: StatementLexicon, kind: string, words: string[], end: number): number {
  const forms = lex.byLast.get(kind)?.get(words[end - 1]);
  if (!forms) return 0;
  for (const f of forms) {
    const at = end - f.length;
    let ok = at >= 0;
    for (let i = 0; ok && i < f.length; i++) ok = words[at + i] === f[i];
    if (ok) return f.length;
  }
  return 0;
}

export function setting(lex: StatementLexicon, name: string, fallback: number): number {
  return lex.settings.get(name) ?? fallback;
}
