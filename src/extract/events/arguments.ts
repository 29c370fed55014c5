// Who did what to whom, read from the sentence's structure rather than co-occurrence: the subject of
// the trigger's clause (walking back over coordinated and purpose clauses), the object or the noun after
// kepada/terhadap/dengan, the agent after `oleh`/`dari`, a possessor `-nya`, the places after `melalui`.

import { bodySentenceTokens, datelineTokenEnd } from '../../text/dateline.js';
import { lowercaseWords } from '../../text/document.js';
import type { Document, Entity, Statement } from '../../types.js';
import type { EntityLayer } from '../entities/index.js';
import { entityLexicons } from '../entities/lexicons.js';
import { ENGLISH_GERUND, INDONESIAN_VERB } from '../verb-forms.js';
import type { EventLexicon } from './lexicon.js';

export interface Mention {
  tokStart: number;
  tokEnd: number;
  entity: string;
  /** how the entity layer found it (`unnamed` for a descriptor such as `pejabat senior Korea Utara`) */
  source: string;
}

export interface ArgCtx {
  doc: Document;
  words: string[]; // lowercase token texts
  sentTok: [number, number][];
  startAt: (Mention | undefined)[]; // the outermost mention starting at a token
  endAt: (Mention | undefined)[]; // the outermost mention ending just before a token index (tokEnd)
  entities: Map<string, Entity>;
  lex: EventLexicon;
  statements: Statement[];
}

export function argCtx(
  doc: Document,
  layer: EntityLayer,
  statements: Statement[],
  lex: EventLexicon,
): ArgCtx {
  const words = lowercaseWords(doc);
  const sentTok = bodySentenceTokens(doc);
  const startAt: (Mention | undefined)[] = new Array(words.length);
  const endAt: (Mention | undefined)[] = new Array(words.length + 1);
  // Outermost first: a mention nested in a longer one (`Korea Utara` in `kementerian pertahanan Korea
  // Utara`) is not an argument of its own.
  const sorted = [...layer.mentions].sort((a, b) => a.tokStart - b.tokStart || b.tokEnd - a.tokEnd);
  // A dateline (`JAKARTA, KOMPAS.com -`) names the place and the outlet, never an actor; the first
  // sentence starts after it, so that no clause or subject search reaches into it.
  let reach = datelineTokenEnd(doc);
  for (const m of sorted) {
    if (m.tokStart < reach) continue;
    startAt[m.tokStart] ??= m;
    endAt[m.tokEnd] ??= m;
    reach = m.tokEnd;
  }
  return {
    doc,
    words,
    sentTok,
    startAt,
    endAt,
    entities: new Map(layer.entities.map((e) => [e.id, e])),
    lex,
    statements,
  };
}

/** `has` with the kind's set looked up once, before a loop over tokens. */
export const inSet = (set: Set<string> | undefined, w: string | undefined) =>
  w !== undefined && (set?.has(w) ?? false);
const has = (ctx: ArgCtx, kind: string, w: string | undefined) => inSet(ctx.lex.grammar.get(kind), w);
export const isPrep = (ctx: ArgCtx, w: string | undefined) => w !== undefined && ctx.lex.prepositions.has(w);
const isPunct = (w: string | undefined) => w !== undefined && /^[^\p{L}\p{N}]+$/u.test(w);

/** The statement whose content holds a character offset (the innermost one). */
export function statementAt(ctx: ArgCtx, pos: number): Statement | null {
  let best: Statement | null = null;
  for (const s of ctx.statements) {
    if (
      s.content.start <= pos &&
      pos < s.content.end &&
      (!best || s.content.end - s.content.start < best.content.end - best.content.start)
    )
      best = s;
  }
  return best;
}

