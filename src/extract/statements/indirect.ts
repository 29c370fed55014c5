// Indirect (reported) statements, found only in narrative text (never inside a quotation):
//   pre        `X mengatakan (bahwa) …`, `X said (that) …` — the content runs to the end of the sentence,
//              or to a second coordinated verb (`… dan mengatakan, “…”`);
//   post       `…, kata X.`, `…, katanya.`, `…, X said.` — the content is the clause before the comma;
//   mid        `Pihaknya, lanjut X, terbuka …` — the whole sentence is the content;
//   according  `Menurut X, …` / `…, menurut X.`
// A cue whose content would be a quotation is left to direct.ts; one inside another reported clause
// is part of that clause, not a statement of its own.
import type { Span } from '../../types.js';
import { ENGLISH_GERUND } from '../verb-forms.js';
import { contentSpan, wordCount } from './content.js';
import { type Ctx, isVerbLike, skipConnectives, tokSpan } from './context.js';
import { type CueAt, cueAt } from './direct.js';
import type { Draft, How } from './draft.js';
import { matchWords, setting } from './lexicon.js';
import { type SpeakerPhrase, speakerAfter, speakerBefore } from './speaker.js';

/** After an inverted attribution only an adjunct may follow (`dalam keterangannya`, a date) or nothing. */
function tailIsAdjunct(ctx: Ctx, from: number, end: number): boolean {
  if (from >= end) return true;
  const w = ctx.words[from];
  if (/^[.!?;]$/.test(w)) return true;
  const k = w === ',' ? from + 1 : from;
  if (k >= end || /^[.!?;]$/.test(ctx.words[k])) return true;
  return (
    matchWords(ctx.lex, 'stop', ctx.words, k) > 0 ||
    matchWords(ctx.lex, 'channel', ctx.words, k) > 0 ||
    matchWords(ctx.lex, 'cited', ctx.words, k) > 0 ||
    dateLike(ctx, k) ||
    (w === ',' && participle(ctx, k))
  );
}

/** `…, the Thai army said, accusing Cambodian forces …`: an English participle clause after the speaker is his act. */
function participle(ctx: Ctx, k: number): boolean {
  const w = ctx.words[k] ?? '';
  return ctx.lex.lang === 'en' && /^\p{Ll}/u.test(w) && ENGLISH_GERUND.test(w);
}

/** `Selasa (7/10/2025)`, `Senin`, `pekan lalu`: a date adjunct after the speaker. */
function dateLike(ctx: Ctx, k: number): boolean {
  return matchWords(ctx.lex, 'date-word', ctx.words, k) > 0;
}

function isCoordCue(ctx: Ctx, i: number): number {
  const n = matchWords(ctx.lex, 'coord', ctx.words, i);
  if (n === 0) return 0;
  const c = cueAt(ctx, i + n);
  return c && !c.clitic && c.cue.position !== 'post' && c.cue.position !== 'according' ? n : 0;
}

/** Where a reported clause starting at token `from` ends: the sentence end, or before a second cue. */
function contentEnd(ctx: Ctx, from: number, end: number): number {
  for (let i = from; i < end; i++) {
    if (ctx.quoteOfTok[i]) continue;
    if (i > from && isCoordCue(ctx, i) > 0) return ctx.words[i - 1] === ',' ? i - 1 : i;
    const bare = i > from ? matchWords(ctx.lex, 'coord-bare', ctx.words, i) : 0;
    if (bare > 0 && matchWords(ctx.lex, 'speaker-act', ctx.words, i + bare) > 0) return i;
    if (ctx.words[i] === ',' && i + 1 < end) {
      const c = cueAt(ctx, i + 1);
      if (c && (c.cue.position === 'post' || c.clitic)) return i;
      // `…, tuduhan yang telah berulang kali dibantah Teheran`: the writer's remark on the claim
      if (matchWords(ctx.lex, 'afterthought', ctx.words, i + 1) > 0) return i;
      // `…, dan mendesak Bapanas …`: the speaker's own next act
      // (`…, dan ia meminta Malaysia …`: with the speaker's pronoun before it)
      const coord = matchWords(ctx.lex, 'coord', ctx.words, i + 1);
      let k = i + 1 + coord;
      if (coord > 0 && ctx.lex.pronouns.has(ctx.words[k] ?? '')) k++;
      if (coord > 0 && matchWords(ctx.lex, 'speaker-act', ctx.words, k) > 0) return i;
    }
  }
  return end;
}

