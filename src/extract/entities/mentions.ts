// Finds mention candidates in a document: actor-dictionary matches, tagger spans, capitalised names as a
// fallback, and the patterns of Indonesian news (titles before names, organisation heads, unnamed
// actors, anaphors, acronyms defined in brackets, media descriptors).

import type { ActorDictionary, ActorEntry, ActorMatch } from '../../lang/actors.js';
import { startsLetterOrDigit, startsLower, startsUpperOrDigit } from '../../text/chars.js';
import type { Document, EntityKind, Token } from '../../types.js';
import { type EntityLexicons, lowerWords } from './lexicons.js';

export type CandSource =
  | 'dict'
  | 'ner'
  | 'caps'
  | 'pattern'
  | 'derived-org'
  | 'unnamed'
  | 'anaphor'
  | 'acronym'
  | 'namepart';

export interface Cand {
  tokStart: number; // global token index, inclusive
  tokEnd: number; // exclusive
  start: number;
  end: number;
  kind: EntityKind;
  source: CandSource;
  entry?: ActorEntry;
  ambiguous?: ActorEntry[]; // dictionary readings that need context to choose
  name?: string; // canonical name when not from the dictionary
  code?: string | null;
  role?: string;
  roleSector?: string | null;
  affiliation?: Cand;
  head?: string; // nominal head of unnamed actors and anaphors (`pejabat`)
  ref?: Cand; // what an acronym or anaphor points to
  why: string;
}

export interface Ctx {
  doc: Document;
  words: string[]; // token texts
  sentTokens: [number, number][]; // per sentence: [first token, end token)
  dict: ActorDictionary;
  lex: EntityLexicons;
}

/** Starts with an uppercase letter or a digit. */
export const isCap = startsUpperOrDigit;

/**
 * A role's short form in brackets (`Menteri Luar Negeri (Menlu) RI Retno`, `Kepala Badan … (BNPB)
 * Suharyanto`): one or two capitalised words between `(` and `)`. The token after `)` when the bracket
 * opens at `open`, else -1; `parenStart` is the same test read backwards from the `)`.
 */
export function parenEnd(words: string[], open: number, limit: number): number {
  if (words[open] !== '(') return -1;
  for (let k = open + 1; k < Math.min(limit, open + 4); k++) {
    if (words[k] === ')') return k > open + 1 ? k + 1 : -1;
    if (!/^\p{Lu}[\p{L}.-]*$/u.test(words[k])) return -1;
  }
  return -1;
}

export function parenStart(words: string[], close: number, floor: number): number {
  if (words[close] !== ')') return -1;
  for (let k = close - 1; k >= Math.max(floor, close - 3); k--)
    if (words[k] === '(') return parenEnd(words, k, close + 1) === close + 1 ? k : -1;
  return -1;
}
/** Starts with a letter or a digit. */
export const isWordy = startsLetterOrDigit;

export function spanOf(ctx: Ctx, tokStart: number, tokEnd: number): { start: number; end: number } {
  const toks: Token[] = ctx.doc.tokens;
  return { start: toks[tokStart].start, end: toks[tokEnd - 1].end };
}

type CandFields = Omit<Cand, 'tokStart' | 'tokEnd' | 'start' | 'end'>;

export function cand(ctx: Ctx, tokStart: number, tokEnd: number, rest: CandFields): Cand {
  const toks = ctx.doc.tokens;
  return spanned(rest, tokStart, tokEnd, toks[tokStart].start, toks[tokEnd - 1].end);
}

/**
 * A candidate with every field present, absent ones `undefined`, always in this order. Hidden-class
 * stability: candidates built with varying optional fields (spread in varying order) or given fields
 * later had dozens of V8 shapes, and the functions reading them (`link`, `tidy`, `officeHolders`, …)
 * were deoptimised ("wrong map") and recompiled again and again during warm-up. Build and copy
 * candidates only through this function (`recand` for a copy with another span).
 */
export function makeCand(c: Cand): Cand {
  return spanned(c, c.tokStart, c.tokEnd, c.start, c.end);
}

/** A copy of `c` over tokens [tokStart, tokEnd) (see `makeCand`). */
export function recand(ctx: Ctx, c: Cand, tokStart: number, tokEnd: number): Cand {
  return cand(ctx, tokStart, tokEnd, c);
}

