// The events layer: PLOVER-coded events with FactBank factuality per source. An accusation and its
// denial are two sources on one event; speech acts (ACCUSE, REJECT) point with `about` to the event
// they are about. Every event carries the lexicon line and the factuality cues that made it (`why`).

import { EXECUTIVE_SECTORS, STATE_SECTORS } from '../../lang/actors/codes.js';
import type { Document, Entity, Event, EventSource, Factuality, Statement } from '../../types.js';
import { mayHoldMention } from '../dates.js';
import type { EntityLayer } from '../entities/index.js';
import { factualityAt, type Lang } from '../factuality.js';
import { sentenceDates } from '../sentence-dates.js';
import { ENGLISH_GERUND } from '../verb-forms.js';
import {
  type ArgCtx,
  agentAfter,
  agentMentionAfter,
  argCtx,
  bareAgent,
  bareAgentMention,
  clauseInitial,
  clauseSubject,
  coordinatedWith,
  genitive,
  inSet,
  isGeneric,
  isPrep,
  leadingSubject,
  lightVerbBefore,
  type Mention,
  objectAfter,
  placeAttacked,
  possessor,
  protestedBody,
  recipientAfter,
  statementAt,
  VERB,
  verbWord,
  viaAfter,
} from './arguments.js';
import { type EventEntry, eventLexicon } from './lexicon.js';

const SPEECH = new Set(['ACCUSE', 'REJECT']);
const SYMMETRIC = new Set(['COOPERATE', 'CONSULT', 'AGREE']);
// Acts addressed to someone, which that someone can reject: the rejection's recipient is their actor.
const REQUEST_LIKE = new Set(['PROTEST', 'REQUEST', 'THREATEN', 'SANCTION']);

interface Draft {
  entry: EventEntry;
  tokStart: number;
  tokEnd: number;
  sentence: number;
  actor: string | null;
  /** Actors coordinated with the first (`AS dan Inggris mengecam`). */
  coActors: string[];
  /** Whether the actor is the trigger's clause subject (where `X dan Y` can coordinate it). */
  actorFromSubject: boolean;
  recipient: string | null;
  object: string | null;
  objectExplicit?: boolean; // read after the trigger, not only the trigger phrase's own noun (`transaksi senjata`)
  via: string[];
  statement: Statement | null; // the statement whose content holds the trigger
  attributionOf: Statement | null; // the statement whose attribution holds the trigger (`dalam tuduhannya`)
  sources: EventSource[];
  future: boolean;
  anaphoric: 'ref' | 'subject' | 'object' | null;
  about: Draft | null;
  /** A denial of a told claim (`membantah laporan tersebut`): it is about the latest accusation. */
  deniesClaim?: boolean;
  why: string;
  merged?: Merged;
}

interface Merged {
  drafts: Draft[];
  /** `contested` is set last but present from the start (hidden-class stability), last in key order. */
  event: Event & { contested: boolean };
  future: boolean;
}

const negated = (f: Factuality): Factuality =>
  f === 'Uu' ? f : (`${f.slice(0, 2)}${f.endsWith('+') ? '-' : '+'}` as Factuality);
const sign = (f: Factuality) => (f === 'Uu' ? 0 : f.endsWith('+') ? 1 : -1);

export function extractEvents(doc: Document, layer: EntityLayer, statements: Statement[]): Event[] {
  const lang: Lang = doc.lang === 'en' ? 'en' : 'id';
  const lex = eventLexicon(lang);
  const ctx = argCtx(doc, layer, statements, lex);
  const drafts = findDrafts(ctx, lang);
  linkAbout(ctx, drafts);
  return merge(ctx, drafts);
}

function findDrafts(ctx: ArgCtx, lang: Lang): Draft[] {
  const out: Draft[] = [];
  for (const [s, e] of ctx.sentTok) {
    for (let i = s; i < e; i++) {
      if (ctx.startAt[i]) {
        i = ctx.startAt[i]!.tokEnd - 1; // words inside a name are not triggers
        continue;
      }
      const hit = ctx.lex.match(ctx.words, i, e);
      if (!hit) continue;
      // `menandatangani dukungan ke Zulkifli`: a light verb before a nominal of another category
      // carries that nominal's event
      if (hit.entry.pos === 'verb' && ctx.lex.grammar.get('light')?.has(hit.entry.trigger)) {
        const next = ctx.lex.match(ctx.words, i + hit.length, e);
        if (next && next.entry.pos === 'noun' && next.entry.category !== hit.entry.category) continue;
      }
      if (hit.entry.pos === 'verb' && nounForm(ctx, hit.entry.trigger, i, i + hit.length)) continue;
      // `a Russian attack`, `the strike`: after a determiner or a name, a verb-or-noun form is the noun
      const noun = ctx.lex.nounOf.get(hit.entry.trigger);
      if (
        noun &&
        (ctx.lex.grammar.get('noun-before')?.has(ctx.words[i - 1]) || ctx.endAt[i] || adjective(ctx, i - 1))
      )
        hit.entry = noun;
      // `tidak memiliki rencana untuk melakukannya`: a pro-verb stands for the latest event in the two
      // sentences before it; it takes that event's category, mode and participants
      const entry = hit.entry.pos === 'pro' ? antecedent(ctx, out, i) : hit.entry;
      const standsFor = hit.entry.pos === 'pro';
      const d = entry ? draft(ctx, lang, entry, i, i + hit.length, hit.possessive, standsFor) : null;
      if (d && standsFor) {
        const ante = out.filter((x) => x.entry === entry && x.actor).pop();
        d.actor ??= ante?.actor ?? null;
        if (d.actor === ante?.actor) d.recipient ??= ante?.recipient ?? null;
        d.object ??= ante?.object ?? null;
        d.why = `lexicon ${hit.entry.line}: ${hit.entry.trigger} stands for "${ante?.entry.trigger}"; ${d.why}`;
      }
      if (d && !refused(ctx, out[out.length - 1], d)) out.push(d);
      i += hit.length - 1;
    }
  }
  return out;
}

/**
 * `Hamas menolak menandatangani perjanjian dengan Israel`: a refusal verb's complement is what is
 * refused, coded as the refusal (REJECT, PLOVER's and the annotators' reading), not as a second,
 * negated event. The refusal takes the complement's recipient.
 */
function refused(ctx: ArgCtx, prev: Draft | undefined, d: Draft): boolean {
  const g = ctx.lex.grammar;
  if (!prev || prev.sentence !== d.sentence || d.entry.pos !== 'verb') return false;
  if (prev.entry.pos !== 'verb' || !g.get('refusal')?.has(prev.entry.trigger)) return false;
  for (let t = prev.tokEnd; t < d.tokStart; t++) if (!g.get('purpose')?.has(ctx.words[t])) return false;
  prev.recipient ??= d.recipient;
  return true;
}

/** `unilateral sanctions`, `punitive strikes`: a lowercase word with an adjective's ending (noun-before-suffix). */
function adjective(ctx: ArgCtx, t: number): boolean {
  const w = ctx.words[t];
  if (!w || !/^\p{Ll}+$/u.test(w)) return false;
  for (const suffix of ctx.lex.grammar.get('noun-before-suffix') ?? [])
    if (w.length > suffix.length + 2 && w.endsWith(suffix)) return true;
  return false;
}

/** The event a pro-verb stands for: the latest one with an actor, at most two sentences back. */
function antecedent(ctx: ArgCtx, drafts: Draft[], tok: number): EventEntry | null {
  const sentence = ctx.doc.tokens[tok].sentence;
  const ante = drafts
    .filter(
      (x) => x.actor && x.anaphoric !== 'ref' && sentence - x.sentence <= 2 && !SPEECH.has(x.entry.category),
    )
    .pop();
  return ante?.entry ?? null;
}

