// The per-document working view the statement finders share: lowercase words, sentence token ranges,
// which tokens sit inside a quotation, and entity mentions indexed by where they start and end.
import { firstStartAtOrAfter } from '../../text/bisect.js';
import { lowerCase, startsUpper } from '../../text/chars.js';
import { bodySentenceTokens } from '../../text/dateline.js';
import { lowercaseWords } from '../../text/document.js';
import { mapPackedSized } from '../../text/packed.js';
import type { Document, Entity, Quotation, Span } from '../../types.js';
import type { CueAt } from './direct.js';
import { matchWords, type StatementLexicon, statementLexicon } from './lexicon.js';

export interface Mention {
  start: number;
  end: number;
  entity: Entity;
  first: boolean; // the entity's first mention in the text
}

export interface Ctx {
  doc: Document;
  text: string;
  lex: StatementLexicon;
  words: string[]; // lowercase token texts
  sentTok: [number, number][]; // [first token, end token) per sentence
  quoteOfTok: (Quotation | null)[]; // the outermost quotation holding each token (marks included)
  quotes: Quotation[]; // outermost quotations in text order
  mentions: Mention[]; // sorted by start, longest first
  byEnd: Map<number, Mention[]>;
  entities: Map<string, Entity>;
  cues: (CueAt | null | undefined)[]; // the cue at each token, found when first asked (direct.ts cueAt)
}

export function buildCtx(doc: Document, entities: Entity[]): Ctx {
  const lex = statementLexicon(doc.lang);
  const words = lowercaseWords(doc);
  // the first sentence starts after its dateline (src/text/dateline.ts)
  const sentTok = bodySentenceTokens(doc);
  const quotes = doc.quotes.filter((q) => q.depth === 0);
  const quoteOfTok: (Quotation | null)[] = mapPackedSized(doc.tokens, () => null);
  let qi = 0;
  for (const t of doc.tokens) {
    while (qi < quotes.length && quotes[qi].end <= t.start) qi++;
    const q = quotes[qi];
    if (q && t.start >= q.start && t.start < q.end) quoteOfTok[t.index] = q;
  }
  const mentions: Mention[] = [];
  const byId = new Map<string, Entity>();
  for (const e of entities) {
    byId.set(e.id, e);
    let firstStart = Number.POSITIVE_INFINITY;
    for (const m of e.mentions) if (m.start < firstStart) firstStart = m.start;
    for (const m of e.mentions) {
      // Pronoun mentions, should an entity layer give them, are resolved here instead.
      if (lex.pronouns.has(lowerCase(m.text))) continue;
      mentions.push({ start: m.start, end: m.end, entity: e, first: m.start === firstStart });
    }
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const byEnd = new Map<number, Mention[]>();
  for (const m of mentions) {
    // most ends have one mention: a one-element literal, not an empty array grown by push
    const list = byEnd.get(m.end);
    if (list) list.push(m);
    else byEnd.set(m.end, [m]);
  }
  return {
    doc,
    text: doc.text,
    lex,
    words,
    sentTok,
    quoteOfTok,
    quotes,
    mentions,
    byEnd,
    entities: byId,
    cues: mapPackedSized(words, () => undefined),
  };
}

export function span(ctx: Ctx, start: number, end: number): Span {
  return { start, end, text: ctx.text.slice(start, end) };
}

export function tokSpan(ctx: Ctx, from: number, to: number): Span {
  return span(ctx, ctx.doc.tokens[from].start, ctx.doc.tokens[to - 1].end);
}

export function isWord(ctx: Ctx, i: number): boolean {
  return /[\p{L}\p{N}]/u.test(ctx.words[i] ?? '');
}

export function isCapitalised(ctx: Ctx, i: number): boolean {
  return startsUpper(ctx.doc.tokens[i]?.text ?? '');
}

export function inQuote(ctx: Ctx, i: number): boolean {
  return ctx.quoteOfTok[i] !== null;
}

/** Kinds a speaker is preferred by: a person over an organisation over a country or place. */
export function kindRank(e: Entity): number {
  switch (e.kind) {
    case 'person':
      return 0;
    case 'organization':
    case 'igo':
    case 'media':
      return 1;
    case 'country':
      return 2;
    default:
      return 3;
  }
}

/** The preferred mention of a list: by kind, then the latest-ending, then the longest. */
export function preferred(list: Mention[]): Mention | null {
  let best: Mention | null = null;
  for (const m of list) {
    if (
      !best ||
      kindRank(m.entity) < kindRank(best.entity) ||
      (kindRank(m.entity) === kindRank(best.entity) &&
        (m.end > best.end || (m.end === best.end && m.start < best.start)))
    )
      best = m;
  }
  return best;
}

/** Mentions lying wholly inside [start, end), in `ctx.mentions` order. */
export function mentionsWithin(ctx: Ctx, start: number, end: number): Mention[] {
  // found by bisection on the starts: a filter of every mention ran for each sentence and speaker phrase
  const ms = ctx.mentions;
  const out: Mention[] = [];
  for (let i = firstStartAtOrAfter(ms, start); i < ms.length && ms[i].start <= end; i++)
    if (ms[i].end <= end) out.push(ms[i]);
  return out;
}

/** Number of leading connective words (and the comma after them) from token `at` in a sentence. */
export function skipConnectives(ctx: Ctx, at: number, end: number): number {
  let i = at;
  for (;;) {
    const n = matchWords(ctx.lex, 'connective', ctx.words, i);
    if (n === 0 || i + n >= end) break;
    i += n;
    if (ctx.words[i] === ',') i++;
  }
  return i;
}

const NO_FORMS: string[][] = [];

/** A word is verb-like when it is a cue, an auxiliary, or carries a verbal prefix/suffix of the language. */
export function isVerbLike(ctx: Ctx, i: number): boolean {
  const w = ctx.words[i];
  if (!w || isCapitalised(ctx, i)) return false;
  if (matchWords(ctx.lex, 'notverb', ctx.words, i) > 0) return false;
  if (ctx.lex.cues.has(w) || matchWords(ctx.lex, 'aux', ctx.words, i) > 0) return true;
  // plain loops: destructuring each form went through the iterator protocol on a hot path
  const prefixes = ctx.lex.words.get('verb-prefix') ?? NO_FORMS;
  for (let k = 0; k < prefixes.length; k++) {
    const p = prefixes[k][0];
    if (w.startsWith(p) && w.length >= p.length + 4) return true;
  }
  const suffixes = ctx.lex.words.get('verb-suffix') ?? NO_FORMS;
  for (let k = 0; k < suffixes.length; k++) {
    const s = suffixes[k][0];
    if (w.endsWith(s) && w.length >= s.length + 3) return true;
  }
  return false;
}