/** The one object literal of a candidate (see `makeCand`): the span given, the other fields from `c`. */
function spanned(c: CandFields, tokStart: number, tokEnd: number, start: number, end: number): Cand {
  return {
    tokStart,
    tokEnd,
    start,
    end,
    kind: c.kind,
    source: c.source,
    entry: c.entry,
    ambiguous: c.ambiguous,
    name: c.name,
    code: c.code,
    role: c.role,
    roleSector: c.roleSector,
    affiliation: c.affiliation,
    head: c.head,
    ref: c.ref,
    why: c.why,
  };
}

/**
 * Longest actor-dictionary matches, left to right, starting on a capitalised word. No closure in the
 * loop reads a loop variable: one that did made V8 allocate a context per token.
 */
export function dictionaryMentions(ctx: Ctx): Cand[] {
  const out: Cand[] = [];
  const words = ctx.words;
  // the lexicons lowercase the document's words once, for the trie too
  const low = lowerWords(words);
  for (const [s, e] of ctx.sentTokens) {
    for (let i = s; i < e; ) {
      if (!isCap(words[i])) {
        i++;
        continue;
      }
      const matches = asWritten(ctx.dict.matchAt(words, i, e, low), words[i]);
      if (matches.length === 0) {
        const lead = pairLead(ctx, words[i]);
        if (lead)
          out.push(
            cand(ctx, i, i + 1, {
              kind: 'person',
              source: 'dict',
              entry: lead,
              why: `actor dictionary: ${lead.alias}, first of the pair "${words[i]}"`,
            }),
          );
        i++;
        continue;
      }
      const len = matches[0].length;
      // `The U.S. State Department`: an alias with the article (`The U.S.`) gives way to a longer name
      // starting after the article
      if (/^the$/iu.test(words[i]) && longerAfter(ctx, i + 1, e, len - 1)) {
        i++;
        continue;
      }
      // `Indonesia Barat`, `Jalan Merdeka Barat`: a direction word (`Barat`, also the West) right after a
      // capitalised word ends that name; it is no mention of its own
      if (
        len === 1 &&
        i > s &&
        isCap(words[i - 1]) &&
        isWordy(words[i - 1]) &&
        ctx.lex.nameSuffixes.has(words[i].toLowerCase())
      ) {
        i++;
        continue;
      }
      const m = dictionaryMention(ctx, i, e, matches);
      out.push(m);
      i = m.tokEnd;
    }
  }
  return out;
}

/** Does an alias starting at token i run longer than `len` tokens? */
function longerAfter(ctx: Ctx, i: number, e: number, len: number): boolean {
  return ctx.dict.matchAt(ctx.words, i, e).some((m) => m.length > len);
}

/** The mention of the longest matches at token i (sentence end e). */
function dictionaryMention(ctx: Ctx, i: number, e: number, matches: ActorMatch[]): Cand {
  const words = ctx.words;
  let len = matches[0].length;
  const same = longestEntries(matches, len);
  // `Presiden Prabowo Subianto`: the alias `Presiden Prabowo` and the alias `Prabowo Subianto` of the
  // same actor overlap; the mention is the whole stretch, not `Presiden Prabowo` plus a stray surname
  // (only when a capitalised word follows: matching again inside every match costs at each name)
  for (let k = i + 1; k < i + len && i + len < e && isCap(words[i + len]); k++) {
    const longer = ctx.dict
      .matchAt(words, k, e)
      .find((m) => k + m.length > i + len && same.some((x) => x.actor === m.entry.actor));
    if (longer) len = k + longer.length - i;
  }
  // `Chinese coast guard vessels`: in English, a demonym before a lowercase word that is no function
  // word is the adjective of its country, not the language or the people its ambiguity is about
  // (Indonesian `Suku Indian tiba` is no such adjective)
  const next = i + len < e ? words[i + len] : '';
  const adjective = ctx.doc.lang === 'en' && /^\p{Ll}/u.test(next) && !ctx.lex.functionWords.has(next);
  const clear = clearReadings(same, adjective);
  // One clear reading links; several readings or an ambiguous alias wait for context.
  // Readings that agree on the code (`Jakarta`: the province, or Indonesia by metonymy) are one actor
  // for the ledger: the place itself is taken.
  const oneCode = clear.length >= 1 && allSame(clear, 'code') && clear[0].code !== null;
  const entry =
    clear.length >= 1 && allSame(clear, 'id')
      ? clear[0]
      : oneCode
        ? (clear.find((c) => !c.metonym) ?? clear[0])
        : undefined;
  return cand(ctx, i, i + len, {
    kind: (entry ?? same[0]).kind,
    source: 'dict',
    entry,
    ambiguous: entry ? undefined : same,
    why: `actor dictionary: ${(entry ?? same[0]).alias}`,
  });
}

