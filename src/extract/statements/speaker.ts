// Finding the words that name the speaker of a cue: after an inverted cue (`kata X`, `said X`) or before
// a verb of speech (`X mengatakan`, `X said`). What they name is resolved later (resolve.ts): an entity
// mention now, a pronoun or an unlinked role noun phrase against what came before.
import {
  type Ctx,
  isCapitalised,
  isVerbLike,
  isWord,
  kindRank,
  type Mention,
  mentionsWithin,
  preferred,
} from './context.js';
import { matchWords, matchWordsBefore, type Pronoun } from './lexicon.js';

export type SpeakerRef =
  | { type: 'entity'; mention: Mention; anaphor: boolean }
  | { type: 'pronoun'; pronoun: Pronoun; at: number }
  | { type: 'head'; head: string; at: number; definite: boolean } // `pejabat itu` no entity mention covers
  | { type: 'unknown'; name?: string } // a speaker is named but is no entity we know
  | { type: 'coord' }; // `… dan mengatakan`: the subject of the previous verb

export interface SpeakerPhrase {
  ref: SpeakerRef;
  from: number; // first token of the phrase
  to: number; // token after the phrase
}

/** A mention is an anaphor when it is not the entity's first mention and reads as a definite phrase. */
function entityRef(ctx: Ctx, m: Mention): SpeakerRef {
  const ws = ctx.text.slice(m.start, m.end).toLowerCase().split(/\s+/);
  const definite =
    (ctx.lex.words.get('det-after') ?? []).some((f) => f.length === 1 && f[0] === ws[ws.length - 1]) ||
    (ctx.lex.words.get('det-before') ?? []).some((f) => f.length === 1 && f[0] === ws[0]) ||
    (ws.length === 1 &&
      ws[0].endsWith('nya') &&
      matchWords(ctx.lex, 'head', [ws[0].replace(/nya$/u, '')], 0) > 0);
  return { type: 'entity', mention: m, anaphor: !m.first && definite };
}

/** The role head (`pejabat`, `juru bicara`) a noun phrase of tokens [from, to) starts or ends with. */
function headIn(ctx: Ctx, from: number, to: number): string | null {
  for (let i = from; i < to; i++) {
    const n = matchWords(ctx.lex, 'head', ctx.words, i);
    if (n > 0) return ctx.words.slice(i, i + n).join(' ');
  }
  return null;
}

/** A noun phrase of tokens [from, to) is definite when it has `itu`/`tersebut` or starts with `sang`. */
function definite(ctx: Ctx, from: number, to: number): boolean {
  for (let i = from; i < to; i++)
    if (matchWords(ctx.lex, 'det-after', ctx.words, i) > 0 && i > from) return true;
  return matchWords(ctx.lex, 'det-before', ctx.words, from) > 0;
}

function pronounAt(ctx: Ctx, i: number): Pronoun | null {
  return ctx.lex.pronouns.get(ctx.words[i]) ?? null;
}

const PUNCT_END = new Set([',', '.', ';', ':', '!', '?', '“', '”', '"', '—', '–']);