/** Clause starts (token indices) between `floor` and the trigger, nearest last. */
export function clauses(
  ctx: ArgCtx,
  floor: number,
  trig: number,
): { start: number; boundary: string | null; head?: Mention }[] {
  const out: { start: number; boundary: string | null; head?: Mention }[] = [
    { start: floor, boundary: null },
  ];
  let subordinate = false;
  let head: Mention | undefined; // the name before `, yang`
  // `Berbicara di hadapan Kabinet tak lama setelah …, Chamberlain menyalahkan`: a clause that opens
  // with a verb is fronted up to its first comma, and so is a subordinate clause inside it
  let leadVerb = VERB.test(ctx.words[floor] ?? '') && !has(ctx, 'title', ctx.words[floor]);
  const g = ctx.lex.grammar;
  const subordinator = g.get('subordinator');
  const coordinator = g.get('coordinator');
  const purpose = g.get('purpose');
  const nounBefore = g.get('noun-before');
  const frame = g.get('frame');
  for (let t = floor; t < trig; t++) {
    const w = ctx.words[t];
    if (w === ',') leadVerb = false;
    // `Setelah KPU memutuskan …, Prabowo menggugat`: the comma after a fronted subordinate clause starts
    // the main clause; `X, yang memimpin …, juga mengadakan`: the comma that closes a parenthetical
    // relative clause returns to X's clause
    if (w === ',' && subordinate) {
      // a parenthetical may hold an apposition (`dengan panglima militer Jordan, Jenderal …,`): it
      // closes at the last comma before the trigger
      const last = out[out.length - 1];
      if (head && last.boundary === ',' && last.head === head) last.start = t + 1;
      else out.push({ start: t + 1, boundary: ',', head });
      if (!head) subordinate = false;
      continue;
    }
    const fronted = t === floor || leadVerb || /^[,;:“”"(]$/u.test(ctx.words[t - 1] ?? ',');
    if (fronted && inSet(subordinator, w)) subordinate = true;
    if (w === 'yang' && ctx.words[t - 1] === ',' && ctx.endAt[t - 1]) {
      subordinate = true;
      head = ctx.endAt[t - 1];
    } else if (w === 'yang' && ctx.endAt[t] && closedBefore(ctx, t, trig)) {
      // `Yazid bin Abu Sufyan yang juga seorang Gubernur Damaskus, meminta`
      subordinate = true;
      head = appositionHead(ctx, ctx.endAt[t]!);
    }
    // `Indonesia dan Peru menandatangani`: `dan` between two names joins a noun phrase, not clauses
    const joinsNames =
      inSet(coordinator, w) &&
      mentionBefore(ctx, t) !== undefined &&
      nameAfter(ctx, t + 1, trig) !== undefined;
    // `Komite Olimpiade Internasional (IOC)`: a bracketed acronym after a name opens no clause
    const acronym = w === '(' && ctx.endAt[t] !== undefined && ctx.words[t + 2] === ')';
    if (acronym) {
      t += 2;
      continue;
    }
    // `supplying electronics to Russia's military`: a purpose word before a name or an article is a
    // preposition, not the start of an infinitive clause
    const preposition =
      inSet(purpose, w) && (ctx.startAt[t + 1] !== undefined || inSet(nounBefore, ctx.words[t + 1]));
    if ((inSet(frame, w) && !joinsNames && !preposition) || /^[;:“”(]$/u.test(w))
      out.push({ start: t + 1, boundary: w });
    const m = ctx.startAt[t];
    if (m) t = m.tokEnd - 1;
  }
  return out;
}

/** Does a preposition stand before the mention, or before the first of the names coordinated with it? */
function afterPreposition(ctx: ArgCtx, m: Mention): boolean {
  let t = m.tokStart - 1;
  while (t > 0 && has(ctx, 'coordinator', ctx.words[t]) && ctx.endAt[t]) t = ctx.endAt[t]!.tokStart - 1;
  return isPrep(ctx, ctx.words[t]);
}

/** An Indonesian verb form by its prefix (`menyerang`, `diserang`, `berunding`, `tertangkap`). */
export const VERB = INDONESIAN_VERB;

/** A verb form that is no preposition of the same shape (`terhadap`, `bersama`). */
export const verbWord = (ctx: ArgCtx, w: string): boolean => VERB.test(w) && !isPrep(ctx, w);

/** Is the noun phrase ending in the name at `tokStart` headed by a thing (`andil besar KAA`)? */
function thingHeaded(ctx: ArgCtx, tokStart: number): boolean {
  let start = tokStart;
  // (`rancangan resolusi Dewan Keamanan (DK) PBB yang …`: back through the name and its bracketed short form)
  if (ctx.words[start - 1] === ')' && ctx.words[start - 3] === '(') {
    start -= 3;
    while (start > 0 && start > tokStart - 8 && /^\p{Lu}/u.test(ctx.doc.tokens[start - 1].text)) start--;
  }
  for (let t = start - 1; t >= Math.max(0, start - 3); t--) {
    const w = ctx.words[t];
    if (has(ctx, 'thing-head', w)) return true;
    if (!/^\p{Ll}+$/u.test(ctx.doc.tokens[t].text) || isPrep(ctx, w) || has(ctx, 'frame', w)) return false;
  }
  return false;
}

/**
 * `COGAT (COGAT), unit Kementerian Pertahanan Israel yang …, membantah`: a name in an apposition (a comma,
 * a few lowercase nouns, the name) describes the name before the comma, which heads the phrase.
 */
function appositionHead(ctx: ArgCtx, m: Mention): Mention {
  let t = m.tokStart - 1;
  let nouns = 0;
  // (nouns only: `…, termasuk produsen cip X yang …` lists X under what comes before, it is no apposition)
  while (
    t > 0 &&
    nouns < 3 &&
    /^\p{Ll}+$/u.test(ctx.doc.tokens[t]?.text ?? '') &&
    !isPrep(ctx, ctx.words[t]) &&
    !VERB.test(ctx.words[t])
  ) {
    t--;
    nouns++;
  }
  if (nouns === 0 || ctx.words[t] !== ',') return m;
  // past a bracketed acronym (`… Territories (COGAT),`)
  const end = ctx.words[t - 1] === ')' && ctx.words[t - 3] === '(' ? t - 3 : t;
  return ctx.endAt[end] ?? m;
}

/** Does a comma between `yang` (at t) and the trigger close the relative clause, the trigger right after? */
function closedBefore(ctx: ArgCtx, t: number, trig: number): boolean {
  let comma = -1;
  for (let u = t + 1; u < trig; u++) {
    const w = ctx.words[u];
    if (w === ',') comma = u;
    else if (/^[;:“”"(]$/u.test(w)) return false;
  }
  // only adverbs may stand between that comma and the trigger (`…, juga meminta`)
  return comma > t && trig - comma <= 3;
}

/** The first mention in [a, b) that is not inside a prepositional phrase or a bracket; pronouns resolve. */
function subjectIn(
  ctx: ArgCtx,
  a: number,
  b: number,
  pronoun: (word: string, at?: number) => string | null,
): string | null {
  for (let t = a; t < b; t++) {
    const w = ctx.words[t];
    // `Sebelumnya, pada Januari 2025, AS menjatuhkan …`: a comma after a few opening words (no name)
    // starts the subject position again
    if (w === ',' && t > a && t - a <= 3) {
      a = t + 1;
      continue;
    }
    // `Pemerintah, lanjut dia, meminta …`: a pronoun after an attribution word is the speaker, not the subject
    if (has(ctx, 'pronoun', w) && has(ctx, 'attribution', ctx.words[t - 1]) && ctx.words[t + 1] === ',') {
      t++;
      continue;
    }
    if (has(ctx, 'pronoun', w)) return pronoun(w, t);
    // `Kebijakan Presiden Jokowi itu membantah …`: a thing heads the subject, the name is its possessor
    if (has(ctx, 'thing-head', w) && !ctx.startAt[t]) return null;
    const m = ctx.startAt[t];
    // `Benjamin Netanyahu's office accused …`: a possessor is not the subject
    if (m && /^['’]$/u.test(ctx.words[m.tokEnd] ?? '') && ctx.words[m.tokEnd + 1] === 's') {
      t = m.tokEnd + 1;
      continue;
    }
    if (m) {
      const before = ctx.words[t - 1];
      // `kata Basarah, …, Gerindra mendukung`: a name between an attribution word and a comma is its
      // speaker (but `kata Sri Mulyani seusai bertemu …`: the subject)
      const attributed = has(ctx, 'attribution', before) && ctx.words[m.tokEnd] === ',';
      const leader = has(ctx, 'led-by', before) && t - 1 > a;
      if (!attributed && !leader && (t === a || (!isPrep(ctx, before) && before !== '(')))
        return headOf(ctx, m, b);
      t = m.tokEnd - 1;
      continue;
    }
    // a verb or preposition before any noun ends the subject position; a clause that opens with a verb
    // (`Mendengar keberhasilan saudaranya, Yazid …`, `dihubungi kantor berita AFP, kementerian …`) has its
    // subject after the comma that closes the fronted phrase, or none
    // `Pada awal konferensi London …, duta besar … menolak`: a fronted adverbial ends at its comma
    if (t === a && (has(ctx, 'fronted', w) || has(ctx, 'recipient', w)) && !ctx.startAt[t]) {
      let comma = t + 1;
      while (comma < b && ctx.words[comma] !== ',') comma++;
      if (comma < b) {
        t = comma;
        continue;
      }
    }
    if (t === a && VERB.test(w) && !has(ctx, 'title', w)) {
      let comma = t + 1;
      while (comma < b && ctx.words[comma] !== ',') comma++;
      if (comma < b) {
        t = comma;
        continue;
      }
      // `Sebelum menjabat Jokowi meminta …`: without a comma, only a name right before the verb
      // (not a place after a preposition: `yang berbasis di Port Sudan menuding`)
      const last = ctx.endAt[b];
      return last && last.tokStart > t && !has(ctx, 'frame', ctx.words[b]) && !afterPreposition(ctx, last)
        ? last.entity
        : null;
    }
    if (t > a && (isPrep(ctx, w) || VERB.test(w))) return null;
  }
  return null;
}

/**
 * `Anggota Komisi IV DPR RI Rudy Hartanto Siregar menuding …`: an organisation inside a role is not the
 * subject; the person the role introduces is. A person mention right after, with only capitalised role
 * words between, heads the noun phrase.
 */
function headOf(ctx: ArgCtx, m: Mention, limit: number): string {
  // `Menteri Pertahanan Amerika Serikat, Robert Gates, …`, `mantan Kepala Dinas …, Hendra Kusuma
  // Wijaya, dengan …`: the person in apposition to the role (the comma may end the clause searched)
  let t = pastPlaces(ctx, afterAcronym(ctx, m.tokEnd));
  if (ctx.words[t] === ',') {
    // (not `Kim Yo Jong, pejabat senior Korea Utara,`: a named person stays the head)
    const named = (x: Mention | undefined) => x !== undefined && x.source !== 'unnamed';
    const appos = apposedPerson(ctx, t, /^[,.]$/u);
    return appos && named(appos) && !(named(m) && isPerson(ctx, m)) ? appos.entity : m.entity;
  }
  // `anggota Komisi V DPR RI dari Fraksi PBN, Arif Suganda`: a body named in a role (a title before it)
  // with the person in apposition after its `dari` phrase
  const titled =
    ctx.entities.get(m.entity)?.kind !== 'person' &&
    entityLexicons(ctx.doc.lang).titles.match(ctx.words, m.tokStart - 1, m.tokStart) !== null;
  // (for such a role, the comma that ends the clause searched is read too)
  const stop = titled ? Math.min(limit + 1, m.tokEnd + 10, ctx.words.length) : Math.min(limit, m.tokEnd + 6);
  for (t = m.tokEnd; t < stop; t++) {
    // `Kepala Kantor Perwakilan Dagang AS (USTR) Jamieson Greer`: past a bracketed acronym
    if (ctx.words[t] === '(' && ctx.words[t + 2] === ')') {
      t += 2;
      continue;
    }
    if (titled && has(ctx, 'role-of', ctx.words[t]) && ctx.startAt[t + 1]) continue;
    if (titled && ctx.words[t] === ',') return apposedPerson(ctx, t, /^[,.]?$/u)?.entity ?? m.entity;
    const next = ctx.startAt[t];
    if (next && ctx.entities.get(next.entity)?.kind === 'person') return next.entity;
    if (next) {
      t = next.tokEnd - 1;
      continue;
    }
    // `Duta Besar Uni Eropa untuk Indonesia Denis Chaibi`: the country an envoy is sent to (and then
    // maybe the envoy in apposition: `Utusan Khusus Ketua ASEAN untuk Myanmar, Othman Hashim,`)
    if (has(ctx, 'purpose', ctx.words[t]) && ctx.startAt[t + 1]) {
      const place = ctx.startAt[t + 1]!;
      const appos = ctx.words[place.tokEnd] === ',' ? apposedPerson(ctx, place.tokEnd, /^,$/u) : undefined;
      if (appos) return appos.entity;
      continue;
    }
    // `Chinese Foreign Ministry spokesperson Lin Jian`: an English title is written in lower case
    const title = entityLexicons(ctx.doc.lang).titles.match(ctx.words, t, limit);
    if (title) {
      t += title.length - 1;
      continue;
    }
    if (!/^\p{Lu}/u.test(ctx.doc.tokens[t].text)) break;
  }
  return m.entity;
}

const isPerson = (ctx: ArgCtx, m: Mention) => ctx.entities.get(m.entity)?.kind === 'person';

/** The person named right after the comma at `comma`, when the token after the name matches `then`. */
function apposedPerson(ctx: ArgCtx, comma: number, then: RegExp): Mention | undefined {
  const appos = ctx.startAt[comma + 1];
  return appos && isPerson(ctx, appos) && then.test(ctx.words[appos.tokEnd] ?? '') ? appos : undefined;
}

/** Past place names at `t` (`… (PUPR) Kabupaten Lembah Rawa, Hendra …`: the place is part of the role). */
function pastPlaces(ctx: ArgCtx, t: number): number {
  for (let p = ctx.startAt[t]; p && ctx.entities.get(p.entity)?.kind === 'location'; p = ctx.startAt[t])
    t = p.tokEnd;
  return t;
}

/** Past a bracketed acronym after a name (`Komite Olimpiade Internasional (IOC)`): the next token's index. */
function afterAcronym(ctx: ArgCtx, end: number): number {
  return ctx.words[end] === '(' && ctx.words[end + 2] === ')' ? end + 3 : end;
}

/** The mention ending right before token t, or before a bracketed acronym there. */
function mentionBefore(ctx: ArgCtx, t: number): Mention | undefined {
  if (ctx.endAt[t]) return ctx.endAt[t];
  if (ctx.words[t - 1] === ')' && ctx.words[t - 3] === '(') return ctx.endAt[t - 3];
  return undefined;
}

/** The mention at u, or after up to three capitalised role words (`Menlu Australia …`), ending by `limit`. */
function nameAfter(ctx: ArgCtx, u: number, limit: number): Mention | undefined {
  let v = u;
  while (v < limit && v - u < 3 && !ctx.startAt[v] && /^\p{Lu}\p{Ll}/u.test(ctx.doc.tokens[v].text)) v++;
  const m = v < limit ? ctx.startAt[v] : undefined;
  return m && m.tokEnd <= limit ? m : undefined;
}

/**
 * `Indonesia dan Peru`, `Retno Marsudi dan Menlu Australia Penny Wong`: the other name of a coordinated
 * pair (past capitalised role words, and to the person a role introduces).
 */
export function coordinatedWith(ctx: ArgCtx, entity: string, floor: number, trig: number): string | null {
  for (let t = floor; t < trig; t++) {
    const m = ctx.startAt[t];
    if (!m) continue;
    const after = afterAcronym(ctx, m.tokEnd);
    if (m.entity === entity && has(ctx, 'coordinator', ctx.words[after])) {
      const other = nameAfter(ctx, after + 1, trig);
      if (other) {
        const head = headOf(ctx, other, trig);
        if (head !== entity) return head;
      }
    }
    t = m.tokEnd - 1;
  }
  return null;
}

/**
 * The subject of a sentence's first clause, read up to `end` with no pronoun resolved: what a pronoun in a
 * later clause of the same sentence stands for (`The United States has sanctioned …, though it has not …`).
 */
export function leadingSubject(ctx: ArgCtx, start: number, end: number): string | null {
  return subjectIn(ctx, start, end, () => null);
}

/** The actor of an active verb: the subject of its clause, or of the clause it is coordinated with. */
export function clauseSubject(
  ctx: ArgCtx,
  floor: number,
  trig: number,
  pronoun: (word: string, at?: number) => string | null,
): string | null {
  const near = nearPerson(ctx, floor, trig);
  if (near) return near;
  const cs = clauses(ctx, floor, trig);
  for (let k = cs.length - 1; k >= 0; k--) {
    const end = k === cs.length - 1 ? trig : cs[k + 1].start - 1;
    const found = subjectIn(ctx, cs[k].start, end, pronoun);
    if (found) return found;
    const boundary = cs[k].boundary;
    if (boundary === ',') {
      // after a parenthetical relative clause (`X, yang …, V`) the subject is its head; after a
      // fronted subordinate clause, the main clause has its own subject or none
      // (`Laporan Panel Ahli DK PBB untuk Sudan, yang …, menuding`: a name after a preposition is no head)
      const head = cs[k].head;
      return head && !afterPreposition(ctx, head) ? headOf(ctx, head, cs[k].start) : null;
    }
    // `…, dan telah menyatakan dukungan`: after a comma, a coordinated predicate shares the main
    // clause's subject, not that of a relative clause in between.
    // (`… the cooperation between North Korea and Russia and would coordinate …`: a modal after `and`
    // opens a second predicate, not a clause of the last name)
    const predicate = has(ctx, 'predicate-start', ctx.words[cs[k].start]);
    if (boundary && has(ctx, 'coordinator', boundary) && (ctx.words[cs[k].start - 2] === ',' || predicate)) {
      return subjectIn(ctx, cs[0].start, cs.length > 1 ? cs[1].start - 1 : trig, pronoun);
    }
    if (boundary === 'yang') {
      // `Korea Utara yang …`: the head before `yang`; `… adalah satu-satunya negara yang …`: the copula's
      // subject; `negara-negara yang bersedia …`: a head that is no entity, so no actor.
      const named = ctx.endAt[cs[k].start - 1];
      const head = named && appositionHead(ctx, named);
      // `andil besar KAA yang …`: the name is the possessor of a thing heading the noun phrase
      if (head && thingHeaded(ctx, head.tokStart)) return null;
      // `petani tebu dari Jawa Timur dan Jawa Tengah yang … berunjuk rasa`: a name after a preposition
      // is no head
      if (head && afterPreposition(ctx, head)) return null;
      if (head) return head.entity;
      const prevClause = ctx.words.slice(cs[k - 1]?.start ?? floor, cs[k].start - 1);
      if (!prevClause.some((w) => has(ctx, 'copula', w))) return null;
    }
  }
  return null;
}

/**
 * A person right before the verb who is its subject although the clause opens with someone else:
 * in apposition (`Anggota Komisi X DPR dari Partai Demokrat, Vena Melinda, mendukung …`), or heading
 * a clause embedded after a noun (`PDIP mengapresiasi prakarsa Presiden Joko Widodo bertemu …`).
 */
function nearPerson(ctx: ArgCtx, floor: number, trig: number): string | null {
  const person = (m: Mention | undefined) =>
    m !== undefined && ctx.entities.get(m.entity)?.kind === 'person' ? m : undefined;
  const appos = ctx.words[trig - 1] === ',' ? person(ctx.endAt[trig - 1]) : undefined;
  if (appos && appos.tokStart - 1 > floor && ctx.words[appos.tokStart - 1] === ',') {
    // not the last item of a list (`A, B, dan C, menolak`)
    const inside = ctx.words.slice(appos.tokStart, appos.tokEnd);
    if (!inside.some((w) => has(ctx, 'coordinator', w))) return appos.entity;
  }
  const m = person(ctx.endAt[trig]);
  if (!m || m.tokStart <= floor) return null;
  let u = m.tokStart - 1;
  while (u > floor && /^\p{Lu}/u.test(ctx.doc.tokens[u].text) && !ctx.endAt[u + 1]) u--;
  const w = ctx.words[u];
  if (!/^\p{Ll}+$/u.test(ctx.doc.tokens[u].text) || VERB.test(w) || isPrep(ctx, w)) return null;
  if (w === 'yang' || has(ctx, 'coordinator', w) || has(ctx, 'pronoun', w) || has(ctx, 'frame', w))
    return null;
  for (let t = u - 1; t >= floor; t--) if (VERB.test(ctx.words[t]) && !ctx.startAt[t]) return m.entity;
  return null;
}

const STOP = new Set([',', ';', ':', '”', '“', '.', '!', '?']);

function clauseEnd(ctx: ArgCtx, from: number): number {
  const [, e] = ctx.sentTok[ctx.doc.tokens[from]?.sentence ?? 0];
  for (let t = from; t < e; t++) {
    const w = ctx.words[t];
    // `memasok senjata, termasuk drone serang, kepada RSF`: an inserted example between commas
    if (w === ',' && has(ctx, 'insert', ctx.words[t + 1])) {
      const close = ctx.words.indexOf(',', t + 2);
      if (close > t && close < e && close - t <= 10) {
        t = close;
        continue;
      }
    }
    if (STOP.has(w) || has(ctx, 'stop', w)) return t;
  }
  return e;
}

/**
 * `serangan militer Israel terhadap kamp pengungsi di Rafah`: where an attack that names no party
 * struck is its target (as the annotators code it: `Israel → Beit Hanun`). The first place after a
 * locative preposition (`attack-place`: `di`, `in`) in the trigger's clause, when only the actor's name,
 * recipient prepositions and site nouns (`attack-site`: `kamp`, `pangkalan`) come before it; a target
 * of another kind (`menembak pesawat di Laut Jepang`) is not where it was hit.
 */
export function placeAttacked(ctx: ArgCtx, trigEnd: number, exclude: Set<string>): string | null {
  const end = clauseEnd(ctx, trigEnd);
  for (let t = trigEnd; t < end; t++) {
    const m = ctx.startAt[t];
    const w = ctx.words[t];
    if (m && exclude.has(m.entity)) {
      t = m.tokEnd - 1;
      continue;
    }
    if (has(ctx, 'attack-place', w)) {
      const place = ctx.startAt[t + 1];
      const kind = place && ctx.entities.get(place.entity)?.kind;
      if (place && (kind === 'location' || kind === 'country' || kind === 'region')) return place.entity;
      return null;
    }
    if (m || !(has(ctx, 'attack-site', w) || has(ctx, 'recipient', w) || isPunct(w))) return null;
  }
  return null;
}

/**
 * The recipient: the object right after the trigger, or a mention after kepada/terhadap/dengan/untuk.
 * Quantifiers, a party head (`warga Malaysia`, `negara Afrika`) and capitalised titles (`bertemu
 * Presiden Susilo …`) may stand before the mention; a place phrase (`di …`) ends the search. With
 * `objectPossessor`, the owner of a one-word object counts too (`mendukung kampanye Indonesia`).
 */
export function recipientAfter(
  ctx: ArgCtx,
  trigEnd: number,
  exclude: Set<string>,
  objectPossessor = false,
  category = '',
  visit = false,
  clausal = false,
): string | null {
  // the category's own kinds, and those asked at every token, looked up once (a lowercased, spliced key
  // per mention was most of the lookups' cost)
  const g = ctx.lex.grammar;
  const cat = category.toLowerCase();
  const other = g.get('other');
  const recipient = g.get('recipient');
  const purpose = g.get('purpose');
  const receivesAid = has(ctx, 'aid-place', cat);
  const destination = g.get(`destination-${cat}`);
  const joint = has(ctx, `joint-${cat}`, 'yes');
  // `menggugat ke Mahkamah Konstitusi`: a case goes to a court, which is not its target
  const venue = g.get(`venue-${cat}`);
  // `mendukung dan memenangkan Pak Zulkifli`: two coordinated verbs share the object
  if (
    has(ctx, 'verb-and', ctx.words[trigEnd]) &&
    VERB.test(ctx.words[trigEnd + 1] ?? '') &&
    !ctx.startAt[trigEnd + 1]
  )
    trigEnd += 2;
  const end = clauseEnd(ctx, trigEnd);
  const objectNouns = objectPossessor ? plainNounsEnd(ctx, trigEnd) : trigEnd;
  let head = trigEnd; // where the current object slot starts: after the trigger or a recipient preposition
  // `mengecam serangan terhadap kapal Filipina`: the party after an act's noun and a preposition is that
  // act's target, not the one the judgement is aimed at
  const judges = has(ctx, 'judges-act', cat);
  let actNoun = false;
  for (let t = trigEnd; t < end; t++) {
    const w = ctx.words[t];
    if (inSet(other, w) || venue?.has(w)) return null;
    if (judges && !ctx.startAt[t]) {
      const hit = ctx.lex.match(ctx.words, t, end);
      const noun = hit && (hit.entry.pos === 'noun' || ctx.lex.nounOf.has(hit.entry.trigger));
      if (noun && hit.entry.category !== category) actNoun = true;
      else if (actNoun && inSet(recipient, w)) return null;
    }
    // `membantah pihaknya mengalah kepada PPP`, `menemui mereka`: the object is a pronoun (or the subject
    // of a complement clause): no named recipient, and none from inside that clause
    if (t === trigEnd && has(ctx, 'pronoun', w)) return null;
    const m = ctx.startAt[t];
    if (!m) {
      // `membantah deklarasi itu dilakukan atas permintaan Istana`, `menuding negara-negara pengusulnya
      // menutup mata terhadap serangan Hamas`: the parties inside a denied or alleged clause are not the
      // speech act's target (its subject, before the verb, is)
      // (in English the denied act is a gerund: `denied backing M23`)
      if (clausal && (verbWord(ctx, w) || (ctx.lex.lang === 'en' && t === trigEnd && ENGLISH_GERUND.test(w))))
        return null;
      // `bekerja sama untuk mengalahkan Jepang`: a purpose clause has its own object
      if (inSet(purpose, w) && VERB.test(ctx.words[t + 1] ?? '')) return null;
      if (inSet(recipient, w)) head = t + 1;
      continue;
    }
    const p1 = ctx.words[t - 1] === '(' ? ctx.words[t - 2] : ctx.words[t - 1];
    // `mengasingkan para pejabat NICA ke Ternate`: a town after `ke` is where, not whom (but the town a
    // visit goes to is what is visited: `berkunjung ke Jakarta`)
    // (but aid sent to a territory that stands for a people, `bantuan ke Gaza`, goes to it: `aid-place`)
    const place = ctx.entities.get(m.entity);
    const receives = place?.code != null && receivesAid;
    if (!visit && has(ctx, 'destination-prep', p1) && place?.kind === 'location' && !receives) {
      t = m.tokEnd - 1;
      continue;
    }
    // `menuding latihan Freedom Shield sebagai …`: a name right after a thing's noun that is no known party
    // names that thing (an exercise, a programme), not a target
    if ((has(ctx, 'thing-head', p1) || has(ctx, 'named-thing', p1)) && !ctx.entities.get(m.entity)?.code) {
      t = m.tokEnd - 1;
      continue;
    }
    // `menyerukan … akses kemanusiaan ke El Fasher`: what a request asks for goes somewhere; a name there
    // that is no known party is that place, not the one asked (`meminta bantuan ke Indonesia` is)
    if (inSet(destination, p1) && !ctx.entities.get(m.entity)?.code) {
      t = m.tokEnd - 1;
      continue;
    }
    const p2 = ctx.words[t - 2];
    const direct = t === trigEnd || (head === trigEnd && onlyModifiers(ctx, trigEnd, t));
    const afterPrep = inSet(recipient, p1) || (head > trigEnd && onlyModifiers(ctx, head, t));
    const afterPrepNoun = inSet(recipient, p2) && /^\p{Ll}+$/u.test(p1) && !isPrep(ctx, p1);
    const ofObject =
      (objectPossessor && ownsObject(ctx, trigEnd, Math.min(objectNouns, t), t, p1)) ||
      // `menyerang markas KKB`, `menyerang pangkalan militer Israel`: the owner of the site struck
      // (also after a preposition: `serangan udara Israel terhadap fasilitas nuklir Iran`)
      (category === 'ASSAULT' && siteOwner(ctx, head, t));
    // `menandatangani perjanjian antara Telkom dengan Hooq`: in a joint act the signatory stands for the
    // first party, the other is the partner
    if (afterPrep && has(ctx, 'between', p1) && joint) {
      const and = afterAcronym(ctx, m.tokEnd);
      const other = has(ctx, 'between-and', ctx.words[and]) ? ctx.startAt[and + 1] : undefined;
      if (other && !exclude.has(other.entity)) return headOf(ctx, other, end);
    }
    if ((direct || afterPrep || afterPrepNoun || ofObject) && !exclude.has(m.entity)) {
      // `menuding Gubernur Jawa Barat Ahmad Heryawan`: the person a role introduces
      const head = headOf(ctx, m, end);
      return exclude.has(head) ? m.entity : head;
    }
    t = m.tokEnd - 1;
  }
  // `mencegat kapal tanker berbendera Kamerun, MT Sagara Biru, …`: a name in apposition to an object
  // headed by a party noun
  let h = trigEnd;
  while (has(ctx, 'quantifier', ctx.words[h])) h++;
  const appos = ctx.words[end] === ',' ? ctx.startAt[end + 1] : undefined;
  if (appos && has(ctx, 'party-head', ctx.words[h]) && !exclude.has(appos.entity)) {
    const after = ctx.words[appos.tokEnd];
    if (after === undefined || after === ',' || isPunct(after)) return appos.entity;
  }
  return null;
}

/** Only attack-site words (`markas`, `sejumlah fasilitas nuklir dan militer`), one to five, in [a, b). */
function siteOwner(ctx: ArgCtx, a: number, b: number): boolean {
  if (b <= a || b - a > 5) return false;
  for (let t = a; t < b; t++) if (!has(ctx, 'attack-site', ctx.words[t])) return false;
  return true;
}

const plainNoun = (ctx: ArgCtx, w: string) =>
  /^\p{Ll}+$/u.test(w) && !isPrep(ctx, w) && !has(ctx, 'frame', w) && !VERB.test(w);

/** The end of the plain lowercase nouns (at most three) that open the verb's object at `from`. */
function plainNounsEnd(ctx: ArgCtx, from: number): number {
  let t = from;
  while (
    t < from + 3 &&
    t < ctx.words.length &&
    plainNoun(ctx, ctx.words[t]) &&
    /^\p{Ll}/u.test(ctx.doc.tokens[t].text)
  )
    t++;
  return t;
}

/**
 * Does the mention at t own the verb's object (`object-possessor` categories)? `mendukung kampanye
 * Indonesia`, `menolak permintaan Tiberius` (one word); `mengapresiasi tindakan cepat otoritas Indonesia`
 * (plain nouns, ending at `nouns`), past role words (`prakarsa Presiden Joko Widodo`); `menolak proposal
 * umum dari StatesWest` (the owner after an `owner-prep`, past a short object).
 */
function ownsObject(ctx: ArgCtx, trigEnd: number, nouns: number, t: number, p1: string): boolean {
  if (t === trigEnd + 1 && /^\p{Ll}+$/u.test(p1) && !isPrep(ctx, p1) && !has(ctx, 'frame', p1)) return true;
  if (nouns > trigEnd && (t === nouns || onlyTitles(ctx, nouns, t))) return true;
  return (
    has(ctx, 'owner-prep', p1) &&
    t - 1 > trigEnd &&
    t - 1 <= trigEnd + 3 &&
    ctx.words.slice(trigEnd, t - 1).every((w) => plainNoun(ctx, w))
  );
}

/** Only capitalised words (role titles) in [a, b), at most three. */
function onlyTitles(ctx: ArgCtx, a: number, b: number): boolean {
  if (b - a > 3) return false;
  for (let t = a; t < b; t++) if (!/^\p{Lu}\p{Ll}+$/u.test(ctx.doc.tokens[t].text)) return false;
  return true;
}

/**
 * Only quantifiers, numbers, a party head, capitalised title words or role words (`calon presiden dan
 * wakil presiden`) in [a, b): at most seven, of which at most four are no role words.
 */
function onlyModifiers(ctx: ArgCtx, a: number, b: number): boolean {
  if (b - a > 7) return false;
  let plain = 0; // words other than role words (`pasangan calon presiden dan wakil presiden X`)
  for (let t = a; t < b; t++) {
    const w = ctx.words[t];
    const title = /^\p{Lu}\p{Ll}+$/u.test(ctx.doc.tokens[t].text) && !isPrep(ctx, w);
    const role = has(ctx, 'title', w) || (has(ctx, 'coordinator', w) && has(ctx, 'title', ctx.words[t + 1]));
    if (!role) plain++;
    if (!(has(ctx, 'quantifier', w) || has(ctx, 'party-head', w) || /^\d+$/.test(w) || title || role))
      return false;
  }
  return plain <= 4;
}

/** `oleh X`, `dari (X)`: the agent of a passive verb or a nominalisation, within a few words. */
export function agentAfter(ctx: ArgCtx, trigEnd: number): string | null {
  return agentMentionAfter(ctx, trigEnd)?.entity ?? null;
}

/** The mention `agentAfter` names. */
export function agentMentionAfter(ctx: ArgCtx, trigEnd: number): Mention | undefined {
  const end = Math.min(clauseEnd(ctx, trigEnd), trigEnd + 6);
  for (let t = trigEnd; t < end; t++) {
    if (!has(ctx, 'agent', ctx.words[t])) continue;
    let u = t + 1;
    while (ctx.words[u] === '(' || ctx.words[u] === "'" || ctx.words[u] === '‘') u++;
    const m = ctx.startAt[u];
    if (m) return m;
  }
  return undefined;
}

/** The party named right after a passive verb (past capitalised role words): its agent. */
export function bareAgent(ctx: ArgCtx, trigEnd: number): string | null {
  return bareAgentMention(ctx, trigEnd)?.entity ?? null;
}

/** The mention `bareAgent` names. */
export function bareAgentMention(ctx: ArgCtx, trigEnd: number): Mention | undefined {
  const m = nameFollowing(ctx, trigEnd);
  const kind = m ? ctx.entities.get(m.entity)?.kind : undefined;
  if (!m || kind === 'location' || kind === 'region') return undefined;
  // `dihadiri Menteri Pertahanan Malaysia Mohamed Khaled Nordin`: the country is part of the role; the
  // person it introduces is the agent
  // (past the body's place: `Ketua DPRD Bondowoso Ahmad Fauzi`)
  if (kind !== 'person') {
    const next = ctx.startAt[pastPlaces(ctx, afterAcronym(ctx, m.tokEnd))];
    if (next && isPerson(ctx, next)) return next;
  }
  return m;
}

/** The mention right after token `t` in its sentence, past up to three capitalised role words. */
function nameFollowing(ctx: ArgCtx, t: number): Mention | undefined {
  const [, e] = ctx.sentTok[ctx.doc.tokens[t]?.sentence ?? 0] ?? [0, 0];
  return t < e ? nameAfter(ctx, t, e) : undefined;
}

/** The mention right after a nominalisation (`serangan Rusia`, `pengiriman senjata Korea Utara`). */
export function genitive(ctx: ArgCtx, trigEnd: number): string | null {
  // `serangan udara Israel`, `serangan lain Israel`: a modifier or two may stand before the owner
  let at = trigEnd;
  while (at < trigEnd + 2 && has(ctx, 'nominal-modifier', ctx.words[at]) && !ctx.startAt[at]) at++;
  const owner = ctx.startAt[at] ?? ctx.startAt[trigEnd];
  if (owner) return owner.entity;
  // `pertemuan Presiden Joko Widodo`: past capitalised role words, to a person
  const m = nameFollowing(ctx, trigEnd);
  return m && ctx.entities.get(m.entity)?.kind === 'person' ? m.entity : null;
}

/** `tuduhannya`, `permusuhannya`: the possessor is the nearest mention before, in the same sentence. */
export function possessor(ctx: ArgCtx, trigStart: number): string | null {
  const [s] = ctx.sentTok[ctx.doc.tokens[trigStart].sentence];
  for (let t = trigStart; t > s; t--) {
    const m = ctx.endAt[t];
    if (m) return m.entity;
  }
  return null;
}

/** A light verb shortly before a nominalisation (`melakukan transaksi`, `menjatuhkan sanksi`). */
export function lightVerbBefore(ctx: ArgCtx, trigStart: number): boolean {
  const [s] = ctx.sentTok[ctx.doc.tokens[trigStart].sentence];
  for (let t = trigStart - 1, n = 0; t >= s && n < 3; t--, n++) {
    const w = ctx.words[t];
    if (has(ctx, 'light', w)) return true;
    if (isPrep(ctx, w) || ctx.endAt[t + 1] || (isPunct(w) && w !== "'" && w !== '‘')) return false;
  }
  return false;
}

/** Is the nominalisation the first noun of its clause (`dan intersepsi bisa menjadi opsi`)? */
export function clauseInitial(ctx: ArgCtx, floor: number, trigStart: number): boolean {
  const cs = clauses(ctx, floor, trigStart);
  const start = cs[cs.length - 1].start;
  for (let t = start; t < trigStart; t++) {
    const w = ctx.words[t];
    if (!has(ctx, 'quantifier', w) && !isPunct(w)) return false;
  }
  return true;
}

/** What was supplied or seized: the noun phrase after the trigger (or after `dengan`), quantifiers dropped. */
export function objectAfter(
  ctx: ArgCtx,
  trigEnd: number,
): { text: string; start: number; end: number } | null {
  const end = clauseEnd(ctx, trigEnd);
  let t = trigEnd;
  const m = ctx.startAt[t];
  if (m) {
    t = m.tokEnd;
    if (ctx.words[t] !== 'dengan') return null;
    t++;
  }
  while (t < end && has(ctx, 'quantifier', ctx.words[t])) t++;
  const from = t;
  while (
    t < end &&
    t - from < 4 &&
    /^\p{Ll}[\p{Ll}-]*$/u.test(ctx.doc.tokens[t].text) &&
    !isPrep(ctx, ctx.words[t]) &&
    !has(ctx, 'frame', ctx.words[t]) &&
    !has(ctx, 'pronoun', ctx.words[t]) &&
    !ctx.startAt[t]
  )
    t++;
  if (t === from) return null;
  const start = ctx.doc.tokens[from].start;
  const stop = ctx.doc.tokens[t - 1].end;
  return { text: ctx.doc.text.slice(start, stop), start, end: stop };
}

/** Places a transfer goes through: the mentions after `melalui`/`via` in the rest of the sentence. */
export function viaAfter(ctx: ArgCtx, trigEnd: number): string[] {
  const [, e] = ctx.sentTok[ctx.doc.tokens[trigEnd - 1].sentence];
  const out: string[] = [];
  let on = false;
  for (let t = trigEnd; t < e; t++) {
    const w = ctx.words[t];
    if (has(ctx, 'via', w)) on = true;
    else if (on && (w === ';' || w === '.' || w === ',' || has(ctx, 'stop', w))) break;
    const m = ctx.startAt[t];
    if (on && m) {
      const kind = ctx.entities.get(m.entity)?.kind;
      if ((kind === 'region' || kind === 'country' || kind === 'location') && !out.includes(m.entity))
        out.push(m.entity);
      t = m.tokEnd - 1;
    }
  }
  return out;
}

/** Does a generic marker follow the trigger (`bantuan senjata apa pun`)? Such events are hypothetical. */
export function isGeneric(ctx: ArgCtx, trigEnd: number): boolean {
  const two = `${ctx.words[trigEnd] ?? ''} ${ctx.words[trigEnd + 1] ?? ''}`;
  return has(ctx, 'generic', ctx.words[trigEnd]) || has(ctx, 'generic', two);
}

/**
 * `berunjuk rasa di depan kantor Kejaksaan Tinggi …`: the body before whose building a crowd protests (a
 * `front` word, then a `protest-site` noun, then its name), within the clause after the trigger.
 */
export function protestedBody(ctx: ArgCtx, trigEnd: number): string | null {
  const end = clauseEnd(ctx, trigEnd);
  for (let t = trigEnd; t < end - 1; t++) {
    if (!has(ctx, 'front', ctx.words[t])) continue;
    let u = t + 1;
    while (u < end && (ctx.words[u] === 'of' || ctx.words[u] === 'the')) u++;
    if (!has(ctx, 'protest-site', ctx.words[u])) continue;
    const m = ctx.startAt[u + 1] ?? ctx.startAt[u];
    if (m) return m.entity;
  }
  return null;
}
