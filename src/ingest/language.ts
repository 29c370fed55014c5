// Language identification: franc restricted to the languages a news stream here plausibly carries,
// a function-word vote for short texts and for franc's confusions between neighbours (Javanese,
// Sundanese, Minangkabau, Tagalog), and an Indonesian/Malay tie-break by vocabulary — franc's
// trigram profiles of the two are close, and Indonesian news must come out as `id`.
import { francAll } from 'franc';
import { langFile, readDataLines } from '../lang/paths.js';
import hints from './data/language-hints.json' with { type: 'json' };

const TO_ISO1: Record<string, string> = hints.francLanguages;
const ONLY = Object.keys(TO_ISO1);
const FUNCTION_WORDS = new Map<string, Set<string>>(
  Object.entries(hints.functionWords).map(([lang, words]) => [lang, new Set(words)]),
);
const INDONESIAN = new Set(hints.indonesian);
const MALAY = new Set(hints.malay);
const AFFIXED = new RegExp(hints.indonesianAffixes, 'u');
// franc codes whose texts are often Indonesian sentences with a few regional or foreign words.
const NEIGHBOURS = new Set(['jav', 'sun', 'min', 'tgl', 'eng']);

// Below this many letters trigram statistics are noise; franc names "Presiden Joko Widodo" Finnish.
const SHORT = 60;
// Up to this many letters a franc verdict with none of its language's function words is doubted.
const MEDIUM = 200;
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

function functionVotes(ws: string[]): Map<string, number> {
  const votes = new Map<string, number>();
  for (const [lang, set] of FUNCTION_WORDS) votes.set(lang, count(ws, set));
  return votes;
}

/** Indonesian unless the text carries clearly more Malay-only vocabulary than Indonesian-only. */
function indonesianOrMalay(ws: string[]): string {
  const ms = count(ws, MALAY);
  const id = count(ws, INDONESIAN);
  return ms >= 2 && ms > id ? 'ms' : 'id';
}

let common: Set<string> | null = null;

/** Indonesian words news writes lowercase (src/lang/id/common.txt: `partai`, `mendukung`, `calon`). */
function indonesianWords(): Set<string> {
  common ??= new Set(readDataLines(langFile('id', 'common.txt')).map(([w]) => w));
  return common;
}

/** Short texts: the language with the most function words (affixed words count half for `id`). */
function shortText(ws: string[], votes: Map<string, number>): string {
  const affixed = ws.filter((w) => w.length >= 6 && AFFIXED.test(w)).length;
  const scores = [...votes].map(([lang, n]) => ({ lang, n: lang === 'id' ? n + affixed / 2 : n }));
  scores.sort((a, b) => b.n - a.n);
  if (scores[0].n < 1 || scores[0].n === scores[1]?.n) {
    // `Partai Demokrat mendukung calon presiden Prabowo Subianto.`: no function word, but half its words
    // (at least three) are Indonesian vocabulary and none is another language's function word
    const known = count(ws, indonesianWords());
    const foreign = scores.some((x) => x.lang !== 'id' && x.n > 0);
    return known >= 3 && 2 * known >= ws.length && !foreign ? indonesianOrMalay(ws) : 'und';
  }
  return scores[0].lang === 'id' ? indonesianOrMalay(ws) : scores[0].lang;
}

// A language whose function words make up this share of a text's words, and outnumber every other
// language's several times over, is the text's language: franc (half of the language step's cost was
// its trigram distances, ~13 % of analysing an article without a declared language) is not asked.
const CLEAR_SHARE = 0.15;
const CLEAR_LEAD = 4;
const CLEAR_MIN = 8;

function clearVote(ws: string[], votes: Map<string, number>): string | null {
  let best = '';
  let top = 0;
  let second = 0;
  for (const [lang, n] of votes) {
    if (n > top) {
      second = top;
      top = n;
      best = lang;
    } else if (n > second) second = n;
  }
  if (top < CLEAR_MIN || top < CLEAR_SHARE * ws.length || top < CLEAR_LEAD * second) return null;
  return best === 'id' || best === 'en' ? best : null;
}

/** ISO 639-1 code of the text's language (`id`, `en`, …) or `und`. */
export function detectLanguage(text: string): string {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const ws = words(sample);
  const votes = functionVotes(ws);
  const letters = ws.reduce((n, w) => n + w.length, 0);
  if (letters < SHORT) return shortText(ws, votes);

  const clear = clearVote(ws, votes);
  if (clear) return clear === 'id' ? indonesianOrMalay(ws) : clear;

  const [best] = francAll(sample, { only: ONLY, minLength: 10 });
  if (!best || best[0] === 'und') return shortText(ws, votes);
  const code = best[0];
  if (code === 'ind' || code === 'zlm') return indonesianOrMalay(ws);
  const iso = TO_ISO1[code] ?? 'und';
  if (NEIGHBOURS.has(code)) {
    // A sentence with clearly more Indonesian function words than the neighbour's own is Indonesian
    // with a few borrowed words (a quoted English title, a Javanese name).
    const id = votes.get('id') ?? 0;
    const own = votes.get(iso) ?? 0;
    if (id >= 2 && id > 2 * own) return indonesianOrMalay(ws);
  }
  // On a sentence of names franc guesses wildly (Spanish for `Presiden Prabowo Subianto menerima Perdana
  // Menteri Anwar Ibrahim di Bogor.`, Portuguese for `“Iran has never sent missiles to Russia,” ministry
  // spokesman Nasser Kanaani said.`): the function words, none of the guess's own, decide.
  if (letters < MEDIUM && (votes.get(iso) ?? 0) === 0) {
    const vote = shortText(ws, votes);
    if (vote !== 'und') return vote;
  }
  return iso;
}