/** The speaker phrase right after an inverted cue at token `cue` (`kata pejabat itu dalam …`). */
export function speakerAfter(ctx: Ctx, cue: number, cueLen = 1): SpeakerPhrase | null {
  const sentEnd = ctx.sentTok[ctx.doc.tokens[cue].sentence][1];
  const from = cue + cueLen;
  if (from >= sentEnd) return null;
  const p = pronounAt(ctx, from);
  if (p) return { ref: { type: 'pronoun', pronoun: p, at: ctx.doc.tokens[from].start }, from, to: from + 1 };
  if (matchWords(ctx.lex, 'stop', ctx.words, from) > 0 || matchWords(ctx.lex, 'that', ctx.words, from) > 0)
    return null;
  let to = from;
  while (
    to < sentEnd &&
    to - from < 12 &&
    !PUNCT_END.has(ctx.words[to]) &&
    !(to > from && matchWords(ctx.lex, 'stop', ctx.words, to) > 0 && !isCapitalised(ctx, to))
  )
    to++;
  if (to === from) return null;
  const start = ctx.doc.tokens[from].start;
  const end = ctx.doc.tokens[to - 1].end;
  const inside = mentionsWithin(ctx, start, end).filter((m) => m.start < ctx.doc.tokens[from].end + 60);
  // The first mention of the preferred kind: `data Badan Pusat Statistik (BPS)` → the full name.
  const top = preferred(inside);
  let best = top ? (inside.find((m) => kindRank(m.entity) === kindRank(top.entity)) ?? top) : null;
  // `kata juru bicara Kementerian Luar Negeri, Teuku Faizasyah`: the person stands in apposition.
  if (best?.entity.kind !== 'person' && ctx.words[to] === ',' && to + 1 < sentEnd) {
    const next = ctx.mentions.find(
      (m) => m.start === ctx.doc.tokens[to + 1].start && m.entity.kind === 'person',
    );
    if (next) {
      let k = to + 1;
      while (k < sentEnd && ctx.doc.tokens[k].end <= next.end) k++;
      return { ref: entityRef(ctx, next), from, to: k };
    }
    // `Menurut Kepala Biro Humas Depkeu, Samsuar Said, …`: a name the entities layer missed.
    let k = to + 1;
    while (k < sentEnd && k - to <= 4 && (isCapitalised(ctx, k) || ctx.words[k] === '.')) k++;
    if (k > to + 1 && ctx.words[k] === ',' && !headIn(ctx, to + 1, to + 2)) {
      return {
        ref: {
          type: 'unknown',
          name: ctx.text.slice(ctx.doc.tokens[to + 1].start, ctx.doc.tokens[k - 1].end),
        },
        from,
        to: k,
      };
    }
  }
  if (best) {
    // A mention must open the phrase or follow capitalised title words or a role head
    // (`kata Direktur AALI Santosa`, `kata juru bicara Kementerian X`); `menurut studi tentang Roma`
    // names no speaker, and `kata sumber di Kementerian X` is a nameless source, not the ministry.
    let lead = from;
    while (ctx.doc.tokens[lead].end <= best.start) lead++;
    let titled = true;
    for (let i = from; i < lead && titled; i++) {
      const n = matchWords(ctx.lex, 'head', ctx.words, i) || matchWords(ctx.lex, 'source', ctx.words, i);
      if (n > 0) i += n - 1;
      else titled = isCapitalised(ctx, i) || matchWords(ctx.lex, 'det-before', ctx.words, i) > 0;
    }
    const head = headIn(ctx, from, lead);
    if (!titled || (head && best.entity.kind !== 'person')) best = null;
    if (best) {
      // The phrase ends with the mention (and a determiner): what follows must be an adjunct.
      let k = lead;
      while (k < to && ctx.doc.tokens[k].end <= best.end) k++;
      if (k < to && matchWords(ctx.lex, 'det-after', ctx.words, k) > 0) k++;
      if (ctx.words[k] === '(') {
        // `Badan Pusat Statistik (BPS)`: the short form belongs to the name.
        const close = ctx.words.indexOf(')', k);
        if (close > k && close - k <= 5) k = close + 1;
      }
      return { ref: entityRef(ctx, best), from, to: k };
    }
  }
  if (isCapitalised(ctx, from) && isWord(ctx, from) && !headIn(ctx, from, from + 1)) {
    let k = from;
    while (k < to && (isCapitalised(ctx, k) || ctx.words[k] === '.')) k++;
    return { ref: { type: 'unknown', name: ctx.text.slice(start, ctx.doc.tokens[k - 1].end) }, from, to: k };
  }
  const head = headIn(ctx, from, to);
  if (head) return { ref: { type: 'head', head, at: start, definite: definite(ctx, from, to) }, from, to };
  if (isCapitalised(ctx, from) && isWord(ctx, from)) return { ref: { type: 'unknown' }, from, to };
  return null;
}

/** Skips adverbs (`juga`, `pun`, `sendiri`) backwards from token `j`; returns the new last token. */
function skipBack(ctx: Ctx, j: number, floor: number): number {
  for (;;) {
    const n = matchWordsBefore(ctx.lex, 'skip', ctx.words, j + 1);
    if (n === 0 || j - n < floor) return j;
    j -= n;
  }
}

/**
 * The subject of a verb of speech at token `cue`: the entity mention ending right before it (past
 * adverbs, a parenthetical `(AS)` or `, yang juga …,`), a pronoun, or a role noun phrase.
 */
/**
 * `…, army spokesman Maj. Gen. Winthai Suvaree told reporters`: a role written before the name (lower-case
 * words with a `head` noun among them, and abbreviated ranks) belongs to the speaker phrase, which then
 * starts right after the comma. Returns where the phrase starts (`k` when no such role).
 */