function make(
  ctx: Ctx,
  how: How,
  c: CueAt,
  cueFrom: number,
  cueTo: number,
  from: number,
  to: number,
  sp: SpeakerPhrase['ref'],
): Draft | null {
  if (to <= from) return null;
  const content = contentSpan(ctx, ctx.doc.tokens[from].start, ctx.doc.tokens[to - 1].end);
  if (!content) return null;
  const words = wordCount(content.text);
  if (words < setting(ctx.lex, 'min_indirect_words', 3)) return null;
  // `membantah seluruh dakwaan tersebut`: a short noun phrase pointing back is the object of the verb,
  // not something said.
  const last = ctx.words[to - 1] === '.' ? to - 2 : to - 1;
  if (how === 'pre' && words <= 4 && matchWords(ctx.lex, 'det-after', ctx.words, last) > 0) return null;
  return {
    kind: 'indirect',
    how,
    cue: tokSpan(ctx, cueFrom, cueTo),
    cueInfo: c.cue,
    content,
    speaker: sp,
    sentence: ctx.doc.tokens[cueFrom].sentence,
    link: undefined,
    resolved: undefined,
  };
}

function clitic(ctx: Ctx, i: number): SpeakerPhrase | null {
  return ctx.lex.clitic
    ? { ref: { type: 'pronoun', pronoun: ctx.lex.clitic, at: ctx.doc.tokens[i].start }, from: i, to: i + 1 }
    : null;
}

/** Is the speaker before a cue a person mention between a comma and the comma right before the cue? */
function appositionSpeaker(ctx: Ctx, sp: SpeakerPhrase | null, open: number): boolean {
  return (
    sp !== null &&
    sp.ref.type === 'entity' &&
    sp.ref.mention.entity.kind === 'person' &&
    sp.from > open &&
    ctx.words[sp.from - 1] === ','
  );
}