/** A native-language name is matched as written: `Ísland` is Iceland, `Huangyan Island` is not. */
function asWritten(matches: ActorMatch[], word: string): ActorMatch[] {
  // most words match nothing or keep every match: no copy then
  for (const m of matches) if (!keptAsWritten(m, word)) return matches.filter((x) => keptAsWritten(x, word));
  return matches;
}

const keptAsWritten = (m: ActorMatch, word: string) =>
  m.entry.aliasKind !== 'other' || m.length > 1 || word === m.entry.alias;

/** The entries of the matches `len` tokens long (matches come longest first). */
function longestEntries(matches: ActorMatch[], len: number): ActorEntry[] {
  const out: ActorEntry[] = [];
  for (const m of matches) if (m.length === len) out.push(m.entry);
  return out;
}

/** The readings that need no context: not ambiguous, or a demonym used as an adjective. */
function clearReadings(same: ActorEntry[], adjective: boolean): ActorEntry[] {
  const out: ActorEntry[] = [];
  for (const m of same) if (!m.ambiguous || (m.aliasKind === 'demonym' && adjective)) out.push(m);
  return out;
}

/** Do all entries agree on one field (`new Set(map(f)).size === 1` without the set)? */
function allSame(entries: ActorEntry[], field: 'code' | 'id'): boolean {
  const first = entries[0][field];
  for (let k = 1; k < entries.length; k++) if (entries[k][field] !== first) return false;
  return true;
}

/**
 * `Jokowi-JK`, `Prabowo-Hatta`: a ticket or a government written as two names joined by a hyphen is
 * led by the first, a person the dictionary knows. Pairs of places (`Perancis-Italia`) are relations,
 * not actors, and stay unlinked.
 */
function pairLead(ctx: Ctx, word: string): ActorEntry | undefined {
  // asked of every capitalised word the dictionary does not know: most have no hyphen for the regex
  if (!word.includes('-')) return undefined;
  const m = /^(\p{Lu}[\p{L}.]+)-\p{Lu}[\p{L}.]*$/u.exec(word);
  if (!m) return undefined;
  const readings = ctx.dict.matchAt([m[1]], 0).filter((r) => r.length === 1);
  const people = readings.filter((r) => r.entry.kind === 'person' && !r.entry.ambiguous);
  return people.length === 1 && readings.length === 1 ? people[0].entry : undefined;
}

const NER_KIND: Record<string, EntityKind> = { PER: 'person', ORG: 'organization', LOC: 'location' };

/** Spans from IOB2 tags over the document's tokens. */
export function taggerMentions(ctx: Ctx, tags: string[], calendar: Set<string>): Cand[] {
  const out: Cand[] = [];
  for (let i = 0; i < tags.length; i++) {
    if (!tags[i].startsWith('B-')) continue;
    const type = tags[i].slice(2);
    let j = i + 1;
    while (
      j < tags.length &&
      tags[j] === `I-${type}` &&
      ctx.doc.tokens[j].sentence === ctx.doc.tokens[i].sentence
    )
      j++;
    // `Three Ukrainian soldiers …`: the Indonesian-trained tagger takes an English opener for a name
    // (also after a dateline's dash: `BRUSSELS (Reuters) - The European Union`; not after a quote, where
    // `"The Force Awakens"` is a title)
    const w = ctx.words[i];
    const prev = ctx.words[i - 1];
    const opens =
      i === 0 || ctx.doc.tokens[i - 1].sentence !== ctx.doc.tokens[i].sentence || /^[-–—]$/u.test(prev);
    const opener = opens && /^\p{Lu}\p{Ll}+$/u.test(w) && ctx.lex.openers.has(w.toLowerCase());
    const from = opener ? i + 1 : i;
    // `on Monday`, `pada Senin`: a weekday or a month is never a name
    let calendarOnly = true;
    for (let t = from; t < j && calendarOnly; t++) calendarOnly = calendar.has(ctx.words[t].toLowerCase());
    if (from < j && !calendarOnly)
      out.push(
        cand(ctx, from, j, { kind: NER_KIND[type] ?? 'organization', source: 'ner', why: `tagger ${type}` }),
      );
    i = j - 1;
  }
  return out;
}

