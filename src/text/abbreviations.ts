import { langFile, readDataLines } from '../lang/paths.js';

export interface Abbreviations {
  /** Abbreviation (with its period) → may it also end a sentence? */
  entries: Map<string, boolean>;
}

let cached: Abbreviations | null = null;

/** Indonesian and English abbreviations together: articles mix them (`Dr.`, `U.S.`, `dll.`). */
export function abbreviations(): Abbreviations {
  if (cached) return cached;
  const entries = new Map<string, boolean>();
  for (const lang of ['id', 'en']) {
    for (const [abbr, flag] of readDataLines(langFile(lang, 'abbreviations.txt'))) {
      entries.set(abbr.trim(), entries.get(abbr.trim()) === true || flag === 'may-end');
    }
  }
  cached = { entries };
  return cached;
}

/** An initial in a name (`M.` in `Muhammad M. Hatta`), or a dotted acronym (`U.S.`, `a.n.`). */
export function isInitialOrDotted(word: string): boolean {
  return /^\p{Lu}\.$/u.test(word) || /^(?:\p{L}\.){2,}$/u.test(word);
}