function draft(
  ctx: ArgCtx,
  lang: Lang,
  entry: EventEntry,
  tokStart: number,
  tokEnd: number,
  possessive: boolean,
  standsFor: boolean,
): Draft | null {
  const { doc } = ctx;
  const trig = doc.tokens[tokStart];
  const sentence = doc.sentences[trig.sentence];
  const st = statementAt(ctx, trig.start);
  const attributionOf = st
    ? null
    : (ctx.statements.find(
        (x) =>
          x.sentence === trig.sentence &&
          x.cue.start <= trig.start + 40 &&
          !(x.content.start <= trig.start && trig.start < x.content.end),
      ) ?? null);
  // (the first sentence's tokens start after a dateline)
  const sentenceStart = Math.max(sentence.start, doc.tokens[ctx.sentTok[trig.sentence][0]].start);
  const floorChar = st ? Math.max(st.content.start, sentenceStart) : sentenceStart;
  let floor = tokStart;
  while (
    floor > 0 &&
    doc.tokens[floor - 1].sentence === trig.sentence &&
    doc.tokens[floor - 1].start >= floorChar
  )
    floor--;
  // a question (`Apakah X menolak …?`), a condition (`bila FBI meminta bantuan`) or an obligation
  // (`seharusnya mendukung`) asserts no event
  if (asksOrSupposes(ctx, floor, tokStart, st)) return null;
  if (notAnAct(ctx, entry, floor, tokStart, tokEnd)) return null;
  // `kami`, `kita` in a statement are its speaker; `ia`, `mereka` are only when the speaker was named
  // first (`X mengatakan ia akan …`), not in content before an inverted cue (`Ia membunuh …, ungkap polisi`)
  const pronoun = (word: string, at?: number) => {
    const speaker =
      st?.speaker && (ctx.lex.grammar.get('first-person')?.has(word) || st.cue.start < st.content.start)
        ? st.speaker
        : null;
    // `kami`, `we` said by someone who speaks for a body (`Juru bicara junta, Zaw Min Tun`: "Kami hanya
    // menyerang …") are that body
    // (not a member's: `anggota Komisi IV DPR Rudy Hartanto`: "kami minta BPK …" is his own request)
    if (speaker && ctx.lex.grammar.get('first-plural')?.has(word)) {
      const person = ctx.entities.get(speaker);
      const body = person?.affiliation;
      const kind = body ? ctx.entities.get(body)?.kind : undefined;
      const member = ctx.lex.grammar
        .get('member-role')
        ?.has(person?.role?.toLowerCase().split(/\s+/)[0] ?? '');
      if (body && !member && (kind === 'organization' || kind === 'igo')) return body;
    }
    if (speaker) return speaker;
    const personal = ctx.lex.grammar.get('personal')?.has(word) === true;
    // in a later clause of its sentence, a pronoun stands for that sentence's subject, when it fits
    const [s] = ctx.sentTok[trig.sentence];
    if (at !== undefined && at > s && !st) {
      const own = leadingSubject(ctx, s, at);
      const kind = own ? ctx.entities.get(own)?.kind : undefined;
      if (own && (personal ? kind === 'person' : kind !== 'person')) return own;
    }
    return previousSubject(ctx, trig.sentence, personal);
  };
  // every field present from the start, in one order (hidden-class stability: fields added later on
  // some drafts only gave them several V8 shapes, and `draft`/`merge` were deoptimised again and again)
  const d: Draft = {
    entry,
    tokStart,
    tokEnd,
    sentence: trig.sentence,
    actor: null,
    coActors: [],
    actorFromSubject: false,
    recipient: null,
    object: null,
    objectExplicit: undefined,
    via: [],
    statement: st,
    attributionOf,
    sources: [],
    future: false,
    anaphoric: null,
    about: null,
    deniesClaim: undefined,
    why: entry.whyLabel,
    merged: undefined,
  };

  let nominal = false;
  let recipientFrom = tokEnd; // where the recipient search starts: after the trigger, or past a relative agent
  switch (entry.pos) {
    case 'verb': {
      d.actor = truncatedName(ctx, tokStart) ? null : clauseSubject(ctx, floor, tokStart, pronoun);
      // `Sudan berulang kali menuduh UEA memasok senjata`: a name right before the verb, after a verb that
      // takes a clause (`clause-verb`), is the subject of that clause
      const near = ctx.endAt[tokStart];
      if (
        near &&
        ctx.words.slice(floor, near.tokStart).some((w) => ctx.lex.grammar.get('clause-verb')?.has(w))
      )
        d.actor = near.entity;
      // `Thailand suspended the accord …, accusing Cambodia of …`: an English participle after a comma
      // is done by the sentence's subject
      // (`…, the Thai army said, accusing …`: by the one who said it)
      if (lang === 'en' && ctx.words[tokStart - 1] === ',' && ENGLISH_GERUND.test(ctx.words[tokStart])) {
        const said =
          (st?.speaker && st.content.start === trig.start ? st : undefined) ??
          ctx.statements.find(
            (x) =>
              x.speaker &&
              x.content.end <= x.cue.start &&
              x.cue.end <= trig.start &&
              trig.start - x.cue.end < 30,
          );
        d.actor = said?.speaker ?? previousSubject(ctx, trig.sentence + 1, false) ?? d.actor;
      }
      if (!st) d.actor = speakerOfCoordinated(ctx, floor, tokStart, pronoun) ?? d.actor;
      d.actorFromSubject = true;
      // `Partai Demokrat menyatakan mendukung Prabowo`: a reported clause with no subject of its own
      // before the verb is the speaker's own act
      const speakerKind = st?.speaker ? ctx.entities.get(st.speaker)?.kind : undefined;
      const placeSpeaks = speakerKind === 'location' || speakerKind === 'region';
      if (
        !d.actor &&
        st?.speaker &&
        !placeSpeaks &&
        st.cue.end <= st.content.start &&
        !subjectBefore(ctx, floor, tokStart)
      )
        d.actor = st.speaker;
      // (what is denied is a claim: `evidence of flights from the UAE, which it has denied`)
      if (!entry.mode.includes('deny')) d.recipient = relativeObject(ctx, tokStart);
      d.deniesClaim =
        entry.category === 'REJECT' &&
        ctx.lex.grammar.get('claim-noun')?.has(ctx.words[tokEnd]) === true &&
        referring(ctx, tokEnd, tokEnd + 1);
      break;
    }
    case 'passive':
      // `tuduhan yang dibantah Beijing`, `ditangkap Densus 88`: the agent may follow without `oleh`
      d.actor = agentAfter(ctx, tokEnd) ?? bareAgent(ctx, tokEnd);
      d.recipient = clauseSubject(ctx, floor, tokStart, pronoun);
      break;
    case 'eval':
      // an evaluation (`upaya permusuhannya`, `sebagai rumor`) is the speaker's act about someone
      d.actor =
        entry.category === 'ACCUSE'
          ? (st?.speaker ?? null)
          : (clauseSubject(ctx, floor, tokStart, pronoun) ?? st?.speaker ?? null);
      if (entry.category === 'ACCUSE')
        d.recipient = possessive ? possessor(ctx, tokStart) : genitive(ctx, tokEnd);
      if (!st && entry.category === 'ACCUSE') return null;
      // `menyebut tuduhan itu sebagai rumor`, `Itu hoaks`: a denial only when the word is predicated of
      // something (not `percaya pada kabar bohong`)
      if (
        entry.category === 'REJECT' &&
        ![ctx.words[tokStart - 1], ctx.words[tokStart - 2]].some((w) =>
          ctx.lex.grammar.get('eval-frame')?.has(w),
        )
      )
        return null;
      break;
    case 'noun': {
      nominal = true;
      if (referring(ctx, tokStart, tokEnd)) {
        d.anaphoric = 'ref';
        break;
      }
      // `membantah seluruh dakwaan`, `menolak protes itu`, `rejected the accusation`: the object of a
      // denial or refusal is an earlier act
      if (entry.category !== 'REJECT' && deniedBefore(ctx, tokStart)) {
        d.anaphoric = 'ref';
        break;
      }
      if (isGeneric(ctx, tokEnd)) return null;
      // English names the actor before the noun: `a Russian attack`, `Israeli strikes`
      const premodifier = ctx.lex.lang === 'en' ? ctx.endAt[tokStart] : undefined;
      d.actor = possessive
        ? possessor(ctx, tokStart)
        : (agentAfter(ctx, tokEnd) ?? premodifier?.entity ?? genitive(ctx, tokEnd));
      // `sanksi yang dijatuhkan Uni Eropa terhadap Teheran`: the agent of a passive relative clause, and
      // the target after it
      const relative = d.actor ? undefined : relativeAgent(ctx, tokEnd);
      if (relative) {
        d.actor = relative.entity;
        recipientFrom = relative.tokEnd;
      }
      // `Lima warga Palestina tewas dalam serangan Israel`: the casualties are the attack's target
      if (d.actor && !possessive && entry.category === 'ASSAULT') {
        const hurt = casualtyBefore(ctx, floor, premodifier ? premodifier.tokStart : tokStart);
        if (hurt >= 0) d.recipient = clauseSubject(ctx, floor, hurt, pronoun);
      }
      // `pertemuan Presiden Jokowi dan Ketua Umum Gerindra`: a joint act's two parties after it
      if (d.actor && !possessive && ctx.lex.grammar.get(`joint-${entry.categoryKey}`)?.has('yes')) {
        const end = Math.min(ctx.sentTok[trig.sentence][1], tokEnd + 12);
        d.recipient = coordinatedWith(ctx, d.actor, tokEnd, end);
      }
      // `Bzhania mendapat dukungan dari Amtsakhara`: the subject of a verb of receiving is the recipient
      if (d.actor && ctx.lex.grammar.get('receive')?.has(ctx.words[tokStart - 1]))
        d.recipient = clauseSubject(ctx, floor, tokStart - 1, pronoun);
      if (!d.actor && lightVerbBefore(ctx, tokStart)) {
        d.actor = clauseSubject(ctx, floor, tokStart, pronoun);
        d.actorFromSubject = true;
        nominal = false;
      }
      if (!d.actor) d.anaphoric = clauseInitial(ctx, floor, tokStart) ? 'subject' : 'object';
      break;
    }
  }
  if (
    d.recipient === null &&
    entry.pos !== 'passive' &&
    !(entry.pos === 'eval' && entry.category === 'ACCUSE')
  ) {
    const ofObject = ctx.lex.grammar.get('object-possessor')?.has(entry.categoryKey) === true;
    d.recipient = recipientAfter(
      ctx,
      recipientFrom,
      new Set(d.actor ? [d.actor] : []),
      entry.pos === 'verb' && ofObject,
      entry.category,
      entry.mode.some((x) => ctx.lex.grammar.get('destination')?.has(x)),
      entry.pos === 'verb' && (entry.mode.includes('deny') || entry.mode.includes('allege')),
    );
  }
  // `Guo membantah kapal China melanggar hukum`: what a denial's object does is the denied claim; its
  // subject is no recipient (the accuser is, through what the denial is about)
  if (d.recipient && entry.mode.includes('deny') && clauseSubjectAfter(ctx, tokEnd, d.recipient))
    d.recipient = null;
  // `Indonesia dan Peru menandatangani …`: in a joint act the partner is the other party; in others
  // (`AS dan Inggris mengecam …`) both subjects are actors
  const partner = d.actor && d.actorFromSubject ? coordinatedWith(ctx, d.actor, floor, tokStart) : null;
  if (partner && partner !== d.recipient) {
    if (!d.recipient && SYMMETRIC.has(entry.category)) d.recipient = partner;
    else d.coActors.push(partner);
  }
  if (d.actor && d.actor === d.recipient) d.recipient = null;
  if (d.actor && d.recipient && ownSide(ctx, d.actor, d.recipient)) d.recipient = null;
  if (d.recipient === null && entry.category === 'ASSAULT')
    d.recipient = placeAttacked(ctx, tokEnd, new Set(d.actor ? [d.actor] : []));
  if (d.recipient === null && entry.category === 'PROTEST') d.recipient = protestedBody(ctx, tokEnd);
  if (d.recipient === d.actor) d.recipient = null;
  if (entry.category === 'AID' || entry.category === 'COERCE' || entry.category === 'MOBILIZE') {
    const obj = objectAfter(ctx, tokEnd);
    const phraseObject =
      tokEnd - tokStart > 1
        ? ctx.doc.text.slice(ctx.doc.tokens[tokStart + 1].start, ctx.doc.tokens[tokEnd - 1].end)
        : null;
    d.object = obj?.text ?? phraseObject;
    // `mengerahkan panitia khusus`: a deployment is an event only with troops, ships or police
    if (ctx.lex.grammar.get('needs-object')?.has(entry.trigger) && objectModes(ctx, d.object).length === 0)
      return null;
    d.objectExplicit = obj !== null;
    d.via = entry.category === 'AID' ? viaAfter(ctx, tokEnd) : [];
  }

  // `merge` codes neither a back-reference nor an act with no actor (a pro-verb's may still get its
  // antecedent's): nothing would read their factuality, a quarter of all drafts' and the dearest step
  if (d.anaphoric === 'ref' || (!d.actor && d.anaphoric === null && !standsFor)) return d;
  // Factuality for the source that holds the event: the speaker of a quotation, or the author.
  const f = factualityAt(
    doc.text,
    floorChar,
    trig.start,
    lang,
    nominal
      ? { nominal: { triggerEnd: doc.tokens[tokEnd - 1].end, sentenceEnd: predicateLimit(ctx, tokEnd) } }
      : {},
  );
  d.future = f.future;
  d.why += `; factuality ${f.why}`;
  if (st) {
    // a speech act the speaker performs (`X menolak tuduhan itu`; in a quotation also `kami minta BPK
    // …`, `kami mengapresiasi …`: saying it is doing it) is, for the author, an act that took place
    // (or of the body he speaks for: `kami`)
    const ownAct =
      d.actor !== null &&
      (d.actor === st.speaker ||
        (st.speaker !== null && ctx.entities.get(st.speaker)?.affiliation === d.actor));
    const performed =
      st.kind === 'direct' &&
      entry.pos === 'verb' &&
      !f.future &&
      f.factuality === 'CT+' &&
      ctx.lex.grammar.get('performative')?.has(entry.categoryKey) === true &&
      ctx.lex.grammar.get('first-person')?.has(ctx.words[tokStart - 1]) === true;
    const speechAct = ownAct && ((SPEECH.has(entry.category) && st.kind === 'indirect') || performed);
    if (speechAct) d.sources.push({ source: 'author', factuality: 'CT+', statement: st.id });
    else if (st.speaker) {
      // `membantah tuduhan AS bahwa Indonesia memasok senjata`: what a denial's content says, its
      // speaker denies; the cue stands outside the content's clause, so it was not read above
      const denied = st.polarity === 'deny' && st.cue.end <= floorChar;
      const factuality = denied ? negated(f.factuality) : f.factuality;
      d.sources.push({ source: st.speaker, factuality, statement: st.id });
    }
    // `…, kata para pejabat kesehatan`: a speaker who is no entity cannot be a source; the author reports
    // the claim without taking a position, and the statement says who made it
    else d.sources.push({ source: 'author', factuality: 'Uu', statement: st.id });
  } else {
    d.sources.push({ source: 'author', factuality: f.factuality });
  }
  return d;
}