function roleBefore(ctx: Ctx, k: number, floor: number): number {
  let r = k;
  let head = false;
  while (r - 1 > floor && k - r < 5) {
    const w = ctx.doc.tokens[r - 1].text;
    const rank = /^\p{Lu}\p{Ll}{1,4}\.$/u.test(w);
    if (!rank && (!/^\p{Ll}+$/u.test(w) || isVerbLike(ctx, r - 1))) break;
    if (matchWords(ctx.lex, 'head', ctx.words, r - 1) > 0) head = true;
    r--;
  }
  return head && r < k && ctx.words[r - 1] === ',' ? r : k;
}

export function speakerBefore(ctx: Ctx, cue: number): SpeakerPhrase | null {
  const floor = ctx.sentTok[ctx.doc.tokens[cue].sentence][0];
  let j = skipBack(ctx, cue - 1, floor);
  if (j < floor) return null;
  // `X, dalam keterangan tertulisnya, mengatakan`: skip a parenthetical between commas.
  if (ctx.words[j] === ',') {
    // `Direktur PT X, Wahyu M. Saputra, mengaku`: a person in apposition speaks.
    const appos = preferred(ctx.byEnd.get(ctx.doc.tokens[j - 1]?.end ?? -1) ?? []);
    if (appos && appos.entity.kind === 'person' && j - 1 >= floor) {
      let k = j - 1;
      while (k > floor && ctx.doc.tokens[k - 1].start >= appos.start) k--;
      if (ctx.words[k - 1] === ',') return { ref: entityRef(ctx, appos), from: k, to: j };
    }
    let i = j - 1;
    while (i > floor && j - i < 14 && ctx.words[i] !== ',') i--;
    if (i <= floor || ctx.words[i] !== ',') return null;
    // `Analis PT Bank Saudara, Ruri Nova di Jakarta, mengatakan`: a person opening the parenthetical.
    const opener = ctx.mentions.find(
      (m) => m.start === ctx.doc.tokens[i + 1].start && m.entity.kind === 'person',
    );
    if (opener) return { ref: entityRef(ctx, opener), from: i + 1, to: j };
    let r = i + 1;
    while (r < j && r - i <= 4 && isCapitalised(ctx, r)) r++;
    if (
      r > i + 1 &&
      (r === j || ['di', 'dari', 'in', 'at', 'from'].includes(ctx.words[r])) &&
      !headIn(ctx, i + 1, i + 2)
    ) {
      const name = ctx.text.slice(ctx.doc.tokens[i + 1].start, ctx.doc.tokens[r - 1].end);
      if (!ctx.mentions.some((m) => m.start === ctx.doc.tokens[i + 1].start))
        return { ref: { type: 'unknown', name }, from: i + 1, to: j };
    }
    j = skipBack(ctx, i - 1, floor);
    if (j < floor) return null;
  }
  if (ctx.quoteOfTok[j]) return null;
  const p = pronounAt(ctx, j);
  if (p) return { ref: { type: 'pronoun', pronoun: p, at: ctx.doc.tokens[j].start }, from: j, to: j + 1 };
  if (matchWordsBefore(ctx.lex, 'coord', ctx.words, j + 1) > 0 && !isCapitalised(ctx, j))
    return { ref: { type: 'coord' }, from: j, to: j + 1 };
  let end = ctx.doc.tokens[j].end;
  let from = j;
  const cands: Mention[] = [];
  if (ctx.words[j] === ')') {
    // `Amerika Serikat (AS) mengatakan`: the name before the brackets or the short form inside.
    let o = j - 1;
    while (o > floor && ctx.words[o] !== '(') o--;
    if (ctx.words[o] !== '(' || o === floor) return null;
    cands.push(...(ctx.byEnd.get(ctx.doc.tokens[j - 1].end) ?? []));
    cands.push(...(ctx.byEnd.get(ctx.doc.tokens[o - 1].end) ?? []));
    end = ctx.doc.tokens[o - 1].end;
    from = o - 1;
  } else cands.push(...(ctx.byEnd.get(end) ?? []));
  const sentStart = ctx.doc.tokens[floor].start;
  // Places do not speak (a capital standing for its country is linked to the country upstream).
  const usable = cands.filter((m) => m.start >= sentStart && kindRank(m.entity) <= 2);
  if (usable.length === 0 && cands.length > 0) {
    // `Kedutaan Besar Amerika Serikat di Jakarta menuding`: the speaker is before the place.
    const place = cands[0];
    let k = from;
    while (k > floor && ctx.doc.tokens[k].start >= place.start) k--;
    if (k > floor && ['di', 'in', 'at', 'dari', 'from'].includes(ctx.words[k])) {
      const before = preferred(
        (ctx.byEnd.get(ctx.doc.tokens[k - 1].end) ?? []).filter((m) => kindRank(m.entity) <= 2),
      );
      if (before && before.start >= sentStart) return { ref: entityRef(ctx, before), from: k - 1, to: j + 1 };
    }
  }
  let best = preferred(usable);
  if (best && best.entity.kind !== 'person') {
    // `Karine Jean-Pierre dari Gedung Putih mengatakan`: the person the organisation qualifies.
    let k = from;
    while (k > floor && ctx.doc.tokens[k].start >= best.start) k--;
    if (k > floor && ['dari', 'di', 'of', 'at', 'from', 'asal'].includes(ctx.words[k])) {
      const person = preferred(ctx.byEnd.get(ctx.doc.tokens[k - 1].end) ?? []);
      if (person && person.entity.kind === 'person' && person.start >= sentStart) best = person;
    }
  }
  if (best && best.entity.kind !== 'person') {
    // `Firman yang merupakan Ketua Umum PPFI menjelaskan`: the person the relative clause describes.
    for (let y = from - 1; y > floor && from - y < 10; y--) {
      if (ctx.words[y] !== 'yang' && ctx.words[y] !== 'who') continue;
      const person = preferred(ctx.byEnd.get(ctx.doc.tokens[y - 1].end) ?? []);
      if (person && person.entity.kind === 'person' && person.start >= sentStart) best = person;
      break;
    }
  }
  if (best) {
    let k = from;
    while (k > floor && ctx.doc.tokens[k - 1].start >= best.start) k--;
    if (k > floor && matchWords(ctx.lex, 'det-before', ctx.words, k - 1) > 0) k--;
    return { ref: entityRef(ctx, best), from: roleBefore(ctx, k, floor), to: j + 1 };
  }
  // A name the entities layer did not link: `Mendoza menyatakan`.
  if (isCapitalised(ctx, j) && isWord(ctx, j) && !headIn(ctx, j, j + 1)) {
    let k = j;
    while (k > floor && (isCapitalised(ctx, k - 1) || ctx.words[k - 1] === '.') && !ctx.quoteOfTok[k - 1])
      k--;
    if (k - 1 > floor && ['di', 'in', 'at'].includes(ctx.words[k - 1])) {
      // `Kedutaan Besar Amerika Serikat di Jakarta menuding`: the place qualifies the speaker before it.
      const before = preferred(
        (ctx.byEnd.get(ctx.doc.tokens[k - 2].end) ?? []).filter((m) => kindRank(m.entity) <= 2),
      );
      if (before && before.start >= sentStart) return { ref: entityRef(ctx, before), from: k - 2, to: j + 1 };
    }
    if (headIn(ctx, k, k + 1) === null || k === j) {
      if (k > floor && matchWords(ctx.lex, 'det-before', ctx.words, k - 1) > 0) k--;
      return {
        ref: { type: 'unknown', name: ctx.text.slice(ctx.doc.tokens[k].start, ctx.doc.tokens[j].end) },
        from: k,
        to: j + 1,
      };
    }
  }
  // A role noun phrase with no entity: `pejabat itu`, `sang menteri`, `Politikus PNB itu`, `Polisi`.
  let k = j;
  while (k > floor && j - k < 8 && /[\p{L}\p{N}()]/u.test(ctx.words[k - 1]) && !ctx.quoteOfTok[k - 1]) k--;
  for (let i = k; i <= j; i++) {
    const n = matchWords(ctx.lex, 'head', ctx.words, i);
    let clean = n > 0 && i + n - 1 <= j;
    for (let x = i; clean && x <= j; x++)
      clean = !isVerbLike(ctx, x) && matchWords(ctx.lex, 'aux', ctx.words, x) === 0;
    if (clean) {
      // the noun phrase must reach the verb: the head and what qualifies it, ending at j
      const head = ctx.words.slice(i, i + n).join(' ');
      // The phrase starts at its determiner or at the capitalised words before the head (`the Treasury Department`).
      let from = i;
      while (
        from > k &&
        (isCapitalised(ctx, from - 1) || matchWords(ctx.lex, 'det-before', ctx.words, from - 1) > 0)
      )
        from--;
      return {
        ref: { type: 'head', head, at: ctx.doc.tokens[from].start, definite: definite(ctx, from, j + 1) },
        from,
        to: j + 1,
      };
    }
  }
  if (isCapitalised(ctx, j) && isWord(ctx, j)) return { ref: { type: 'unknown' }, from: j, to: j + 1 };
  return null;
}
