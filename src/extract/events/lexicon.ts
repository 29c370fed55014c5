// The event lexicon (trigger word forms → PLOVER category, mode, context) and the function words the
// argument finder reads (prepositions, light verbs, clause frames, pronouns), per language.
import { existsSync, readFileSync } from 'node:fs';
import { langFile } from '../../lang/paths.js';

export type TriggerPos = 'verb' | 'passive' | 'noun' | 'eval' | 'pro';

export interface EventEntry {
  trigger: string; // lowercase words joined by one space
  pos: TriggerPos;
  category: string;
  mode: string[];
  context: string[];
  line: string; // `id/events.tsv:12` for the record's `why`
  /** The category lowercased, as grammar kinds name it (`object-possessor`): asked for at every draft. */
  categoryKey: string;
  /** The start of every `why` the entry makes: `lexicon id/events.tsv:12: trigger → CATEGORY mode`. */
  whyLabel: string;
}

export interface EventLexicon {
  lang: string;
  /** Longest entry whose words start at words[i] (lowercase; a final `-nya` is tried without it). */
  match(
    words: readonly string[],
    i: number,
    end?: number,
  ): { entry: EventEntry; length: number; possessive: boolean } | null;
  grammar: Map<string, Set<string>>; // kind → words
  /** The words of the `recipient`, `agent`, `via` and `other` kinds: asked about at nearly every word. */
  prepositions: Set<string>;
  objectClass: Map<string, string>; // object word → mode/context class
  /** The noun reading of a form listed both as a verb and as a noun (English `attack`, `strike`). */
  nounOf: Map<string, EventEntry>;
}

const cache = new Map<string, EventLexicon>();

const list = (s: string | undefined) => (!s || s === '-' ? [] : s.split(',').map((x) => x.trim()));

/** Data rows with their 1-based line numbers (for `why`); comments and blank lines skipped. */
function readFileRows(lang: string, file: string): { cols: string[]; line: number }[] {
  const path = langFile(lang, file);
  if (!existsSync(path)) return [];
  const out: { cols: string[]; line: number }[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      const l = raw.replace(/\r$/, '');
      if (l.trim() !== '' && !l.startsWith('#')) out.push({ cols: l.split('\t'), line: i + 1 });
    });
  return out;
}

export function eventLexicon(lang: string): EventLexicon {
  const key = lang === 'en' ? 'en' : 'id';
  const hit = cache.get(key);
  if (hit) return hit;
  const entries = new Map<string, EventEntry>();
  const nounOf = new Map<string, EventEntry>();
  let longest = 1;
  for (const { cols, line } of readFileRows(key, 'events.tsv')) {
    const [trigger, pos, category, mode, context] = cols.map((c) => c.trim());
    const norm = trigger.toLowerCase().replace(/\s+/g, ' ');
    // a form listed twice, verb then noun: the verb reads by default, the noun after a determiner
    const into = entries.get(norm)?.pos === 'verb' && pos === 'noun' ? nounOf : entries;
    const modes = list(mode);
    const where = `${key}/events.tsv:${line}`;
    into.set(norm, {
      trigger: norm,
      pos: pos as TriggerPos,
      category,
      mode: modes,
      context: list(context),
      line: where,
      categoryKey: category.toLowerCase(),
      whyLabel: `lexicon ${where}: ${norm} → ${category}${modes.length ? ` ${modes.join(',')}` : ''}`,
    });
    longest = Math.max(longest, norm.split(' ').length);
  }
  // first word → bit n set when some entry of n words starts with it: a phrase is looked up only at
  // lengths that can match (building every 1- to 4-word phrase at each trigger-like word was most of
  // `match`, the dearest step of the events layer)
  const lengthsByFirst = new Map<string, number>();
  for (const k of entries.keys()) {
    const parts = k.split(' ');
    lengthsByFirst.set(parts[0], (lengthsByFirst.get(parts[0]) ?? 0) | (1 << parts.length));
  }
  const grammar = new Map<string, Set<string>>();
  for (const { cols } of readFileRows(key, 'event-grammar.tsv')) {
    const [kind, word] = cols.map((c) => c.trim());
    if (!grammar.has(kind)) grammar.set(kind, new Set());
    grammar.get(kind)!.add(word.toLowerCase());
  }
  // titles (`Menteri Keuangan …`) open a noun phrase, not a verb phrase, however their prefix looks
  const titles = new Set<string>();
  for (const { cols } of readFileRows(key, 'titles.tsv'))
    titles.add(cols[0].trim().toLowerCase().split(' ')[0]);
  grammar.set('title', titles);
  const prepositions = new Set(
    ['recipient', 'agent', 'via', 'other'].flatMap((kind) => [...(grammar.get(kind) ?? [])]),
  );
  const objectClass = new Map<string, string>();
  for (const { cols } of readFileRows(key, 'object-classes.tsv'))
    objectClass.set(cols[0].trim().toLowerCase(), cols[1].trim());

  const lex: EventLexicon = {
    lang: key,
    grammar,
    prepositions,
    objectClass,
    nounOf,
    match(words, i, end = words.length) {
      // this runs at every token, and most words start no trigger: phrases are built only at the lengths
      // of the entries that start with the word
      const first = words[i];
      if (first === undefined) return null;
      // `serangan-serangan`: a reduplicated plural noun is its base's nominalisation
      // (a regex with a back-reference, so only on hyphenated words: this runs at every token)
      const redup = key === 'id' && first.includes('-') ? /^(\p{L}+)-\1$/u.exec(first) : null;
      if (redup) {
        const e = entries.get(redup[1]);
        return e?.pos === 'noun' ? { entry: e, length: 1, possessive: false } : null;
      }
      const lengths = lengthsByFirst.get(first) ?? 0;
      const longestHere = Math.min(longest, end - i);
      for (let n = longestHere; n >= 1; n--) {
        if ((lengths & (1 << n)) === 0) continue;
        const ws = words.slice(i, i + n);
        const exact = entries.get(ws.join(' '));
        if (exact) return { entry: exact, length: n, possessive: false };
        const last = ws[n - 1];
        if (key === 'id' && last.endsWith('nya') && last.length > 5) {
          const bare = [...ws.slice(0, -1), last.slice(0, -3)].join(' ');
          const e = entries.get(bare);
          if (e) return { entry: e, length: n, possessive: true };
        }
      }
      // `tuduhannya`: one word read without its `-nya` (the only phrase that does not start with `first`)
      if (longestHere >= 1 && key === 'id' && first.endsWith('nya') && first.length > 5) {
        const e = entries.get(first.slice(0, -3));
        if (e) return { entry: e, length: 1, possessive: true };
      }
      return null;
    },
  };
  cache.set(key, lex);
  return lex;
}
