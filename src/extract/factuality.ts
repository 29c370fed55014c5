// Factuality cues (negation, hedges, possibility, future/intention, certainty) from per-language
// lexicons (src/lang/<lang>/factuality.tsv), and their combination into FactBank values relative to
// one source: CT+ PR+ PS+ CT- PR- PS- Uu. See docs/dates-and-factuality.md for the rules.

import { codeUnitTest } from '../text/chars.js';
import type { Factuality } from '../types.js';
import { readTsv, trieAlternation } from './dates/tsv.js';
import { ENGLISH_GERUND, INDONESIAN_VERB } from './verb-forms.js';

export type Lang = 'id' | 'en';
export type CueType =
  | 'negation'
  | 'hedge'
  | 'possibility'
  | 'future'
  | 'intention'
  | 'certainty'
  | 'boundary'
  | 'ignore'
  | 'existence'
  | 'negation-verb';

export interface Cue {
  start: number;
  end: number;
  text: string;
  type: CueType;
  /** The lexicon value: "-", "PR", "PS", "CT", "future", "clause" or "0". */
  value: string;
  /** The lexicon line, for a record's `why`. */
  source: string;
}

export interface FactualityResult {
  factuality: Factuality;
  /** True when a future or intention cue governs the event (it has not happened yet). */
  future: boolean;
  /** The cue that decided the value (the modal if any, else the negation, else the future cue). */
  decidedBy: Cue | null;
  /** A one-line explanation naming the cues, e.g. `"tidak" (negation) + "akan" (future) → CT-`. */
  why: string;
}

const VALUE_OF: Record<CueType, string> = {
  negation: '-',
  hedge: 'PR',
  possibility: 'PS',
  certainty: 'CT',
  future: 'future',
  intention: 'future',
  boundary: 'clause',
  ignore: '0',
  existence: 'exist',
  'negation-verb': '-',
};

interface Entry {
  type: CueType;
  value: string;
  source: string;
}

interface Lexicon {
  entries: Map<string, Entry[]>;
  re: RegExp;
  cut: Uint8Array; // by char code: is the text cut after it (see CUTS)
}

const lexicons = new Map<Lang, Lexicon>();

/** Apostrophes are matched straight or curly: "won't" = "won’t". */
const key = (s: string): string => s.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');

function lexicon(lang: Lang): Lexicon {
  const hit = lexicons.get(lang);
  if (hit) return hit;
  const entries = new Map<string, Entry[]>();
  for (const { fields, line } of readTsv(lang, 'factuality.tsv')) {
    const [cue, type, value] = fields;
    if (!cue || !(type in VALUE_OF) || VALUE_OF[type as CueType] !== value) {
      throw new Error(`src/lang/${lang}/factuality.tsv line ${line}: bad row "${fields.join(' | ')}"`);
    }
    const list = entries.get(key(cue)) ?? [];
    list.push({ type: type as CueType, value, source: `${lang}/factuality.tsv:${line}` });
    entries.set(key(cue), list);
  }
  // a trie: V8 tried the flat list of some 150 forms one after the other at every position (the
  // dearest step of factuality); both match the same text at the same places (see trieAlternation)
  const alt = trieAlternation(entries.keys()).replace(/'/g, "['’]");
  // Whole words; a hyphen joins words ("disebut-sebut", "jelas-jelas"), so it is part of a word here.
  const re = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${alt})(?![\\p{L}\\p{N}'’-])`, 'giu');
  const lex = { entries, re, cut: cutsFor(entries.keys()) };
  lexicons.set(lang, lex);
  return lex;
}

/** Every cue (including clause boundaries) inside text[start, end), longest match first. */
function scanSlice(text: string, start: number, end: number, lang: Lang): Cue[] {
  const lex = lexicon(lang);
  const cues: Cue[] = [];
  const slice = text.slice(start, end);
  // exec on the one regex: matchAll clones it for every slice
  const re = lex.re;
  re.lastIndex = 0;
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
    const s = start + m.index;
    // most matches are already a key; key() (two replaces) only for the rest
    for (const e of lex.entries.get(m[0].toLowerCase()) ?? lex.entries.get(key(m[0])) ?? []) {
      cues.push({
        start: s,
        end: s + m[0].length,
        text: m[0],
        // `tanpa melakukan X` negates X; `tanpa dokumen resmi` only describes a noun
        type:
          e.type === 'negation-verb'
            ? verbAfter(text, s + m[0].length, lang)
              ? 'negation'
              : 'ignore'
            : e.type,
        value: e.value,
        source: e.source,
      });
    }
  }
  return cues;
}

const VERB_FORM: Record<Lang, RegExp> = { id: INDONESIAN_VERB, en: ENGLISH_GERUND };

/** Is the word after `at` a verb form (an Indonesian prefixed verb, an English -ing form)? */
function verbAfter(text: string, at: number, lang: Lang): boolean {
  const next = /^\s+([\p{L}-]+)/u.exec(text.slice(at, at + 40))?.[1] ?? '';
  return VERB_FORM[lang].test(next.toLowerCase());
}

