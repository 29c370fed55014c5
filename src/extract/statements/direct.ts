// Direct statements: every outermost quotation that is speech. Its cue is looked for after it
// (`…,” kata X`, `…,” X menambahkan`, `…,” he said`), before it in the same sentence (`X mengatakan,
// “…”`, `Menurut X, “…”`), at the end of the previous sentence (`X mengatakan:`), or it continues the
// quotation before it (`“…,” kata X, “…”`). A quotation with no cue is speech only when it stands as a
// sentence of its own and is long enough: short ones are scare quotes or names (`'resolusi sanksi'`).
import { firstStartAtOrAfter } from '../../text/bisect.js';
import { startsUpper, startsWithLetter } from '../../text/chars.js';
import type { Quotation } from '../../types.js';
import { contentSpan, wordCount } from './content.js';
import { type Ctx, isVerbLike, skipConnectives, span, tokSpan } from './context.js';
import type { Draft } from './draft.js';
import { type Cue, cueOf, matchWords, matchWordsBefore, setting } from './lexicon.js';
import { type SpeakerPhrase, speakerAfter, speakerBefore } from './speaker.js';

export interface CueAt {
  cue: Cue;
  clitic: boolean;
  len: number; // words the cue spans (`according to` = 2)
}

/** The cue spelled by the words at token `i`, single or multi-word. */
export function cueAt(ctx: Ctx, i: number): CueAt | null {
  const hit = ctx.cues[i];
  if (hit !== undefined) return hit;
  if (!(i >= 0 && i < ctx.words.length)) return null;
  const found = findCueAt(ctx, i);
  ctx.cues[i] = found;
  return found;
}

// Every narrative token is asked and most are no cue: the word is looked up first, the letter and
// capital tests run only on a hit.
function findCueAt(ctx: Ctx, i: number): CueAt | null {
  const w = ctx.words[i];
  const found = lexicalCue(ctx, i, w);
  if (!found || !startsWithLetter(w)) return null;
  // A capitalised cue is a name (`United States`) unless it opens its sentence (`Menurut X, …`).
  const t = ctx.doc.tokens[i];
  if (startsUpper(t.text) && ctx.sentTok[t.sentence][0] !== i && ctx.words[i - 1] !== ',') return null;
  return found;
}

function lexicalCue(ctx: Ctx, i: number, w: string): CueAt | null {
  const multi = ctx.lex.multiByFirst.get(w);
  if (multi !== undefined) {
    for (const c of multi) {
      const ws = c.words;
      let k = 1;
      while (k < ws.length && ctx.words[i + k] === ws[k]) k++;
      if (k === ws.length) return { cue: c, clitic: false, len: ws.length };
    }
  }
  const one = cueOf(ctx.lex, w);
  return one ? { cue: one.cue, clitic: one.clitic, len: 1 } : null;
}

function firstTokAtOrAfter(ctx: Ctx, pos: number): number {
  return firstStartAtOrAfter(ctx.doc.tokens, pos);
}

function sentenceOf(ctx: Ctx, tok: number): number {
  return ctx.doc.tokens[tok].sentence;
}

/** After the cue of an inverted attribution only an adjunct may follow: `dalam sebuah pernyataan`, a date. */
function adjunctOnly(ctx: Ctx, from: number): boolean {
  const end = ctx.sentTok[sentenceOf(ctx, Math.min(from, ctx.words.length - 1))][1];
  if (from >= end) return true;
  const w = ctx.words[from];
  // `… X told Reuters.` / `… told reporters.` / `… told a news conference`: the audience is part of
  // the attribution.
  const det = matchWords(ctx.lex, 'article', ctx.words, from);
  const audience =
    matchWords(ctx.lex, 'platform', ctx.words, from + det) > 0 ||
    ctx.mentions.some((m) => m.start === ctx.doc.tokens[from].start && m.entity.kind !== 'person');
  return (
    /^[.,;!?]$/.test(w) ||
    audience ||
    matchWords(ctx.lex, 'stop', ctx.words, from) > 0 ||
    matchWords(ctx.lex, 'channel', ctx.words, from) > 0
  );
}