/**
 * `sanksi yang dijatuhkan Uni Eropa`, `bantuan yang diberikan oleh Jepang`: the agent of a passive
 * relative clause on a nominal is the nominal's actor.
 */
function relativeAgent(ctx: ArgCtx, tokEnd: number): Mention | undefined {
  if (ctx.words[tokEnd] !== 'yang' || !/^di\p{L}{3,}/u.test(ctx.words[tokEnd + 1] ?? '')) return undefined;
  // `perundingan yang dimediasi AS dan Arab Saudi`: a mediator is not a party to the talks
  if (ctx.lex.grammar.get('mediate')?.has(ctx.words[tokEnd + 1])) return undefined;
  return agentMentionAfter(ctx, tokEnd + 2) ?? bareAgentMention(ctx, tokEnd + 2);
}

/** Is there a name, or a word that can head a subject (no verb form, adverb or auxiliary), before the trigger? */
function subjectBefore(ctx: ArgCtx, floor: number, tokStart: number): boolean {
  for (let t = floor; t < tokStart; t++)
    if (ctx.startAt[t] || !ctx.lex.grammar.get('pre-verb')?.has(ctx.words[t])) return true;
  return false;
}

/**
 * A nominal with a demonstrative names an act already told (`tuduhan itu`, `tuduhan Amerika ini`,
 * `that accusation`): it refers, it does not report a new one. The owner's name may stand between.
 */
function referring(ctx: ArgCtx, tokStart: number, tokEnd: number): boolean {
  const g = ctx.lex.grammar;
  const after = ctx.startAt[tokEnd]?.tokEnd ?? tokEnd;
  return (
    g.get('refer-after')?.has(ctx.words[tokEnd]) === true ||
    g.get('refer-after')?.has(ctx.words[after]) === true ||
    g.get('refer-before')?.has(ctx.words[tokStart - 1]) === true
  );
}

