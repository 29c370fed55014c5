// Language identification: franc restricted to the languages a news stream here plausibly carries,
// a function-word vote for short texts, and an Indonesian/Malay tie-break by vocabulary — franc's
// trigram profiles of the two are close, and Indonesian news must come out as `id`.
import { francAll } from 'franc';
import hints from './data/language-hints.json' with { type: 'json' };

const TO_ISO1: Record<string, string> = hints.francLanguages;
const ONLY = Object.keys(TO_ISO1);
const FUNCTION_WORDS = Object.entries(hints.functionWords).map(([lang, words]) => ({
  lang,
  words: new Set(words),
}));
const INDONESIAN = new Set(hints.indonesian);
const MALAY = new Set(hints.malay);
const NEIGHBOURS = new Set(['ind', 'zlm', 'jav', 'sun', 'min']);

// Below this many letters trigram statistics are noise; franc names "Presiden Joko Widodo" Finnish.
const SHORT = 60;
// franc's work grows with length; the opening of an article says enough.
const SAMPLE = 3000;

function words(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

function count(ws: string[], set: Set<string>): number {
  let n = 0;
  for (const w of ws) if (set.has(w)) n++;
  return n;
}

/** Majority of function words, or 'und' when there are none or it is a tie. */
function byFunctionWords(ws: string[]): string {
  const scores = FUNCTION_WORDS.map(({ lang, words }) => ({ lang, n: count(ws, words) })).sort(
    (a, b) => b.n - a.n,
  );
  if (scores[0].n === 0 || (scores.length > 1 && scores[0].n === scores[1].n)) return 'und';
  return scores[0].lang;
}

/** Indonesian unless the text carries clearly more Malay-only vocabulary than Indonesian-only. */
function indonesianOrMalay(ws: string[]): string {
  const ms = count(ws, MALAY);
  const id = count(ws, INDONESIAN);
  return ms >= 2 && ms > id ? 'ms' : 'id';
}

/** ISO 639-1 code of the text's language (`id`, `en`, …) or `und`. */
export function detectLanguage(text: string): string {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const ws = words(sample);
  const letters = ws.reduce((n, w) => n + w.length, 0);
  if (letters < SHORT) {
    const vote = byFunctionWords(ws);
    if (vote === 'id') return indonesianOrMalay(ws);
    return vote;
  }
  const ranked = francAll(sample, { only: ONLY, minLength: 10 });
  const [best] = ranked;
  if (!best || best[0] === 'und') return byFunctionWords(ws);
  if (NEIGHBOURS.has(best[0])) {
    // Regional languages and Malay sit next to Indonesian; decide by vocabulary when Indonesian is
    // a close second.
    const ind = ranked.find(([code]) => code === 'ind');
    if (best[0] === 'ind' || best[0] === 'zlm') return indonesianOrMalay(ws);
    if (ind && ind[1] >= 0.95 && count(ws, INDONESIAN) >= 2) return 'id';
  }
  return TO_ISO1[best[0]] ?? 'und';
}
