// Channel, citing outlet and date of a statement, read from its attribution: the words of the cue's
// sentence outside the content and outside quotations (`kata pejabat itu dalam sebuah pernyataan
// diutarakan melalui kantor berita X, seperti dikutip Y, Selasa 8 November 2022`).
import type { Entity, Sentence } from '../../types.js';
import { mayHoldMention } from '../dates.js';
import { sentenceDates } from '../sentence-dates.js';
import type { Ctx, Mention } from './context.js';
import type { Draft } from './draft.js';
import { matchWords } from './lexicon.js';

export interface Attribution {
  channel: string | null;
  channel_text: string | null;
  cited_by: string | null;
  date: string | null;
}

const NONE: Attribution = { channel: null, channel_text: null, cited_by: null, date: null };

function outletRank(e: Entity): number {
  return e.kind === 'media' ? 0 : e.kind === 'organization' ? 1 : 2;
}

function outletIn(ctx: Ctx, start: number, end: number): Mention | null {
  const inside = ctx.mentions.filter((m) => m.start >= start && m.end <= end && m.entity.kind !== 'person');
  if (inside.length === 0) return null;
  return inside.sort((a, b) => outletRank(a.entity) - outletRank(b.entity) || a.start - b.start)[0] ?? null;
}

/** Is token `i` of the attribution: outside the content and outside quotations? */
function outside(ctx: Ctx, d: Draft, i: number): boolean {
  const t = ctx.doc.tokens[i];
  return !ctx.quoteOfTok[i] && (t.end <= d.content.start || t.start >= d.content.end);
}

/** The end of a channel or citing phrase from token `from`: punctuation, the content, or the next such phrase. */
function phraseEnd(ctx: Ctx, d: Draft, from: number, b: number): number {
  let k = from;
  while (k < b && outside(ctx, d, k) && !/^[,.;:!?]$/.test(ctx.words[k])) {
    if (
      k > from &&
      (matchWords(ctx.lex, 'channel', ctx.words, k) > 0 || matchWords(ctx.lex, 'cited', ctx.words, k) > 0)
    )
      break;
    k++;
  }
  return k;
}

/**
 * Can the sentence hold a date outside the content? Most attributions (`kata dia.`) cannot, and the
 * sentence's date parse, the dearest step of an attribution, is then left to whoever else needs it.
 */
function mayDateOutsideContent(ctx: Ctx, d: Draft, sent: Sentence): boolean {
  const lang = ctx.doc.lang === 'en' ? 'en' : 'id';
  const before = Math.min(d.content.start, sent.end);
  const after = Math.max(d.content.end, sent.start);
  return (
    (before > sent.start && mayHoldMention(lang, ctx.doc.text.slice(sent.start, before))) ||
    (after < sent.end && mayHoldMention(lang, ctx.doc.text.slice(after, sent.end)))
  );
}

export function attribution(ctx: Ctx, d: Draft): Attribution {
  if (d.cue.end <= d.cue.start) return NONE;
  const [a, b] = ctx.sentTok[d.sentence] ?? [0, 0];
  if (b <= a) return NONE;
  const out: Attribution = { ...NONE };
  for (let i = a; i < b; i++) {
    if (!outside(ctx, d, i)) continue;
    const cited = matchWords(ctx.lex, 'cited', ctx.words, i);
    if (cited > 0 && !out.cited_by) {
      const e = phraseEnd(ctx, d, i + cited, b);
      if (e > i + cited) {
        const m = outletIn(ctx, ctx.doc.tokens[i + cited].start, ctx.doc.tokens[e - 1].end);
        if (m) out.cited_by = m.entity.id;
      }
      i += cited - 1;
      continue;
    }
    const ch = matchWords(ctx.lex, 'channel', ctx.words, i);
    if (ch > 0 && !out.channel_text) {
      const e = phraseEnd(ctx, d, i + ch, b);
      if (e <= i + ch) continue;
      // `melalui`/`lewat`/`via` always open a channel; `di`, `dalam`, `kepada` only before a platform.
      let platform = false;
      for (let k = i + ch; k < e && k < i + ch + 4 && !platform; k++)
        platform = matchWords(ctx.lex, 'platform', ctx.words, k) > 0;
      const m = outletIn(ctx, ctx.doc.tokens[i + ch].start, ctx.doc.tokens[e - 1].end);
      const opener = ctx.words[i];
      const always = ['melalui', 'lewat', 'via', 'through'].includes(opener);
      if (!(platform || always || (m && m.entity.kind === 'media'))) continue;
      out.channel_text = ctx.text.slice(ctx.doc.tokens[i].start, ctx.doc.tokens[e - 1].end);
      if (m && (m.entity.kind === 'media' || m.entity.kind === 'organization')) out.channel = m.entity.id;
      i = e - 1;
    }
  }
  // The date said in the attribution (`Selasa (7/10/2025)`, `Selasa 8 November 2022`), against the
  // article's publication date.
  const sent = ctx.doc.sentences[d.sentence];
  if (!mayDateOutsideContent(ctx, d, sent)) return out;
  try {
    const dates = sentenceDates(ctx.doc, d.sentence);
    for (const m of dates) {
      const s = sent.start + m.start;
      const e = sent.start + m.end;
      if (s < d.content.end && e > d.content.start) continue;
      if (ctx.quotes.some((q) => s >= q.start && e <= q.end)) continue;
      if (m.value) {
        out.date = m.value;
        break;
      }
    }
  } catch {
    // a date the date layer cannot read leaves the statement undated, never broken
  }
  return out;
}