/**
 * Without a tagger: runs of capitalised words (with connectors like `for`, `and`) that are not a
 * sentence-initial common word. Used only as a fallback; they get a kind from titles and heads.
 */
export function capitalisedRuns(ctx: Ctx, common: Set<string>, calendar: Set<string>): Cand[] {
  const out: Cand[] = [];
  for (const [s, e] of ctx.sentTokens) {
    for (let i = s; i < e; i++) {
      if (!isCap(ctx.words[i]) || !/\p{L}/u.test(ctx.words[i])) continue;
      let j = i + 1;
      while (
        j < e &&
        ((isCap(ctx.words[j]) && isWordy(ctx.words[j])) ||
          (ctx.lex.connectors.has(ctx.words[j]) && j + 1 < e && isCap(ctx.words[j + 1])))
      )
        j++;
      let a = i;
      while (a < j && common.has(ctx.words[a].toLowerCase())) a++;
      const run = ctx.words.slice(a, j);
      // dates (`Selasa 8 November 2022`) and numbers are not names
      if (a < j && !run.some((w) => /\d/u.test(w) || calendar.has(w.toLowerCase()))) {
        const org = ctx.lex.orgHeads.match(ctx.words, a, j);
        const kind: EntityKind = org ? (org.value.kind === 'media' ? 'media' : 'organization') : 'person';
        out.push(
          cand(ctx, a, j, {
            kind,
            source: 'caps',
            why: org ? `capitalised name with head "${org.phrase}"` : 'capitalised name',
          }),
        );
      }
      i = j - 1;
    }
  }
  return out;
}

/**
 * Capitalised names headed by an organisation word (`Lembaga Kajian Maritim Nusantara`, `Center for
 * Strategic and International Studies`, `Partai Gerakan Rakyat`): organisations by pattern, whatever the
 * tagger says. A head alone (`Badan`) is not a name.
 */
export function organisationRuns(ctx: Ctx, fromDict: Cand[]): Cand[] {
  const out: Cand[] = [];
  const dictEnd = new Uint8Array(ctx.words.length + 1);
  for (const d of fromDict) dictEnd[d.tokEnd] = 1;
  for (const [s, e] of ctx.sentTokens) {
    for (let i = s; i < e; i++) {
      if (!isCap(ctx.words[i])) continue;
      const head = ctx.lex.orgHeads.match(ctx.words, i, e);
      if (!head) continue;
      // `Ketua Komisi IX DPR Felly Estelita …`: after a title, the body's name ends with a name the
      // dictionary knows (`DPR`); the capitalised words after it are the person the role introduces
      const titled = i > s && ctx.lex.titles.match(ctx.words, i - 1, i) !== null;
      let j = i + head.length;
      // a title ends the name (`Universitas Indonesia Prof. Bagus …`); `dan` before another name (a
      // dictionary name or another head: `PT Garuda Indonesia dan Boeing`, `Bank Mandiri dan BNI`) or
      // after a company's name coordinates two parties, not words of one name (`Kementerian Kelautan
      // dan Perikanan`)
      while (
        j < e &&
        !(titled && dictEnd[j] && j > i + head.length) &&
        !ctx.lex.titles.match(ctx.words, j, e) &&
        ((isCap(ctx.words[j]) && isWordy(ctx.words[j])) ||
          (ctx.lex.connectors.has(ctx.words[j]) &&
            j + 1 < e &&
            isCap(ctx.words[j + 1]) &&
            !coordinatesParties(ctx, head.value.sector, j)))
      )
        j++;
      if (j - i > head.length) {
        const kind: EntityKind = head.value.kind === 'media' ? 'media' : 'organization';
        out.push(
          cand(ctx, i, j, { kind, source: 'pattern', why: `organisation name with head "${head.phrase}"` }),
        );
      }
      i = j - 1;
    }
  }
  return out;
}