function post(ctx: Ctx, q: Quotation, after: number): Draft | null {
  let k = after;
  if (ctx.words[k] === ',') k++;
  const toks = ctx.doc.tokens;
  if (k >= toks.length || ctx.quoteOfTok[k]) return null;
  if (!/^[\s,]*$/u.test(ctx.text.slice(q.end, toks[k].start))) return null;
  const content = contentSpan(ctx, q.innerStart, q.innerEnd);
  if (!content) return null;
  const c = cueAt(ctx, k);
  if (c && c.cue.position !== 'pre') {
    let ref: SpeakerPhrase['ref'] | null = null;
    if (c.clitic && ctx.lex.clitic) ref = { type: 'pronoun', pronoun: ctx.lex.clitic, at: toks[k].start };
    else ref = speakerAfter(ctx, k, c.len)?.ref ?? (c.cue.position === 'post' ? { type: 'unknown' } : null);
    if (ref) {
      return {
        kind: 'direct',
        how: 'post',
        cue: tokSpan(ctx, k, k + c.len),
        cueInfo: c.cue,
        content,
        speaker: ref,
        sentence: sentenceOf(ctx, k),
        link: undefined,
        resolved: undefined,
      };
    }
  }
  // `“…,” Bobby menambahkan.` / `“…,” the official said.`: the speaker first, then the verb.
  const end = ctx.sentTok[sentenceOf(ctx, k)][1];
  for (let v = k + 1; v < end && v - k <= 8; v++) {
    if (ctx.quoteOfTok[v]) break;
    const cv = cueAt(ctx, v);
    if (cv && !cv.clitic && (cv.cue.position === 'both' || cv.cue.position === 'pre')) {
      const sp = speakerBefore(ctx, v);
      if (!sp || sp.from < k || sp.ref.type === 'coord' || !adjunctOnly(ctx, v + cv.len)) return null;
      return {
        kind: 'direct',
        how: 'post',
        cue: tokSpan(ctx, v, v + cv.len),
        cueInfo: cv.cue,
        content,
        speaker: sp.ref,
        sentence: sentenceOf(ctx, v),
        link: undefined,
        resolved: undefined,
      };
    }
    if (!/[\p{L}\p{N}().]/u.test(ctx.words[v]) || isVerbLike(ctx, v)) break;
  }
  return null;
}

/** `X mengatakan, “…”`, `X menegaskan: “…”`, `Menurut X, “…”`, `X said: “…”`. */
function pre(ctx: Ctx, q: Quotation, first: number): Draft | null {
  const floor = ctx.sentTok[sentenceOf(ctx, first)][0];
  for (let c = first - 1; c >= floor && first - c <= 14; c--) {
    if (ctx.quoteOfTok[c]) return null;
    const cue = cueAt(ctx, c);
    if (!cue) continue;
    return preFrom(ctx, q, c, cue, first, 'pre');
  }
  return null;
}