const TITLE = /^\p{Lu}/u;
const PUNCT = /^[^\p{L}\p{N}]+$/u;

/**
 * A trigger that names no act (checked only once a trigger matched; data in event-grammar.tsv):
 * - a word of a name: a capitalised trigger inside a run of capitalised words mid-sentence
 *   (`Komisi Pemberantasan Korupsi`), or a capitalised nominal with a name after it that acts as an
 *   agent (`Penyelidikan Spanyol mengingatkan …`: `name-verb`);
 * - an act in a relative clause of a negated existential (`Tidak ada pengungsi … yang pernah
 *   mengunjungi …`: `no-exist`);
 * - a habit (`suka berkunjung`: `habitual`), or a generic ability with no specific participant
 *   (`bisa … bertemu dengan sekitar 35 negara`: `ability` + `generic-quantity`);
 * - the act asked for in a directive's complement (`tidak mengajak … untuk menolak`: `directive` +
 *   `complement`): the request is the event;
 * - an act whose object is sport (`menyambut baik laga kontra …`: `sport`).
 */
function notAnAct(ctx: ArgCtx, entry: EventEntry, floor: number, tokStart: number, tokEnd: number): boolean {
  const g = ctx.lex.grammar;
  const is = (kind: string, w: string | undefined) => w !== undefined && g.get(kind)?.has(w) === true;
  const { words } = ctx;
  const toks = ctx.doc.tokens;
  const [s, e] = ctx.sentTok[toks[tokStart].sentence];
  const capital = (t: number) =>
    t >= s && t < e && TITLE.test(toks[t].text) && !PUNCT.test(words[t]) && !is('calendar', words[t]);

  if (TITLE.test(toks[tokStart].text)) {
    const initial = tokStart === s || PUNCT.test(words[tokStart - 1]);
    if (!initial && (capital(tokStart - 1) || capital(tokEnd))) return true;
    if (initial && entry.pos === 'noun' && (capital(tokEnd) || ctx.startAt[tokEnd])) {
      let t = tokEnd;
      while (t < e && (ctx.startAt[t] || capital(t))) t = ctx.startAt[t]?.tokEnd ?? t + 1;
      if (is('name-verb', words[t])) return true;
    }
  }

  // `warned that arming Ukraine would be a mistake`: an English gerund opening a clause is the clause's
  // subject, an act talked about, not one that took place
  if (
    ctx.lex.lang === 'en' &&
    ENGLISH_GERUND.test(words[tokStart]) &&
    (tokStart === s || is('gerund-opener', words[tokStart - 1]))
  )
    return true;

  // walk back over the trigger's clause chain (to the statement or sentence start)
  // (the kinds asked at every word looked up once, and punctuation compared, not matched by a regex)
  const complementWords = g.get('complement');
  const habitual = g.get('habitual');
  const ability = g.get('ability');
  let relative = -1;
  let complement = -1;
  for (let t = tokStart - 1; t >= floor; t--) {
    const w = words[t];
    if (w === 'yang' && relative < 0) relative = t;
    if (complement < 0 && relative < 0 && inSet(complementWords, w)) complement = t;
    // `suka berkunjung`, `bisa menghemat waktu dan bertemu …`: a habit or ability shortly before
    if (tokStart - t <= 5 && w !== ',' && w !== ';' && w !== ':') {
      if (inSet(habitual, w)) return true;
      if (inSet(ability, w) && genericParticipant(ctx, tokEnd, e)) return true;
    }
  }
  if (relative > floor) {
    for (let t = floor; t < relative; t++) {
      const two = `${words[t]} ${words[t + 1] ?? ''}`;
      if (is('no-exist', words[t]) || is('no-exist', two) || is('no-exist', `${two} ${words[t + 2] ?? ''}`))
        return true;
    }
  }
  if (complement > floor) {
    for (let t = complement - 1; t >= Math.max(floor, complement - 10); t--) {
      const w = words[t];
      if (w === ',' && t === complement - 1) continue; // `mengingatkan, agar …`
      if (w === ',' || w === ';' || is('frame', w)) break;
      if (is('directive', w)) return true;
    }
  }
  // `meminta junta membebaskan Aung San Suu Kyi`: an Indonesian directive takes its complement bare, a
  // party and then the act asked for; only the party's words may stand between them
  if (ctx.lex.lang === 'id' && entry.pos === 'verb' && bareDirective(ctx, floor, tokStart)) return true;
  // `accused Tehran of shipping drones`, `sanctioned firms for supplying …`: the act an accusation or a
  // penalty names in its `of`/`for` complement is the accused's, not an act of the sentence's subject
  if (words[tokStart - 1] === 'of' || words[tokStart - 1] === 'for') {
    for (let t = tokStart - 2; t >= Math.max(floor, tokStart - 8) && !PUNCT.test(words[t]); t--)
      if (is('accuse-of', words[t])) return true;
  }
  // `menangguhkan kerja samanya dengan IAEA`, `menghentikan sementara pengiriman …`: an act named as what
  // is stopped is not taking place
  if (entry.pos === 'noun' && (is('halt', words[tokStart - 1]) || is('halt', words[tokStart - 2])))
    return true;
  // `fitur pengiriman`: a nominal classifying a thing; `memiliki kerja sama`: a state, not an act;
  // `tingginya permintaan CPO`: a quantity of market demand, not a request
  if (entry.pos === 'noun') {
    if (is('quantity-sense', entry.categoryKey) && is('quantity', words[tokStart - 1])) return true;
    const relation = is('stative-category', entry.categoryKey);
    if (is('compound-head', words[tokStart - 1])) return true;
    if (
      (relation && is('stative', words[tokStart - 1])) ||
      (relation && is('quantifier', words[tokStart - 1]) && is('stative', words[tokStart - 2]))
    )
      return true;
  }
  // `sepakat bahwa laut harus …`: agreeing on a view, not to an act
  if (entry.category === 'AGREE' && is('view-complement', words[tokEnd])) return true;
  // what the act is about: the words after the trigger, to the clause's end
  const stop = g.get('stop');
  const sport = g.get('sport');
  for (let t = tokEnd; t < Math.min(e, tokEnd + 5); t++) {
    const w = words[t];
    if (w === ',' || w === ';' || w === ':' || w === '.' || inSet(stop, w)) break;
    if (inSet(sport, w)) return true;
    if (entry.category === 'REJECT' && t - tokEnd <= 2 && is('no-comment', w)) return true;
  }
  return false;
}

/**
 * `Chinese coast guard ships fired …`, `global shipping`: a verb form that is also a plain noun
 * (`noun-form`) is the verb only after a subject word (`verb-before`: `he`, `of`, `reportedly`) or after
 * a name when no verb follows it (`Iran supplies drones`).
 */
function nounForm(ctx: ArgCtx, trigger: string, i: number, end: number): boolean {
  const g = ctx.lex.grammar;
  if (!g.get('noun-form')?.has(trigger)) return false;
  if (ctx.endAt[i]) {
    const next = ctx.words[end] ?? '';
    return g.get('after-verb')?.has(next) === true || /^\p{L}+ed$/u.test(next);
  }
  return g.get('verb-before')?.has(ctx.words[i - 1] ?? '') !== true;
}

/** Is the entity's first mention after the trigger (within a few words) followed by a verb, as a clause's subject? */
function clauseSubjectAfter(ctx: ArgCtx, tokEnd: number, entity: string): boolean {
  const [, e] = ctx.sentTok[ctx.doc.tokens[tokEnd - 1].sentence];
  for (let t = tokEnd; t < Math.min(e, tokEnd + 6); t++) {
    const m = ctx.startAt[t];
    if (!m) continue;
    if (m.entity === entity) {
      const next = ctx.words[m.tokEnd] ?? '';
      return VERB.test(next) || ctx.lex.grammar.get('pre-verb')?.has(next) === true;
    }
    t = m.tokEnd - 1;
  }
  return false;
}

/**
 * A directive verb shortly before the trigger with only a party between (`meminta [junta] membebaskan`,
 * `mendesak [Kementerian Pertahanan dan TNI] menambah`): no punctuation, relative `yang`, other verb or
 * coordinated verb (`meminta maaf dan membebaskan`) in between, and a party there at all.
 */