/**
 * `Coordination of Government Activities in the Territories (COGAT)`: capitalised words (with connectors)
 * whose initials spell the bracketed acronym after them name an organisation, whatever the tagger saw.
 * Every capitalised word gives its initial; a connector may (`of` in COGAT) or may not.
 */
export function acronymNames(ctx: Ctx, fromDict: Cand[], common: Set<string>): Cand[] {
  const out: Cand[] = [];
  const dictAt = new Uint8Array(ctx.words.length);
  for (const d of fromDict) dictAt.fill(1, d.tokStart, d.tokEnd);
  for (const [s, e] of ctx.sentTokens) {
    for (let p = s + 2; p + 2 < e; p++) {
      const acr = ctx.words[p + 1];
      // (`MER-C`: a hyphen inside the acronym spells nothing)
      if (ctx.words[p] !== '(' || ctx.words[p + 2] !== ')' || !/^\p{Lu}[\p{Lu}-]{2,9}$/u.test(acr)) continue;
      let start = -1;
      for (let i = p - 1; i >= Math.max(s, p - 12); i--) {
        const w = ctx.words[i];
        if (dictAt[i] || !(isCap(w) || linking(ctx, w))) break;
        if (isCap(w) && spells(ctx, ctx.words.slice(i, p), acr.replaceAll('-', ''))) start = i;
      }
      if (start >= 0 && organisationLike(ctx, start, p, common))
        out.push(
          cand(ctx, start, p, { kind: 'organization', source: 'pattern', why: `initials of (${acr})` }),
        );
    }
  }
  return out;
}

/**
 * Spelled-out acronyms also name programmes and things (`Makan Bergizi Gratis (MBG)`, `Bahan Bakar Minyak
 * (BBM)`, `Gross Domestic Product (GDP)`): an organisation has an organisation word in its name
 * (org-heads, org-tails), or, in Indonesian text, is a name in another language (mostly no Indonesian
 * common words: `Coordination of Government Activities in the Territories`).
 */
function organisationLike(ctx: Ctx, a: number, b: number, common: Set<string>): boolean {
  let caps = 0;
  let plain = 0;
  for (let t = a; t < b; t++) {
    const w = ctx.words[t];
    if (ctx.lex.orgHeads.match(ctx.words, t, b) || ctx.lex.orgTails.has(w.toLowerCase())) return true;
    if (!isCap(w)) continue;
    caps++;
    if (common.has(w.toLowerCase())) plain++;
  }
  return ctx.doc.lang !== 'en' && plain * 2 < caps;
}

/** A lowercase word inside a spelled-out name: a connector, or a preposition (`in`, `untuk`). */
const NAME_PREPOSITIONS = new Set(['in', 'at', 'to', 'di', 'untuk', 'bagi']);
const linking = (ctx: Ctx, w: string) => ctx.lex.connectors.has(w) || NAME_PREPOSITIONS.has(w);

/** Do the words' initials spell the acronym, every capitalised word giving one, a connector one or none? */
function spells(ctx: Ctx, words: string[], acr: string): boolean {
  const go = (w: number, a: number): boolean => {
    if (w === words.length) return a === acr.length;
    const first = words[w][0].toUpperCase();
    const connector = linking(ctx, words[w]) && !isCap(words[w]);
    if (connector && go(w + 1, a)) return true;
    return a < acr.length && acr[a] === first && go(w + 1, a + 1);
  };
  return go(0, 0);
}

const COORDINATORS = new Set(['dan', 'and', '&', 'serta']);

/**
 * Does the coordinator at j join two parties rather than two words of one name? Another head always
 * starts another name; a dictionary name after Indonesian `dan` (not in English names: `Security and
 * Trade Analysis`), or any name after a company's, does too.
 */
export function coordinatesParties(ctx: Ctx, headSector: string | null, j: number): boolean {
  const w = ctx.words[j].toLowerCase();
  if (!COORDINATORS.has(w)) return false;
  if (ctx.lex.orgHeads.match(ctx.words, j + 1) !== null) return true;
  if (w === 'and') return false;
  return headSector === 'BUS' || ctx.dict.matchAt(ctx.words, j + 1).length > 0;
}