function preFrom(
  ctx: Ctx,
  q: Quotation,
  c: number,
  cue: CueAt,
  first: number,
  how: 'pre' | 'intro',
): Draft | null {
  const content = contentSpan(ctx, q.innerStart, q.innerEnd);
  if (!content) return null;
  const toks = ctx.doc.tokens;
  const between = ctx.words.slice(c + cue.len, first);
  let sp: SpeakerPhrase | null = null;
  let cueEnd = c + cue.len;
  if (cue.cue.position === 'according') {
    sp =
      cue.clitic && ctx.lex.clitic
        ? { ref: { type: 'pronoun', pronoun: ctx.lex.clitic, at: toks[c].start }, from: c, to: c + 1 }
        : speakerAfter(ctx, c, cue.len);
    if (!sp) return null;
    const rest = ctx.words.slice(sp.to, first);
    if (!rest.every((w) => w === ',' || w === ':')) return null;
  } else {
    if (cue.clitic || cue.cue.position === 'post') return null;
    // Between the verb and the quotation: nothing, `bahwa`, or an adjunct closed by `,` or `:`.
    const thatLen = matchWords(ctx.lex, 'that', ctx.words, c + cue.len);
    if (between.length > 0) {
      const last = between[between.length - 1];
      const closed = last === ',' || last === ':' || matchWordsBefore(ctx.lex, 'that', ctx.words, first) > 0;
      if (!closed || between.length > 10) return null;
      for (let i = c + cue.len; i < first - 1; i++) if (isVerbLike(ctx, i)) return null;
    }
    if (thatLen > 0 && thatLen === between.length) cueEnd += thatLen;
    sp = speakerBefore(ctx, c);
    if (!sp) return null;
    if (cue.cue.that === 'required' && thatLen === 0 && between.some((w) => w !== ',' && w !== ':'))
      return null;
  }
  return {
    kind: 'direct',
    how,
    cue: tokSpan(ctx, c, cueEnd),
    cueInfo: cue.cue,
    content,
    speaker: sp.ref,
    sentence: sentenceOf(ctx, c),
    link: undefined,
    resolved: undefined,
  };
}

/** `X mengatakan:` closing the previous sentence, the quotation opening this one. */
function intro(ctx: Ctx, q: Quotation, first: number): Draft | null {
  const s = sentenceOf(ctx, first);
  if (ctx.sentTok[s][0] !== first || s === 0) return null;
  const [pf, pe] = ctx.sentTok[s - 1];
  if (pe <= pf || !/^[:,]$/.test(ctx.words[pe - 1])) return null;
  for (let c = pe - 2; c >= pf && pe - c <= 12; c--) {
    if (ctx.quoteOfTok[c]) return null;
    const cue = cueAt(ctx, c);
    if (cue) return cue.cue.position === 'post' ? null : preFrom(ctx, q, c, cue, pe, 'intro');
  }
  return null;
}

function isTitle(ctx: Ctx, first: number): boolean {
  return first > 0 && matchWordsBefore(ctx.lex, 'title', ctx.words, first) > 0;
}

export function findDirect(ctx: Ctx): Draft[] {
  const out: Draft[] = [];
  const scareMax = setting(ctx.lex, 'scare_max_words', 4);
  for (const q of ctx.quotes) {
    const first = firstTokAtOrAfter(ctx, q.start);
    const after = firstTokAtOrAfter(ctx, q.end);
    if (first >= ctx.doc.tokens.length) continue;
    const content = contentSpan(ctx, q.innerStart, q.innerEnd);
    if (!content) continue;
    const short = wordCount(content.text) <= scareMax;
    if (isTitle(ctx, first)) continue;
    let d = post(ctx, q, after);
    if (d && short && d.how === 'post' && !/[,!?]\s*$/u.test(ctx.text.slice(q.innerStart, q.innerEnd)))
      d = null;
    const prev = out[out.length - 1];
    if (
      !d &&
      prev &&
      prev.how === 'post' &&
      prev.sentence === sentenceOf(ctx, first) &&
      prev.cue.end < q.start
    ) {
      // `“…,” kata X, “…”`: the second half of a quotation split by its attribution.
      d = { ...prev, how: 'continued', content, link: prev };
    }
    if (!d && !short) d = pre(ctx, q, first) ?? intro(ctx, q, first);
    if (!d && !short) {
      // A stand-alone quotation with no cue: speech when it opens its sentence; a quotation inside a
      // narrative sentence is a partial quote or a name, which the sentence's own cue (if any) covers.
      const s = sentenceOf(ctx, first);
      const open = skipConnectives(ctx, ctx.sentTok[s][0], ctx.sentTok[s][1]);
      if (open === first) {
        d = {
          kind: 'direct',
          how: 'unattributed',
          cue: span(ctx, q.start, q.start),
          cueInfo: null,
          content,
          speaker: null,
          sentence: s,
          link: undefined,
          resolved: undefined,
        };
      }
    }
    if (d) out.push(d);
  }
  return out;
}

export { firstTokAtOrAfter };