function bareDirective(ctx: ArgCtx, floor: number, tokStart: number): boolean {
  const g = ctx.lex.grammar;
  const { words } = ctx;
  for (let t = tokStart - 1; t >= Math.max(floor, tokStart - 8); t--) {
    // a name is read whole (`Menteri Pertahanan` is no verb)
    const m = ctx.endAt[t + 1];
    if (m) {
      t = m.tokStart;
      continue;
    }
    const w = words[t];
    if (g.get('directive')?.has(w)) return t < tokStart - 1;
    if (PUNCT.test(w) || w === 'yang' || VERB.test(w)) return false;
    // `dan` joins two parties (`Kementerian Pertahanan dan TNI`), not two acts (`meminta maaf dan …`)
    if (g.get('coordinator')?.has(w) && !(ctx.endAt[t] && ctx.startAt[t + 1])) return false;
  }
  return false;
}

/** `dengan sekitar 35 negara`, `berbagai negara`: the party after the trigger is no specific one. */
function genericParticipant(ctx: ArgCtx, tokEnd: number, e: number): boolean {
  const g = ctx.lex.grammar;
  let t = tokEnd;
  if (g.get('recipient')?.has(ctx.words[t])) t++;
  return t < e && g.get('generic-quantity')?.has(ctx.words[t]) === true;
}

/**
 * `The Next Web bekerja sama …`: a capitalised word between a name and the verb continues a name the
 * entity layer cut short; its actor cannot be read (a day or month, `Polri Senin menangkap`, can).
 */
function truncatedName(ctx: ArgCtx, tokStart: number): boolean {
  const t = tokStart - 1;
  const tok = ctx.doc.tokens[t];
  if (!tok || tok.sentence !== ctx.doc.tokens[tokStart].sentence || ctx.endAt[tokStart]) return false;
  return (
    TITLE.test(tok.text) &&
    !PUNCT.test(ctx.words[t]) &&
    ctx.endAt[t] !== undefined &&
    ctx.lex.grammar.get('calendar')?.has(ctx.words[t]) !== true
  );
}

/** The end of a nominal's predicate for factuality: the sentence end, or an earlier frame word (`untuk`). */
function predicateLimit(ctx: ArgCtx, tokEnd: number): number {
  const toks = ctx.doc.tokens;
  const sentence = toks[tokEnd - 1].sentence;
  const [, e] = ctx.sentTok[sentence];
  const frame = ctx.lex.grammar.get('frame');
  for (let t = tokEnd; t < e; t++) if (frame?.has(ctx.words[t])) return toks[t].start;
  return ctx.doc.sentences[sentence].end;
}

/** Is there a REJECT verb just before (at most three words, same sentence)? */
function deniedBefore(ctx: ArgCtx, tokStart: number): boolean {
  const sentence = ctx.doc.tokens[tokStart].sentence;
  for (let t = tokStart - 1; t >= Math.max(0, tokStart - 3) && ctx.doc.tokens[t].sentence === sentence; t--) {
    const hit = ctx.lex.match(ctx.words, t);
    if (hit && hit.entry.category === 'REJECT' && hit.entry.pos === 'verb') return true;
  }
  return false;
}

/** The subject of the previous sentence, for a pronoun outside any quotation. */
function previousSubject(ctx: ArgCtx, sentence: number, personal: boolean): string | null {
  if (sentence === 0) return null;
  let [s, e] = ctx.sentTok[sentence - 1];
  // `Dilaporkan oleh kantor berita Rusia …, FSB menyatakan`, `Menurut laporan X, Y menangkap`: an opener
  // up to the first comma (a verb, a preposition or an `opener` first) holds no subject; nor does a
  // name after a preposition
  const first = ctx.words[s];
  if (VERB.test(first) || isPrep(ctx, first) || ctx.lex.grammar.get('opener')?.has(first)) {
    const comma = ctx.words.indexOf(',', s);
    if (comma > s && comma < e) s = comma + 1;
  }
  // `ia`, `he` stand for a person: `Ketua Komisi I DPR Utut Adianto …. Ia meminta …` is Utut, not the
  // committee his role names; when that sentence reports someone's words, the one who spoke
  // (`Penasihat komandan RSF Dagalo, Ibrahim Adam Yousif, mengatakan …. Ia justru menuding …`)
  if (personal) {
    const prev = ctx.doc.sentences[sentence - 1];
    const said = ctx.statements.find(
      (x) =>
        x.speaker !== null &&
        x.cue.start >= prev.start &&
        x.cue.end <= prev.end &&
        ctx.entities.get(x.speaker)?.kind === 'person',
    );
    if (said?.speaker) return said.speaker;
  }
  for (let t = s; t < e; t++) {
    const m = ctx.startAt[t];
    if (!m || isPrep(ctx, ctx.words[t - 1])) continue;
    if (!personal || ctx.entities.get(m.entity)?.kind === 'person') return m.entity;
    t = m.tokEnd - 1;
  }
  return null;
}

/** ACCUSE and REJECT point to what they are about; an unnamed recipient comes from that event. */
function linkAbout(ctx: ArgCtx, drafts: Draft[]): void {
  // what a speech verb is about is the act right after it in its clause, with no other verb between
  // (`menuding X menutup mata terhadap serangan Hamas`: the alleged act is `menutup mata`, no event)
  const direct = (d: Draft, next: Draft | undefined): Draft | null => {
    if (!next || next.tokStart < d.tokEnd) return next ?? null;
    const between = ctx.words.slice(d.tokEnd, next.tokStart);
    return between.some((w) => verbWord(ctx, w) && !ctx.lex.grammar.get('title')?.has(w)) ? null : next;
  };
  drafts.forEach((d, k) => {
    if (!SPEECH.has(d.entry.category) || d.anaphoric === 'ref') return;
    // `menyebut tuduhan itu sebagai rumor`: the referring noun in the same sentence names the target
    const ref = drafts.find((r) => r.anaphoric === 'ref' && r.sentence === d.sentence);
    if (ref) {
      // the latest act of that kind with an actor; but when the latest mention of such an act names no
      // actor and is no back-reference itself (`serangan bom terhadap konvoi` … `mengecam serangan
      // tersebut`), that is the act referred to, and it has no known doer
      // a denial answers a claim the other side made (`Lin Jian membantah tudingan …`: not China's own)
      const side = d.actor && d.entry.mode.includes('deny') ? stateOf(ctx, d.actor) : null;
      const before = drafts
        .slice(0, drafts.indexOf(ref))
        .filter(
          (x) =>
            x.entry.category === ref.entry.category &&
            x.anaphoric !== 'ref' &&
            (side === null || !x.actor || stateOf(ctx, x.actor) !== side),
        );
      const latest = before[before.length - 1];
      const named = before.filter((x) => x.actor).pop() ?? null;
      d.about =
        latest && !latest.actor && latest.anaphoric === 'object' && latest.sentence > (named?.sentence ?? -1)
          ? null
          : named;
    }
    // `sebut X dalam tuduhannya`: the accusation is about what the quotation says
    else if (d.attributionOf)
      d.about = direct(
        d,
        drafts.find((x) => x.statement === d.attributionOf && !SPEECH.has(x.entry.category)),
      );
    // `membantah laporan tersebut`: the claim told before is the latest accusation, up to three sentences
    // back, that the denier's own side did not make (`Beijing balik menuding …` is no claim China denies)
    else if (d.deniesClaim) {
      const side = d.actor ? stateOf(ctx, d.actor) : null;
      d.about = latestAccusation(drafts, k, (x) => side === null || stateOf(ctx, x.actor!) !== side);
    }
    // `membantah memasok senjata`: the first event after the trigger in the same sentence, unless another
    // verb comes first (`menuding X menutup mata terhadap serangan Hamas`: the alleged act is `menutup mata`)
    else if (d.entry.pos === 'verb')
      d.about = direct(
        d,
        drafts.slice(k + 1).find((x) => x.sentence === d.sentence && !SPEECH.has(x.entry.category)),
      );
    // `Guo membantah kapal China melanggar hukum`: a denial naming no act answers the latest accusation
    // against the denier's side (the same country), up to three sentences back
    if (!d.about && !d.recipient && d.actor && d.entry.mode.includes('deny')) {
      const side = sideOf(ctx, d.actor);
      d.about = latestAccusation(
        drafts,
        k,
        (x) =>
          x.recipient !== null &&
          (x.recipient === d.actor || (side !== null && sideOf(ctx, x.recipient) === side)),
      );
    }
    // The accused is the actor of what an accusation is about; what is rejected (an accusation, a
    // protest, a request) was made by its actor.
    if (d.about && !d.recipient) {
      // a nominal stands for the latest act of its kind; a verb whose subject is no entity (`menuduh
      // aparat menembak …`) has no actor to take
      const target = d.about.entry.pos === 'verb' ? d.about : resolveAnaphoric(drafts, d.about);
      // what a denial denies is a claim (`membantah deklarasi itu dilakukan atas permintaan Istana`): the
      // request inside it was not made to the denier
      const deny = d.entry.mode.includes('deny');
      const rejectsAnAct =
        d.entry.category === 'REJECT' &&
        (SPEECH.has(target.entry.category) || (!deny && REQUEST_LIKE.has(target.entry.category)));
      d.recipient = d.entry.category === 'ACCUSE' || rejectsAnAct ? target.actor : null;
      if (d.recipient === d.actor) d.recipient = null;
    }
  });
}

