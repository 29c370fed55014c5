// Date mentions in a text, resolved against an anchor (the statement's or the article's date) at the
// precision the expression really has. chrono-node reads absolute dates and times; warta's own parsers
// (src/extract/dates/parsers.ts), driven by src/lang/<lang>/dates.tsv, read the forms Indonesian news
// writes and every relative expression; src/extract/dates/resolve.ts turns them into honest ISO values.
import type * as chrono from 'chrono-node';
import { mapPacked } from '../text/packed.js';
import { dayNumber, isoWeekday, type Precision, parseIsoPrecision } from './dates/calendar.js';
import { dateLexicon, type Lang } from './dates/lexicon.js';
import { buildChrono, type DateSpec, type Registry } from './dates/parsers.js';
import { describePeriod, resolveSpec, type Time } from './dates/resolve.js';
import { trieAlternation } from './dates/tsv.js';

export type { IsoValue, Precision } from './dates/calendar.js';
export { parseIsoPrecision } from './dates/calendar.js';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** ISO at the precision the expression has: 2022, 2022-11, 2022-W44, 2022-11-08, 2022-11-08T10:30+07:00. */
  value: string | null;
  precision: Precision;
  kind: 'absolute' | 'relative';
  /** The days the mention covers (inclusive) when that is not exactly `value`'s unit; always for weeks. */
  range?: { start: string; end: string };
  /** Why the value is what it is, when that is not obvious (year from the anchor, coarsened, mismatch). */
  note?: string;
}

export interface FindDatesOptions {
  anchor: string | null;
  lang: Lang;
}

interface Reader {
  chrono: chrono.Chrono;
  /** The language's time zone abbreviations as chrono takes them (chrono only reads them): built once. */
  timezones: Record<string, number>;
}
const readers = new Map<Lang, Reader>();
function readerFor(lang: Lang): Reader {
  let r = readers.get(lang);
  if (!r) {
    const lex = dateLexicon(lang);
    r = { chrono: buildChrono(lex), timezones: Object.fromEntries(lex.timezones) };
    readers.set(lang, r);
  }
  return r;
}

interface Raw {
  start: number;
  end: number;
  spec: DateSpec | null;
  endSpec?: DateSpec | null;
  time?: Time;
}

function timeOf(c: chrono.ParsedComponents): Time | undefined {
  if (!c.isCertain('hour')) return undefined;
  const t: Time = { hour: c.get('hour') ?? 0, minute: c.get('minute') ?? 0 };
  if (c.isCertain('timezoneOffset')) t.offset = c.get('timezoneOffset') ?? undefined;
  return t;
}

/** A spec from chrono's own components, for results no warta parser claimed. */
function specOf(c: chrono.ParsedComponents): DateSpec | null {
  const day = c.isCertain('day') ? c.get('day') : null;
  const month = c.isCertain('month') ? c.get('month') : null;
  const year = c.isCertain('year') ? c.get('year') : null;
  if (day !== null && month !== null) {
    return year !== null ? { k: 'ymd', year, month, day } : { k: 'dm', month, day };
  }
  if (month !== null && year !== null) return { k: 'ym', year, month };
  if (year !== null) return { k: 'y', year };
  return null;
}

function toRaw(r: chrono.ParsedResult, hits: Registry['hits'], lexTimeCue: RegExp): Raw | null {
  const start = r.index;
  const end = r.index + r.text.length;
  const inside = hits.filter((h) => h.start >= start && h.end <= end);
  const time = timeOf(r.start);
  if (r.end) {
    // A range. Each end is a warta hit when one sits exactly there ("Sabtu-Minggu"), otherwise chrono's
    // own reading ("8-10 November 2022": chrono read the 8, warta the "10 November 2022").
    const first = inside.find((h) => h.start === start);
    const last = inside.find((h) => h.end === end && h !== first);
    const spec = first ? first.spec : specOf(r.start);
    const endSpec = last ? last.spec : specOf(r.end);
    // A range of times ("pukul 10.30 hingga 12.00 WIB") is read as its start time.
    if (spec === null) return time && lexTimeCue.test(r.text) ? { start, end, spec: null, time } : null;
    return { start, end, spec, endSpec, time };
  }
  const own = inside.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  if (own) return { start, end, spec: own.spec, time };
  const spec = specOf(r.start);
  if (spec === null) {
    // A bare time: only with a cue ("pukul", "WIB", "at"), so "10.30" alone is never a date.
    if (!time || !lexTimeCue.test(r.text)) return null;
    return { start, end, spec: null, time };
  }
  return { start, end, spec, time };
}