// Characters no cue holds and that the cue regex's word edges read as non-word, as they read the text's
// ends. No match crosses one, so the text cut after each is a row of segments whose own scans, put
// together, are the scan of the whole text.
const CUTS = '.,;:!?()[]"“”';

/** A table by UTF-16 code unit: 1 for the CUTS that no form holds. */
function cutsFor(forms: Iterable<string>): Uint8Array {
  const all = [...forms];
  const cut = new Uint8Array(0x10000);
  for (const c of CUTS)
    if (!/[\s\p{L}\p{N}'’-]/u.test(c) && !all.some((f) => f.includes(c))) cut[c.charCodeAt(0)] = 1;
  return cut;
}

// The cues of the last text asked about, by segment start. Extractors ask about many overlapping
// windows of one document (clause before each trigger, predicate after it) but only in the sentences
// that hold a trigger: segments are scanned when first asked, where a whole-text scan read every
// sentence and was nearly all of factualityAt.
let current: { text: string; lang: Lang; segments: Map<number, Cue[]> } | null = null;

/** The cues of a whole-text scan that end after `start` and start before `end`. */
function wholeScanCues(text: string, start: number, end: number, lang: Lang): Cue[] {
  if (current?.text !== text || current.lang !== lang) current = { text, lang, segments: new Map() };
  const { segments } = current;
  const cut = lexicon(lang).cut;
  let a = start;
  while (a > 0 && cut[text.charCodeAt(a - 1)] === 0) a--;
  const out: Cue[] = [];
  while (a < end) {
    let b = a + 1;
    while (b < text.length && cut[text.charCodeAt(b - 1)] === 0) b++;
    let cues = segments.get(a);
    if (!cues) {
      cues = scanSlice(text, a, b, lang);
      segments.set(a, cues);
    }
    for (const c of cues) if (c.end > start && c.start < end) out.push(c);
    a = b;
  }
  return out;
}

/** Is code unit `c` (NaN past the text: no) a word character? Four tests per window. */
const isWordUnit = codeUnitTest(/[\p{L}\p{N}'’-]/u);

/**
 * scanSlice() answered from the scan of the whole text. A window whose edge cuts through a cue, or
 * through the word before or after it, is scanned on its own: the slice's edges then decide, as they
 * always did.
 */
function scan(text: string, start: number, end: number, lang: Lang): Cue[] {
  if (end <= start) return [];
  if (
    (start > 0 && isWordUnit(text.charCodeAt(start - 1)) && isWordUnit(text.charCodeAt(start))) ||
    (end < text.length && isWordUnit(text.charCodeAt(end)) && isWordUnit(text.charCodeAt(end - 1)))
  )
    return scanSlice(text, start, end, lang);
  const cues = wholeScanCues(text, start, end, lang);
  // a cue straddling an edge: the slice would have matched something else there
  for (const c of cues) if (c.start < start || c.end > end) return scanSlice(text, start, end, lang);
  return cues;
}

/** Factuality cues found within text[start, end), with offsets into `text` (boundaries and ignores left out). */
export function factualityCues(text: string, start: number, end: number, lang: Lang): Cue[] {
  return scan(text, start, end, lang).filter((c) => c.type !== 'boundary' && c.type !== 'ignore');
}

// Punctuation that always starts a new clause: semicolon, colon, a quote mark or an opening parenthesis.
const isPunctBoundary = codeUnitTest(/[;:“”"‘(]/);

/**
 * The start of the clause that contains `triggerStart`: the end of the last boundary word (`dan`,
 * `tetapi`, `namun`, `karena`, `yang`, `bahwa` …) or boundary punctuation between the sentence start
 * and the trigger. A comma alone is not a boundary (it also separates a fronted phrase), but a comma
 * followed by a conjunction is, through the conjunction.
 */
export function clauseStart(text: string, sentenceStart: number, triggerStart: number, lang: Lang): number {
  let start = sentenceStart;
  for (const c of scan(text, sentenceStart, triggerStart, lang)) {
    if (c.type === 'boundary' && c.end <= triggerStart) start = Math.max(start, c.end);
  }
  // only the last mark counts: read back from the trigger (a slice and a cloned regex per trigger before)
  for (let i = triggerStart - 1; i >= sentenceStart; i--)
    if (isPunctBoundary(text.charCodeAt(i))) return Math.max(start, i + 1);
  return start;
}

/**
 * The end of the predicate after a nominal trigger: the first boundary word, boundary punctuation or
 * comma after `from`, or `limit`.
 */
function predicateEnd(text: string, from: number, limit: number, lang: Lang): number {
  let end = limit;
  const boundary = scan(text, from, limit, lang).find((c) => c.type === 'boundary');
  if (boundary) end = boundary.start;
  const punct = /[;:“”"‘(,]/.exec(text.slice(from, end));
  if (punct) end = from + punct.index;
  return end;
}

export interface GoverningOptions {
  /**
   * The trigger is a noun in subject position ("intersepsi bisa menjadi opsi"): its modality sits in
   * the predicate after it, so cues from `triggerEnd` to the next clause boundary or comma (at most
   * `sentenceEnd`) govern it too.
   */
  nominal?: { triggerEnd: number; sentenceEnd: number };
}

/** The cues that govern an event trigger: those between its clause start and the trigger. */
export function cuesGoverning(
  text: string,
  sentenceStart: number,
  triggerStart: number,
  lang: Lang,
  opts: GoverningOptions = {},
): Cue[] {
  const before = factualityCues(
    text,
    clauseStart(text, sentenceStart, triggerStart, lang),
    triggerStart,
    lang,
  );
  if (!opts.nominal) return before;
  const { triggerEnd, sentenceEnd } = opts.nominal;
  const after = factualityCues(text, triggerEnd, predicateEnd(text, triggerEnd, sentenceEnd, lang), lang);
  // `Tuduhan serupa bukan hal baru`: a negation in the nominal's predicate denies what is said of the act,
  // not the act, unless the predicate is a modal (`tidak bisa menjadi opsi`) or says the act did not
  // happen (`tidak terjadi`: `existence`)
  const ofTheAct = after.some((c) => c.type !== 'negation');
  return [...before, ...(ofTheAct ? after : []).filter((c) => c.type !== 'existence')];
}

const quoteCue = (c: Cue): string => `"${c.text}" (${c.type})`;

/**
 * Combine the cues that govern an event into one FactBank value for one source.
 * - reported (the author relays someone's claim): Uu for the author, whatever the cues.
 * - polarity: an odd number of negations makes it negative.
 * - modality: the weakest commitment wins (possibility PS < hedge PR < certainty CT). A negation
 *   *before* a possibility cue negates the possibility itself ("tidak mungkin", "cannot") → CT-;
 *   a negation before a certainty cue ("tidak pasti") leaves it uncertain → PS+.
 * - future/intention cues set `future` and keep CT ("akan" → CT+ future, "tidak akan" → CT- future).
 */
export function combineFactuality(cues: Cue[], opts: { reported?: boolean } = {}): FactualityResult {
  const relevant = cues
    .filter((c) => c.type !== 'boundary' && c.type !== 'ignore')
    .sort((a, b) => a.start - b.start);
  const future = relevant.some((c) => c.type === 'future' || c.type === 'intention');
  if (opts.reported) {
    return {
      factuality: 'Uu',
      future,
      decidedBy: null,
      why: 'reported: the author relays the claim without taking a position → Uu',
    };
  }
  const negations = relevant.filter((c) => c.type === 'negation');
  const firstNeg = negations[0];
  const negative = negations.length % 2 === 1;
  const rank = { possibility: 0, hedge: 1, certainty: 2 } as const;
  let modal: Cue | undefined;
  for (const c of relevant) {
    if (c.type !== 'possibility' && c.type !== 'hedge' && c.type !== 'certainty') continue;
    if (!modal || rank[c.type] < rank[modal.type as keyof typeof rank]) modal = c;
  }
  const parts = relevant.map(quoteCue).join(' + ');
  const done = (factuality: Factuality, decidedBy: Cue | null, rule: string): FactualityResult => ({
    factuality,
    future,
    decidedBy,
    why: `${parts || 'no cue'}${rule ? ` (${rule})` : ''} → ${factuality}${future ? ' (future)' : ''}`,
  });
  if (modal && firstNeg && firstNeg.start < modal.start && negations.length % 2 === 1) {
    if (modal.type === 'possibility') return done('CT-', firstNeg, 'negated possibility: impossible');
    if (modal.type === 'certainty') return done('PS+', modal, 'negated certainty: uncertain');
  }
  const sign = negative ? '-' : '+';
  if (modal) {
    const level = modal.type === 'possibility' ? 'PS' : modal.type === 'hedge' ? 'PR' : 'CT';
    return done(`${level}${sign}` as Factuality, modal, '');
  }
  if (firstNeg) {
    return done(negative ? 'CT-' : 'CT+', negations[negations.length - 1], negative ? '' : 'double negation');
  }
  const fut = relevant.find((c) => c.type === 'future' || c.type === 'intention');
  return done('CT+', fut ?? null, fut ? '' : 'asserted');
}

/** Convenience for extractors: the factuality of the event whose trigger starts at `triggerStart`. */
export function factualityAt(
  text: string,
  sentenceStart: number,
  triggerStart: number,
  lang: Lang,
  opts: { reported?: boolean } & GoverningOptions = {},
): FactualityResult & { cues: Cue[] } {
  const cues = cuesGoverning(text, sentenceStart, triggerStart, lang, opts);
  return { ...combineFactuality(cues, opts), cues };
}