/** The cue at token `i` as an indirect statement of the sentence [a, b), or null. */
function atCue(ctx: Ctx, i: number, c: CueAt, a: number, b: number): Draft | null {
  const open = skipConnectives(ctx, a, b);
  // the speaker before the cue, looked for once (the apposition test and the `pre` reading both need it)
  let before: SpeakerPhrase | null | undefined;
  const prevComma =
    i > open &&
    ctx.words[i - 1] === ',' &&
    !ctx.quoteOfTok[i - 2] &&
    ctx.text[ctx.doc.tokens[i - 1].start - 1] !== '”';
  if (c.cue.position === 'according') {
    const sp = c.clitic ? clitic(ctx, i) : speakerAfter(ctx, i, c.len);
    if (!sp) return null;
    // `…, menurut X.` and, without the comma, `… sebagai preseden yang baik menurut X.`
    if (i > open && tailIsAdjunct(ctx, sp.to, b)) {
      return make(ctx, 'according', c, i, i + c.len, open, prevComma ? i - 1 : i, sp.ref);
    }
    // `Saham itu …, menurut X, naik …`: the cue interrupts one reported sentence.
    if (prevComma && ctx.words[sp.to] === ',') return make(ctx, 'mid', c, i, i + c.len, open, b, sp.ref);
    if (i !== open) return null;
    let k = sp.to;
    if (ctx.words[k] === ',') k++;
    if (k >= b || ctx.quoteOfTok[k]) return null;
    return make(ctx, 'according', c, i, i + c.len, k, contentEnd(ctx, k, b), sp.ref);
  }
  // `Anggota Komisi I DPR, Budi Santoso, mengatakan …`: a person in apposition just before a two-way cue
  // speaks what follows; the words before are his role, not content
  let apposition = false;
  if (prevComma && c.cue.position === 'both' && !c.clitic) {
    before = speakerBefore(ctx, i);
    apposition = appositionSpeaker(ctx, before, open);
  }
  if (prevComma && !apposition && (c.clitic || c.cue.position === 'post' || c.cue.position === 'both')) {
    const sp = c.clitic ? clitic(ctx, i) : speakerAfter(ctx, i, c.len);
    if (sp && !(c.cue.position === 'both' && !c.clitic && sp.ref.type === 'unknown')) {
      if (tailIsAdjunct(ctx, sp.to, b)) return make(ctx, 'post', c, i, i + c.len, open, i - 1, sp.ref);
      if (ctx.words[sp.to] === ',' && i - 1 > open) return make(ctx, 'mid', c, i, i + c.len, open, b, sp.ref);
    }
    if (c.cue.position === 'post' || c.clitic) return null;
  }
  // `Namun, tambahnya, itung-itungan BI masih bisa berubah …`: the cue opens the clause between commas.
  if (i === open && i > a && (c.clitic || c.cue.position === 'post')) {
    const sp = c.clitic ? clitic(ctx, i) : speakerAfter(ctx, i, c.len);
    if (sp && ctx.words[sp.to] === ',') return make(ctx, 'mid', c, i, i + c.len, sp.to + 1, b, sp.ref);
  }
  if (c.clitic || c.cue.position === 'post') return null;
  const sp = before === undefined ? speakerBefore(ctx, i) : before;
  if (!sp) return null;
  const k = i + c.len;
  // `bahwa` right after the verb, or after an adjunct (`mengatakan pekan lalu bahwa`).
  let that = -1;
  for (let j = k; j < b && j - k <= 16; j++) {
    if (ctx.quoteOfTok[j] || /^[.;!?]$/.test(ctx.words[j])) break;
    // `said, accusing … a ceasefire that ended …`: past the speaker's own participle clause, a `that`
    // opens no reported clause
    if (ctx.words[j] === ',' && participle(ctx, j + 1)) break;
    if (matchWords(ctx.lex, 'that', ctx.words, j) > 0) {
      that = j;
      break;
    }
    const adjunct =
      matchWords(ctx.lex, 'stop', ctx.words, j) > 0 || matchWords(ctx.lex, 'channel', ctx.words, j) > 0;
    if ((isVerbLike(ctx, j) && !adjunct) || cueAt(ctx, j)) break;
  }
  if (that === k) {
    return make(ctx, 'pre', c, i, k + 1, k + 1, contentEnd(ctx, k + 1, b), sp.ref);
  }
  if (that > k) return make(ctx, 'pre', c, i, k, that + 1, contentEnd(ctx, that + 1, b), sp.ref);
  // `…, X said.` / `…, Bobby menambahkan.`: the speaker and verb close the sentence.
  if (
    sp.from > open &&
    ctx.words[sp.from - 1] === ',' &&
    tailIsAdjunct(ctx, k, b) &&
    sp.ref.type !== 'coord'
  ) {
    return make(ctx, 'post', c, i, k, open, sp.from - 1, sp.ref);
  }
  // (`Ia mengingatkan, Indonesia tahun lalu …`: a comma right after the cue opens the content as `bahwa` does)
  // (but `mengingatkan, agar …` asks for something: no reported clause)
  if (
    c.cue.that === 'required' &&
    (ctx.words[k] !== ',' || matchWords(ctx.lex, 'directive-opener', ctx.words, k + 1) > 0)
  )
    return null;
  let from = k;
  while (from < b && (ctx.words[from] === ',' || ctx.words[from] === ':')) from++;
  if (from >= b || ctx.quoteOfTok[from]) return null; // a quotation (direct.ts) or an introduction
  return make(ctx, 'pre', c, i, k, from, contentEnd(ctx, from, b), sp.ref);
}

export function findIndirect(ctx: Ctx, direct: Draft[]): Draft[] {
  const used = new Set(direct.map((d) => d.cue.start));
  const out: Draft[] = [];
  for (let s = 0; s < ctx.sentTok.length; s++) {
    const [a, b] = ctx.sentTok[s];
    let covered: Span | null = null; // content of a statement in this sentence: its cues are not new ones
    for (let i = a; i < b; i++) {
      if (ctx.quoteOfTok[i]) continue;
      const t = ctx.doc.tokens[i];
      if (used.has(t.start)) continue;
      if (covered && t.start >= covered.start && t.end <= covered.end) continue;
      const c = cueAt(ctx, i);
      if (!c) continue;
      // `X mengatakan, …, kata X.`: an attribution repeated after the content is the same statement.
      if (covered && ctx.words[i - 1] === ',' && ctx.doc.tokens[i - 1].start >= covered.end - 1) continue;
      const d = atCue(ctx, i, c, a, b);
      if (!d) continue;
      out.push(d);
      if (d.content.start > d.cue.start) covered = d.content;
      i += c.len - 1;
    }
  }
  return out;
}