/** The latest accusation with an actor before draft `k`, up to three sentences back, that `fits`. */
function latestAccusation(drafts: Draft[], k: number, fits: (x: Draft) => boolean): Draft | null {
  const d = drafts[k];
  for (let i = k - 1; i >= 0; i--) {
    const x = drafts[i];
    if (x.entry.category === 'ACCUSE' && x.actor && d.sentence - x.sentence <= 3 && fits(x)) return x;
  }
  return null;
}

/**
 * Is the recipient the actor's own side, which it does not act upon? `Kim Yo Jong memperingatkan Pyongyang
 * akan …`: a state's organ or official and its own country (the country named is the subject of what is
 * said); `Kemlu berkoordinasi dengan Kedutaan Besar RI di Kairo`: its own state's missions abroad; `Sebby
 * Sambom … mengancam TPNPB akan …`: the body he speaks for.
 */
function ownSide(ctx: ArgCtx, actor: string, recipient: string): boolean {
  return (
    ownCountry(ctx, actor, recipient) ||
    ownMission(ctx, actor, recipient) ||
    ctx.entities.get(actor)?.affiliation === recipient
  );
}

/** Is `recipient` the very country that `actor`, a state organ or official (GOV, MIL, COP, … or no sector), acts for? */
function ownCountry(ctx: ArgCtx, actor: string, recipient: string): boolean {
  const a = ctx.entities.get(actor);
  const r = ctx.entities.get(recipient);
  // `TNI AU mengirim bantuan ke Kabupaten Luwu`: relief inside one's own country is no act between parties
  if (a?.code && r?.kind === 'location' && r.code) return a.code.slice(0, 3) === r.code.slice(0, 3);
  if (!a?.code || r?.kind !== 'country' || !r.code || (a.kind !== 'person' && a.kind !== 'organization'))
    return false;
  // a sector of state, or none (`pejabat senior Korea Utara`: PRK)
  const sector = a.code.slice(3, 6);
  return a.code.startsWith(r.code) && (sector === '' || STATE_SECTORS.has(sector));
}

/**
 * `He denied that Iran is seeking a weapon and blamed the United States`, `Ia menilai …, dan mendesak
 * Bapanas …`: a speech act coordinated right after a reported clause (which the statements layer ended
 * there) is its speaker's: the subject before the reporting verb, read as for any verb (its pronoun
 * resolved), else the statement's speaker. Null when the verb follows no such clause.
 */
function speakerOfCoordinated(
  ctx: ArgCtx,
  floor: number,
  tokStart: number,
  pronoun: (word: string, at?: number) => string | null,
): string | null {
  const also = ctx.lex.grammar.get('additive')?.has(ctx.words[tokStart - 1]) === true;
  const coord = tokStart - (also ? 2 : 1);
  if (!ctx.lex.grammar.get('coordinator')?.has(ctx.words[coord])) return null;
  const before = ctx.doc.tokens[coord].start;
  const ended = ctx.statements.find(
    (x) =>
      x.speaker &&
      x.cue.end <= x.content.start &&
      x.content.end <= before &&
      /^[\s,]*$/u.test(ctx.doc.text.slice(x.content.end, before)),
  );
  if (!ended?.speaker) return null;
  let cue = coord;
  while (cue > floor && ctx.doc.tokens[cue].start > ended.cue.start) cue--;
  return clauseSubject(ctx, floor, cue, pronoun) ?? ended.speaker;
}

/**
 * `the IAEA, which Iranian officials accused of …`: the verb of a relative clause whose pronoun is its
 * object (`relative-object`: `which`, `whom`) acts on the name before that pronoun.
 */
function relativeObject(ctx: ArgCtx, tokStart: number): string | null {
  const relative = ctx.lex.grammar.get('relative-object');
  if (!relative) return null;
  // the pronoun opens the clause: only its subject's words stand between it and the verb
  // (`the IAEA, which accused Iran …`: a pronoun right before the verb is its subject)
  for (let t = tokStart - 2; t >= Math.max(0, tokStart - 6); t--) {
    const w = ctx.words[t];
    if (/^[^\p{L}]+$/u.test(w)) return null;
    if (!relative.has(w)) continue;
    const before = ctx.words[t - 1] === ',' ? t - 1 : t;
    return ctx.endAt[before]?.entity ?? null;
  }
  return null;
}

/** Is the recipient an embassy or consulate (`mission` heads) of the state the actor belongs to? */
function ownMission(ctx: ArgCtx, actor: string, recipient: string): boolean {
  const r = ctx.entities.get(recipient);
  const side = sideOf(ctx, actor);
  if (!r || side === null || sideOf(ctx, recipient) !== side) return false;
  const first = (text: string) => text.toLowerCase().split(/\s+/)[0];
  return r.mentions.some((m) => ctx.lex.grammar.get('mission')?.has(first(m.text)) === true);
}

/** The country (or IGO) an entity acts for: the country part of its code; null for a sector alone (`GOV`). */
function sideOf(ctx: ArgCtx, id: string): string | null {
  const e = ctx.entities.get(id);
  const code = e?.code;
  if (!code || !/^[A-Z]{3}/.test(code)) return null;
  if (code.startsWith('IGO')) return code;
  return code.length > 3 || e?.kind === 'country' ? code.slice(0, 3) : null;
}

/**
 * The state an actor speaks for when it is that state or its executive (government, military, police,
 * services): `Lin Jian` (CHNGOV) and the coast guard's `Liu Dejun` (CHNCOP) are one side. A legislature,
 * a court, a party or an NGO is no such side: at home they accuse the government and it denies.
 */
function stateOf(ctx: ArgCtx, id: string): string | null {
  const e = ctx.entities.get(id);
  const code = e?.code;
  if (!code || !/^[A-Z]{3}/.test(code) || code.startsWith('IGO')) return null;
  if (e?.kind === 'country' && code.length === 3) return code;
  return code.length === 6 && EXECUTIVE_SECTORS.has(code.slice(3)) ? code.slice(0, 3) : null;
}

/** An anaphoric nominal (`pengiriman`) stands for the latest event of its category that has an actor. */
function resolveAnaphoric(drafts: Draft[], d: Draft): Draft {
  if (d.actor) return d;
  const idx = drafts.indexOf(d);
  return (
    drafts
      .slice(0, idx)
      .filter((x) => x.entry.category === d.entry.category && x.actor)
      .pop() ?? d
  );
}

function sameParticipants(a: Draft, m: Merged): boolean {
  const ev = m.event;
  if (ev.category !== a.entry.category || m.future !== a.future) return false;
  const act = ev.actor[0] ?? null;
  const rec = ev.recipient[0] ?? null;
  const fits = (x: string | null, y: string | null) => x === null || y === null || x === y;
  if (act === a.actor && fits(rec, a.recipient)) return true;
  return SYMMETRIC.has(ev.category) && act === a.recipient && rec === a.actor;
}

/**
 * An event that names no recipient takes one from a later mention only when that mention tells the same
 * act (the same trigger, or its verb and nominal): `mendeportasi kesembilan WNI` is not `blokade laut atas
 * Gaza`, though both are Israel's coercion.
 */