/** "on Tuesday, Nov. 8, 2022": a weekday right before a full date is part of it (and checks it). */
function mergeWeekdays(raws: Raw[], text: string): Raw[] {
  const out: Raw[] = [];
  for (const r of raws) {
    const prev = out[out.length - 1];
    if (
      prev?.spec?.k === 'weekday' &&
      (r.spec?.k === 'ymd' || r.spec?.k === 'dm') &&
      r.spec.weekday === undefined &&
      /^[\s,(]*$/.test(text.slice(prev.end, r.start))
    ) {
      out[out.length - 1] = {
        ...r,
        start: prev.start,
        spec: { ...r.spec, weekday: prev.spec.weekday, weekdayName: prev.spec.weekdayName },
      };
      continue;
    }
    out.push(r);
  }
  return out;
}

function timeCueRegex(lang: Lang): RegExp {
  const lex = dateLexicon(lang);
  const words = [...lex.timeCues, ...lex.timezones.keys()].map((w) =>
    w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
  );
  return new RegExp(`(?<![\\p{L}])(?:${words.join('|')})(?![\\p{L}])|\\d:\\d`, 'iu');
}
const timeCues = new Map<Lang, RegExp>();

/**
 * Every date mention in `text`, with offsets into it, resolved against `opts.anchor` (an ISO value at
 * any precision, or null). Relative expressions never become more precise than the anchor allows.
 */
export function findDates(text: string, opts: FindDatesOptions): DateMention[] {
  const lex = dateLexicon(opts.lang);
  // Most sentences hold no date: a date-like number or a date word is needed before chrono runs.
  if (!mayHoldDate(opts.lang, lex, text)) return [];
  const anchor = parseIsoPrecision(opts.anchor);
  // chrono needs a reference instant; warta recomputes every anchor-dependent value itself, so when
  // there is no anchor a fixed instant keeps the output deterministic.
  const refDay = anchor ? anchor.period.start : dayNumber(2000, 1, 1);
  const registry: Registry = { hits: [] };
  const reader = readerFor(opts.lang);
  const option = { timezones: reader.timezones, warta: registry } as chrono.ParsingOption;
  const results = reader.chrono.parse(
    text,
    { instant: new Date(refDay * 86_400_000 + 43_200_000), timezone: 0 },
    option,
  );
  let cue = timeCues.get(opts.lang);
  if (!cue) {
    cue = timeCueRegex(opts.lang);
    timeCues.set(opts.lang, cue);
  }
  const raws = mergeWeekdays(
    mapPacked(results, (r) => toRaw(r, registry.hits, cue)).filter((r): r is Raw => r !== null),
    text,
  );
  return mapPacked(raws, (r) => {
    let resolved = resolveSpec(r.spec, r.time, anchor);
    if (r.endSpec && resolved.value !== null) {
      // A range ("8-10 November 2022"): one period from the start's first day to the end's last.
      const a = parseIsoPrecision(resolved.value);
      const b = parseIsoPrecision(resolveSpec(r.endSpec, undefined, anchor).value);
      if (a && b && b.period.end >= a.period.start) {
        const period = { start: a.period.start, end: b.period.end };
        resolved = { ...resolved, ...describePeriod(period, 'day') };
      }
    }
    const mention: DateMention = {
      start: r.start,
      end: r.end,
      text: text.slice(r.start, r.end),
      value: resolved.value,
      precision: resolved.precision,
      kind: resolved.kind,
    };
    if (resolved.range) mention.range = resolved.range;
    if (resolved.note) mention.note = resolved.note;
    return mention;
  });
}

/**
 * Is `weekdayName` (in `lang`) the weekday of `dateIso`? null when the name is unknown or the value is
 * not at day (or time) precision.
 */
export function checkWeekday(dateIso: string, weekdayName: string, lang: Lang): boolean | null {
  const v = parseIsoPrecision(dateIso);
  const wd = dateLexicon(lang).weekdays.get(weekdayName.trim().toLowerCase().replace(/\.$/, ''));
  if (!v || wd === undefined || v.period.start !== v.period.end) return null;
  return isoWeekday(v.period.start) === wd;
}

const mentionWords = new Map<Lang, RegExp>();

/**
 * Whether `text` may hold a whole date mention. Unlike mayHoldDate this is certain, not a heuristic:
 * every parser chrono is built with (dates/parsers.ts) needs a digit or one of these words, in any
 * case, inside what it reads, and chrono's refiners only join and widen what the parsers read. So a
 * part of a sentence that fails it holds no mention of the sentence's parse, and a caller that only
 * uses mentions inside that part need not parse the sentence.
 */
export function mayHoldMention(lang: Lang, text: string): boolean {
  let re = mentionWords.get(lang);
  if (!re) {
    const lex = dateLexicon(lang);
    const words = trieAlternation([
      ...lex.weekdays.keys(),
      ...lex.months.keys(),
      ...lex.relative.keys(),
      ...lex.units.keys(),
    ]);
    re = new RegExp(`\\d|${words}`, 'iu');
    mentionWords.set(lang, re);
  }
  return re.test(text);
}

interface Hint {
  /** A number written the way dates and times are. */
  digits: RegExp;
  /** A date word or counted unit, without the check that no letter stands before it (see mayHoldDate). */
  words: RegExp;
}
const hints = new Map<Lang, Hint>();
const WORD_START = /(?<!\p{L})/uy;

/**
 * Whether a sentence may hold a date: a number written the way dates and times are (7/10, 10.00,
 * 2022), a weekday, month, relative expression or time cue, or a counted unit (`dua hari`, `sepekan`,
 * `hari lalu`). Amounts (Rp49,5 triliun, 23.100 ton) and bare unit or direction words (`tahun`,
 * `lalu` = "then") are in most news sentences, chrono found nothing in them, and a parse is the
 * dearest step per sentence. Checked on 23,595 real sentences: the same dates come out with and
 * without this filter.
 */
function mayHoldDate(lang: Lang, lex: ReturnType<typeof dateLexicon>, text: string): boolean {
  const hint = hintFor(lang, lex);
  if (hint.digits.test(text)) return true;
  // A date word must start a word. As a lookbehind opening the regex, that check kept V8 from skipping
  // to where a word can match (the hint cost more than 1 % of analysis); it is made here instead, at
  // each place the words match, which is the same test.
  const words = hint.words;
  words.lastIndex = 0;
  for (let m = words.exec(text); m !== null; m = words.exec(text)) {
    WORD_START.lastIndex = m.index;
    if (WORD_START.test(text)) return true;
    words.lastIndex = m.index + 1;
  }
  return false;
}

function hintFor(lang: Lang, lex: ReturnType<typeof dateLexicon>): Hint {
  let hint = hints.get(lang);
  if (!hint) {
    const words = trieAlternation([
      ...lex.weekdays.keys(),
      ...lex.months.keys(),
      ...lex.relative.keys(),
      ...lex.timeCues,
    ]);
    const units = trieAlternation([...lex.units.keys()]);
    const counts = trieAlternation([...lex.numbers.keys()]);
    const directions = trieAlternation([...lex.ago, ...lex.ahead]);
    const L = String.raw`\p{L}`;
    hint = {
      digits: /(?<![\d.,])\d{1,2}[/.:-]\d{1,2}(?![\d,])|(?<![\d.,])\d{4}(?![\d.,]\d)/u,
      words: new RegExp(
        [
          `(?:${words})(?!${L})`,
          `(?:\\d+\\s*|(?:${counts})\\s*)(?:${units})(?!${L})`,
          `(?:${units})\\s+(?:${directions})(?!${L})`,
        ].join('|'),
        'giu',
      ),
    };
    hints.set(lang, hint);
  }
  return hint;
}