/**
 * A title, then role words, then a name (`Menteri Luar Negeri Inggris James Cleverly`, `Kepala BNPB
 * Suharyanto`): the last run of capitalised words that are no dictionary name, sector word, organisation
 * head or acronym is a person, whatever the tagger says.
 */
const ENVOY_TO = new Set(['untuk', 'to']);

export function titledNames(ctx: Ctx, fromDict: Cand[], common: Set<string>): Cand[] {
  const inDict = new Uint8Array(ctx.words.length);
  for (const d of fromDict) for (let t = d.tokStart; t < d.tokEnd; t++) inDict[t] = 1;
  const out: Cand[] = [];
  for (const [s, e] of ctx.sentTokens) {
    for (let i = s; i < e; i++) {
      // `kata juru bicara TPNPB Sebby Sambom`: mid-sentence a title is often written in lower case
      const lower = !isCap(ctx.words[i]);
      if (lower && !startsLower(ctx.words[i])) continue;
      const title = ctx.lex.titles.match(ctx.words, i, e);
      if (!title) continue;
      let j = i + title.length;
      let nameStart = -1;
      let bracketed = false;
      let named = false; // a dictionary name (the office's body) between the title and the name
      while (j < e) {
        const w = ctx.words[j];
        const sector = ctx.lex.sectors.match(ctx.words, j, e);
        const nameWord =
          /^\p{Lu}\p{Ll}/u.test(w) &&
          !inDict[j] &&
          !sector &&
          !ctx.lex.orgHeads.match(ctx.words, j, e) &&
          !ctx.lex.titles.match(ctx.words, j, e) &&
          // `Peraturan Menteri Keuangan (PMK) Nomor …`: past a bracket, a common word is no name
          !(bracketed && nameStart < 0 && common.has(w.toLowerCase()));
        if (nameWord) {
          if (nameStart < 0) nameStart = j;
          j++;
          continue;
        }
        // `Pangeran Faisal bin Farhan`: a particle inside a name goes on to the next capitalised word
        if (nameStart >= 0 && ctx.lex.nameParticles.has(w) && /^\p{Lu}\p{Ll}/u.test(ctx.words[j + 1] ?? '')) {
          j++;
          continue;
        }
        // `Direktur Pelindungan WNI Kementerian Luar Negeri Judha …`: one capitalised word followed by an
        // acronym or an organisation is a field of the office, and the role goes on
        const field =
          nameStart === j - 1 &&
          (inDict[j] || ctx.lex.orgHeads.match(ctx.words, j, e) !== null || /^\p{Lu}{2,}$/u.test(w));
        if (field) nameStart = -1;
        else if (nameStart >= 0) break;
        const bracket = parenEnd(ctx.words, j, e);
        if (bracket > 0) {
          j = bracket;
          bracketed = true;
          continue;
        }
        // `Duta Besar Iran untuk Indonesia Mohammad Boroujerdi`: the country an envoy is sent to
        const sentTo = ENVOY_TO.has(w.toLowerCase()) && inDict[j + 1] === 1;
        const roleWord =
          inDict[j] ||
          sector ||
          (isCap(w) && /\p{L}/u.test(w)) ||
          ctx.lex.connectors.has(w.toLowerCase()) ||
          sentTo;
        if (!roleWord) break;
        if (inDict[j]) named = true;
        j += sector ? sector.length : 1;
      }
      // a lower-case title names a person only as a two-word title or with its body named before the name
      if (nameStart >= 0 && (!lower || title.length > 1 || named)) {
        out.push(
          cand(ctx, nameStart, j, {
            kind: 'person',
            source: 'pattern',
            why: `name after the title "${title.phrase}"`,
          }),
        );
      }
      i = Math.max(i, j - 1);
    }
  }
  return out;
}

/**
 * The country most of the article's clearly linked actors belong to, when one clearly leads (at least
 * two mentions of its actors and more than any other country's): the context that tells which of an
 * ambiguous name's readings the article means.
 */
export function articleCountry(all: Cand[]): string | null {
  const counts = new Map<string, number>();
  for (const c of all) {
    const country =
      c.entry && !c.ambiguous
        ? (c.entry.country ?? (c.entry.kind === 'country' ? c.entry.code : null))
        : null;
    if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || ranked[0][1] < 2 || (ranked[1] && ranked[1][1] === ranked[0][1])) return null;
  return ranked[0][0];
}