function sameAct(d: Draft, m: Merged): boolean {
  if (m.event.recipient.length > 0 || d.recipient === null) return true;
  return m.drafts.some((x) => x.entry.trigger === d.entry.trigger || x.entry.line === d.entry.line);
}

/**
 * Do the objects allow one event? Weapons and humanitarian aid from one actor are two acts, even when
 * one names no recipient (`memasok senjata …` and `menyalurkan bantuan kemanusiaan untuk Sudan`).
 */
function sameKind(ctx: ArgCtx, d: Draft, m: Merged): boolean {
  const mine = objectModes(ctx, d.object);
  if (mine.length === 0) return true;
  const theirs = m.drafts.flatMap((x) => objectModes(ctx, x.object));
  return theirs.length === 0 || mine.some((x) => theirs.includes(x));
}

function merge(ctx: ArgCtx, drafts: Draft[]): Event[] {
  const merged: Merged[] = [];
  const evidence = (d: Draft) => {
    const s = ctx.doc.sentences[d.sentence];
    return { start: s.start, end: s.end, sentence: d.sentence };
  };
  for (const d of drafts) {
    if (d.anaphoric === 'ref') continue;
    if (!d.actor) {
      // An anaphoric nominal adds to the latest event of its category: evidence and route always, a
      // source only when it carries its own modality (`intersepsi bisa menjadi opsi`).
      // a bare nominal (`pengiriman`) names something that happens: it refers to an event, not a plan
      const same = [...merged].reverse().filter((m) => m.event.category === d.entry.category);
      const target = same.find((m) => !m.future) ?? same[0];
      if (!target || d.anaphoric === null) continue;
      if (d.via.length) {
        for (const v of d.via) if (!target.event.via.includes(v)) target.event.via.push(v);
        addEvidence(target.event, evidence(d));
      }
      const modal = d.sources.filter((s) => s.factuality !== 'CT+');
      if (d.anaphoric === 'subject' && modal.length) {
        addSources(target.event, modal);
        addEvidence(target.event, evidence(d));
      }
      d.merged = target;
      continue;
    }
    const into = merged.find((m) => sameParticipants(d, m) && sameKind(ctx, d, m) && sameAct(d, m));
    if (into) {
      if (into.event.recipient.length === 0 && d.recipient) into.event.recipient = [d.recipient];
      // an object named after a verb (`memasok … peluru artileri`) says more than a trigger's own noun
      if (
        d.object &&
        (!into.event.object || (d.objectExplicit && !into.drafts.some((x) => x.objectExplicit)))
      ) {
        into.event.object = d.object;
        const modes = objectModes(ctx, d.object);
        for (const x of modes) {
          if (!d.entry.mode.length && !into.event.mode.includes(x)) into.event.mode.push(x);
          if (!d.entry.context.length && !into.event.context.includes(x)) into.event.context.push(x);
        }
      }
      for (const v of d.via) if (!into.event.via.includes(v)) into.event.via.push(v);
      addSources(into.event, d.sources);
      addEvidence(into.event, evidence(d));
      into.drafts.push(d);
      d.merged = into;
      continue;
    }
    const trig = ctx.doc.tokens[d.tokStart];
    const trigEnd = ctx.doc.tokens[d.tokEnd - 1].end;
    const mode = d.entry.mode.length ? [...d.entry.mode] : objectModes(ctx, d.object);
    const context = d.entry.context.length ? [...d.entry.context] : objectModes(ctx, d.object);
    const m: Merged = {
      drafts: [d],
      future: d.future,
      event: {
        id: '',
        category: d.entry.category,
        mode: d.future && !mode.includes('future') ? [...mode, 'future'] : mode,
        context,
        actor: [d.actor, ...d.coActors.filter((x) => x !== d.actor && x !== d.recipient)],
        recipient: d.recipient ? [d.recipient] : [],
        object: d.object,
        via: [...d.via],
        date: null,
        sources: [],
        about: null,
        trigger: { start: trig.start, end: trigEnd, text: ctx.doc.text.slice(trig.start, trigEnd) },
        evidence: [evidence(d)],
        why: d.why,
        contested: false,
      },
    };
    addSources(m.event, d.sources);
    d.merged = m;
    merged.push(m);
  }
  const kept = merged.filter((m) => grounded(ctx, m));
  for (const m of merged) if (!kept.includes(m)) for (const d of m.drafts) d.merged = undefined;
  merged.length = 0;
  merged.push(...kept);
  merged.sort(
    (a, b) =>
      a.event.evidence[0].start - b.event.evidence[0].start || a.event.trigger.start - b.event.trigger.start,
  );
  merged.forEach((m, i) => {
    m.event.id = `v${i + 1}`;
  });
  for (const m of merged) {
    const about = m.drafts.find((d) => d.about)?.about;
    const target = about ? (about.merged ?? null) : null;
    m.event.about = target && target !== m ? target.event.id : null;
    m.event.date = eventDate(ctx, m.drafts[0]);
    const signs = new Set(m.event.sources.map((s) => sign(s.factuality)).filter((x) => x !== 0));
    const contested = signs.size > 1;
    // In reported speech the author takes no position (Uu); it is stated where it matters: on contested events.
    if (contested && !m.event.sources.some((s) => s.source === 'author'))
      m.event.sources.push({ source: 'author', factuality: 'Uu' });
    m.event.contested = contested;
  }
  return merged.map((m) => m.event);
}

/**
 * The precision filter: a coded event must stand on the clause structure. A place is no actor; one
 * party at least must be political (an actor code, or an organisation, country, IGO or outlet: PLOVER
 * codes no private life). An event needs a grounded recipient unless its category has an open target
 * (`open-target` in event-grammar.tsv: a mobilisation, a protest; a seizure's target may be a thing) or
 * a source holds it only possible or probable: a plan or a capability may leave its target open
 * (`dapat berkoordinasi dengan negara-negara yang bersedia`). Asserted (CT+), negated (CT-) or merely
 * reported (Uu) without a recipient, an event is nearly always one whose target the extractor missed:
 * measured on predictions made before their sentences were read, 27 % of such events were right
 * against 71 % of those with a recipient (docs/events.md, `npm run eval:clean`).
 */
function grounded(ctx: ArgCtx, m: Merged): boolean {
  const ev = m.event;
  const actor = ctx.entities.get(ev.actor[0]);
  let recipient = ev.recipient[0] ? ctx.entities.get(ev.recipient[0]) : undefined;
  const g = ctx.lex.grammar;
  // a seizure targets property (`menyita jamrud`, `kapal itu dicegat`): its target may be a thing
  const thingTarget = ev.mode.some((x) => g.get('thing-target')?.has(x));
  // a protest note (`nota protes`, `diplomatic protest`) is addressed to someone, unlike a street protest
  // (and a state that protests, `Indonesia memprotes laporan …`, protests to someone: only crowds need none)
  const openTarget =
    (g.get('open-target')?.has(ev.category.toLowerCase()) === true &&
      !ev.mode.includes('diplomatic') &&
      !(ev.category === 'PROTEST' && isState(actor))) ||
    thingTarget;
  if (isPlace(actor) || actor?.kind === 'region') return false;
  if (isPlace(recipient) && ev.category !== 'ASSAULT') {
    if (!openTarget) return false; // `mengunjungi Hotel …`: a place, not a party
    ev.recipient = [];
    recipient = undefined;
  }
  if (!isPolitical(actor) && !isPolitical(recipient)) return false;
  // a private person's trip or a scientist's fieldwork: the place visited makes no act political
  if (!isPolitical(actor) && ev.mode.some((x) => g.get('destination')?.has(x))) return false;
  // a supply between two companies is trade, not aid (`mendapat pasokan minyak sawit dari PT …`)
  const trader = (e: Entity | undefined) =>
    e?.code != null && g.get('trader')?.has(e.code.slice(-3).toLowerCase()) === true;
  if (ev.category === 'AID' && trader(actor) && trader(recipient)) return false;
  if (recipient) return true;
  // `membebaskan tarif akhir bea masuk`: a fee waived for no party is domestic policy, not an act
  if (m.drafts.every((d) => g.get('fee')?.has(ctx.words[d.tokEnd]) === true)) return false;
  // `membantu … untuk mendukung reformasi`: a purpose with no party of its own is the other act's aim
  if (m.drafts.every((d) => purposeOfAnother(ctx, d.tokStart))) return false;
  // a capability or an option (`dapat memblokir tindakan apa pun`) may leave its target open; a denied
  // one (`cannot threaten global shipping`) is a generic statement, and a hedged act (`disebut-sebut
  // mengancam …`) still has a target the sentence leaves unsaid
  // (but readiness, `siap bekerja sama`, names its partner: a ready act without one is no claim)
  const ready = () =>
    m.drafts.every((d) => [1, 2].some((k) => g.get('ready')?.has(ctx.words[d.tokStart - k]) === true));
  if (ev.sources.some((x) => x.factuality === 'PS+') && !ready()) return true;
  if (!openTarget) return false;
  return !m.drafts.some((d) => unnamedObject(ctx, d.tokEnd));
}

const ACT_VERB = /^(me|ber)\p{L}{3,}/u;

/** Is the trigger right after a purpose word (`untuk`) that follows another act in its sentence? */
function purposeOfAnother(ctx: ArgCtx, tokStart: number): boolean {
  const g = ctx.lex.grammar;
  if (g.get('purpose')?.has(ctx.words[tokStart - 1]) !== true) return false;
  // `siap untuk mendukung`, `sepakat untuk bekerja sama`: a complement, not a purpose
  if (g.get('purpose-head')?.has(ctx.words[tokStart - 2]) === true) return false;
  const [s] = ctx.sentTok[ctx.doc.tokens[tokStart].sentence];
  for (let t = tokStart - 2; t >= Math.max(s, tokStart - 15); t--)
    if (ACT_VERB.test(ctx.words[t]) || ctx.lex.match(ctx.words, t)) return true;
  return false;
}

const POLITICAL_KINDS = new Set(['organization', 'country', 'igo', 'media']);
const isPolitical = (e: Entity | undefined) =>
  e !== undefined && (e.code !== null || POLITICAL_KINDS.has(e.kind));
/** A country, or a body or official of a state (a state sector after the country: `IDNGOV`). */
const isState = (e: Entity | undefined) =>
  e?.kind === 'country' || (e?.code != null && e.code.length > 3 && STATE_SECTORS.has(e.code.slice(3, 6)));
const isPlace = (e: Entity | undefined) => e !== undefined && e.code === null && e.kind === 'location';

/**
 * Is the trigger's object a party we cannot name (a pronoun, `masyarakat`, `para korban`), or does a
 * target preposition (`kepada`) in its clause introduce one that is no entity?
 */
function unnamedObject(ctx: ArgCtx, trigEnd: number): boolean {
  const g = ctx.lex.grammar;
  const [, e] = ctx.sentTok[ctx.doc.tokens[trigEnd - 1].sentence];
  for (let t = trigEnd; t < Math.min(e, trigEnd + 8); t++) {
    if (/^[,;:.]$/.test(ctx.words[t])) break;
    if (g.get('target')?.has(ctx.words[t]) && !ctx.startAt[t + 1]) return true;
  }
  let t = trigEnd;
  if (g.get('recipient')?.has(ctx.words[t])) t++;
  // `menolak banding kedua organisasi tersebut`: the object's possessor is the target
  if (/^\p{Ll}+$/u.test(ctx.words[t] ?? '') && g.get('quantifier')?.has(ctx.words[t + 1])) t++;
  while (g.get('quantifier')?.has(ctx.words[t])) t++;
  if (ctx.startAt[t]) return false;
  const w = ctx.words[t];
  return w !== undefined && (g.get('pronoun')?.has(w) === true || g.get('party')?.has(w) === true);
}

/**
 * `tewas dalam (satu) serangan`, `terluka akibat serangan`: the token of the casualty verb before the
 * nominal and its preposition, or -1.
 */
function casualtyBefore(ctx: ArgCtx, floor: number, tokStart: number): number {
  const g = ctx.lex.grammar;
  let t = tokStart - 1;
  while (t > floor && g.get('quantifier')?.has(ctx.words[t])) t--;
  if (!g.get('casualty-prep')?.has(ctx.words[t])) return -1;
  for (let u = t - 1; u >= Math.max(floor, t - 2); u--) if (g.get('casualty')?.has(ctx.words[u])) return u;
  return -1;
}

/** Is the trigger in a question, or after a condition or obligation word in its own clause? */
function asksOrSupposes(ctx: ArgCtx, floor: number, tokStart: number, st: Statement | null): boolean {
  const { doc } = ctx;
  const sentence = doc.sentences[doc.tokens[tokStart].sentence];
  const end = st ? Math.min(st.content.end, sentence.end) : sentence.end;
  if (/\?["”’']*\s*$/u.test(doc.text.slice(doc.tokens[tokStart].start, end))) return true;
  const condition = ctx.lex.grammar.get('condition');
  const deontic = ctx.lex.grammar.get('deontic');
  for (let t = tokStart - 1; t >= floor; t--) {
    const w = ctx.words[t];
    if (w === ',' || w === ';') return false;
    if (condition?.has(w) || deontic?.has(w)) return true;
  }
  return false;
}

/** One value per source and sign: the first time a source says it counts (a later same-sign echo does not). */
function addSources(ev: Event, sources: EventSource[]): void {
  for (const s of sources) {
    if (ev.sources.some((x) => x.source === s.source && sign(x.factuality) === sign(s.factuality))) continue;
    ev.sources.push(s);
  }
}

function addEvidence(ev: Event, e: { start: number; end: number; sentence: number }): void {
  if (!ev.evidence.some((x) => x.sentence === e.sentence)) ev.evidence.push(e);
}

function objectModes(ctx: ArgCtx, object: string | null): string[] {
  if (!object) return [];
  const out = new Set<string>();
  const words = object.toLowerCase().split(/\s+/);
  words.forEach((w, i) => {
    const c = ctx.lex.objectClass.get(w) ?? ctx.lex.objectClass.get(`${w} ${words[i + 1] ?? ''}`);
    if (c) out.add(c);
  });
  return [...out];
}

/**
 * When a speech act happened: its statement's date, or the date of the same speaker's neighbouring
 * statements (one release quoted over several sentences). Other events: an absolute date is not
 * guessed from the statement; they stay undated unless their own clause says so.
 */
function eventDate(ctx: ArgCtx, d: Draft): string | null {
  const st = d.statement ?? d.attributionOf;
  const speech =
    SPEECH.has(d.entry.category) && (d.attributionOf !== null || (st !== null && d.actor === st.speaker));
  if (!speech || !st) return clauseDate(ctx, d);
  if (st.date) return st.date;
  const list = ctx.statements;
  const i = list.indexOf(st);
  for (const dir of [-1, 1]) {
    for (
      let j = i + dir;
      j >= 0 &&
      j < list.length &&
      list[j].speaker === st.speaker &&
      Math.abs(list[j].sentence - st.sentence) <= 2;
      j += dir
    ) {
      if (list[j].date) return list[j].date;
    }
  }
  return null;
}

// Only sentences with a digit or a date word are worth a date parse.
const DATE_HINT =
  /\d|kemarin|lalu|depan|pekan|minggu|bulan|tahun|hari ini|besok|senin|selasa|rabu|kamis|jumat|sabtu|yesterday|today|tomorrow|last|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday/i;

/** A date stated in the event's own sentence, outside any quotation's attribution, nearest to the trigger. */
function clauseDate(ctx: ArgCtx, d: Draft): string | null {
  const { doc } = ctx;
  const sentence = doc.sentences[d.sentence];
  const text = doc.text.slice(sentence.start, sentence.end);
  if (!DATE_HINT.test(text)) return null;
  const trig = doc.tokens[d.tokStart].start - sentence.start;
  const lo = d.statement ? d.statement.content.start - sentence.start : 0;
  const hi = d.statement ? d.statement.content.end - sentence.start : text.length;
  // A statement's clause is its content, often without any date where the rest of its sentence has one.
  if (d.statement && !mayHoldMention(doc.lang === 'en' ? 'en' : 'id', text.slice(Math.max(lo, 0), hi)))
    return null;
  const found = sentenceDates(doc, d.sentence)
    .filter((m) => m.value && m.start >= lo && m.end <= hi)
    .sort((a, b) => Math.abs(a.start - trig) - Math.abs(b.start - trig));
  return found[0]?.value ?? null;
}
