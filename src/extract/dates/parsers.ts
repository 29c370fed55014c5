// Custom chrono parsers for what Indonesian (and English) news writes, built from the language data.
// Each parser records what it understood as a DateSpec in the parse's registry (chrono's own result
// objects lose custom tags when its refiners merge a date with a time), and gives chrono a result of
// the right span so chrono's refiners can merge "Selasa (8/11/2022) pukul 10.30 WIB" and drop overlaps.
//
// chrono runs a parser's regex on the *remaining* text after each match, so regex lookbehinds are
// unreliable; boundary and cue checks are made in extract() against the full text instead.
import * as chrono from 'chrono-node';
import { isValidDate } from './calendar.js';
import type { DateLexicon, RelUnit, WeekdayMod } from './lexicon.js';
import { trieAlternation } from './tsv.js';

export type DateSpec =
  | { k: 'ymd'; year: number; month: number; day: number; weekday?: number; weekdayName?: string }
  | { k: 'dm'; month: number; day: number; weekday?: number; weekdayName?: string }
  | { k: 'ym'; year: number; month: number }
  | { k: 'y'; year: number }
  | { k: 'shift'; unit: RelUnit; n: number }
  | { k: 'weekday'; weekday: number; weekdayName: string; mod: WeekdayMod | 'recent' };

export interface SpecHit {
  start: number;
  end: number;
  spec: DateSpec;
}

/** Per-parse state passed to chrono as part of its option object. */
export interface Registry {
  hits: SpecHit[];
}

type Ctx = chrono.ParsingContext & { option: { warta?: Registry } };
type Parser = chrono.Parser;
type Extract = (context: Ctx, m: RegExpExecArray & { index: number }) => chrono.ParsingResult | null;

/** A chrono parser from a regex and an extract function that sees the full text and absolute index. */
function parser(re: RegExp, extract: Extract): Parser {
  return {
    pattern: () => re,
    extract: (context, m) => extract(context as Ctx, m as RegExpExecArray & { index: number }),
  };
}

const WORD = /[\p{L}\p{N}]/u;
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && WORD.test(ch);

function record(context: Ctx, start: number, text: string, spec: DateSpec): chrono.ParsingResult {
  context.option.warta?.hits.push({ start, end: start + text.length, spec });
  // Certain placeholder date components make chrono treat the result as a date (so a following time
  // merges with it); warta computes the real value from the spec and the anchor.
  const ref = context.reference.instant;
  return context.createParsingResult(start, text, {
    year: ref.getUTCFullYear(),
    month: ref.getUTCMonth() + 1,
    day: ref.getUTCDate(),
  });
}

/** Weekday name at the start of a match: returns its ISO number when it is written as a weekday. */
function weekdayOf(lex: DateLexicon, name: string | undefined): number | undefined {
  if (!name) return undefined;
  return lex.weekdays.get(name.toLowerCase());
}

function isCapitalized(s: string): boolean {
  return s[0] !== undefined && s[0] === s[0].toUpperCase() && s[0] !== s[0].toLowerCase();
}

/** True at the start of the text or a sentence (after . ! ? or an opening quote). */
function atSentenceStart(text: string, index: number): boolean {
  return /(?:^|[.!?]["”’']?\s*|^\s*["“‘']|[.!?]\s*["“‘'])\s*$/.test(
    text.slice(Math.max(0, index - 4), index),
  );
}

function precededByLawCue(lex: DateLexicon, text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 20), index).toLowerCase();
  const m = /([\p{L}]+)\.?\s*$/u.exec(before);
  return m !== null && lex.lawCues.has(m[1]);
}

function monthOf(lex: DateLexicon, name: string): number | undefined {
  return lex.months.get(name.toLowerCase().replace(/\.$/, ''));
}

const year4 = (s: string): number => Number(s);
const plausibleYear = (y: number): boolean => y >= 1800 && y <= 2200;

/** `Selasa, 8 November 2022`, `8 Nov. 2022`, `8 November 2022Bantuan` (year glued to the next word). */
export function dayMonthYearParser(lex: DateLexicon): Parser {
  const wd = trieAlternation(lex.weekdays.keys());
  const mo = trieAlternation(lex.months.keys());
  const re = new RegExp(
    `(?:(${wd}),?\\s+)?(\\d{1,2})\\s+(${mo})(?![\\p{L}])\\.?(?:,?\\s+(\\d{4})(?!\\d)|(?![\\s,]*\\d))`,
    'iu',
  );
  return parser(re, (context, m) => {
    if (isWordChar(context.text[m.index - 1])) return null;
    const month = monthOf(lex, m[3]);
    const day = Number(m[2]);
    if (month === undefined) return null;
    const weekday = m[1] && isCapitalized(m[1]) ? weekdayOf(lex, m[1]) : undefined;
    // Without a capitalized weekday the match starts at the day number.
    const start = weekday !== undefined ? m.index : m.index + m[0].indexOf(m[2], m[1]?.length ?? 0);
    const text = context.text.slice(start, m.index + m[0].length);
    const wdPart = weekday !== undefined ? { weekday, weekdayName: m[1] } : {};
    if (m[4]) {
      const year = year4(m[4]);
      if (!isValidDate(year, month, day)) return null;
      return record(context, start, text, { k: 'ymd', year, month, day, ...wdPart });
    }
    if (!isValidDate(2000, month, day)) return null; // 2000 is a leap year: 29 Februari passes
    return record(context, start, text, { k: 'dm', month, day, ...wdPart });
  });
}

/** `November 2022`, `bulan November 2022`, `Nov. 2022`. */
export function monthYearParser(lex: DateLexicon): Parser {
  const mo = trieAlternation(lex.months.keys());
  const re = new RegExp(`(${mo})(?![\\p{L}])\\.?,?\\s+(?:tahun\\s+)?(\\d{4})(?!\\d)`, 'iu');
  return parser(re, (context, m) => {
    if (isWordChar(context.text[m.index - 1]) || !isCapitalized(m[1])) return null;
    const month = monthOf(lex, m[1]);
    const year = year4(m[2]);
    if (month === undefined || !plausibleYear(year)) return null;
    return record(context, m.index, m[0], { k: 'ym', year, month });
  });
}

/**
 * Numeric dates as Indonesian news writes them: `Selasa (8/11/2022)`, `(7/10/2025)`, `Senin (6/10)`,
 * and a bare `8/11/2022`. A day/month pair without a year is accepted only in parentheses after a
 * weekday name, so fractions (`2/3`) and law numbers (`No. 7/2020`) are never dates. Day-first order.
 */
export function slashDateParser(lex: DateLexicon): Parser {
  const wd = trieAlternation(lex.weekdays.keys());
  const re = new RegExp(
    `(?:(${wd}),?\\s*)?(\\()?(\\d{1,2})[/.-](\\d{1,2})(?:[/.-](\\d{4}|\\d{2}))?(\\))?`,
    'iu',
  );
  return parser(re, (context, m) => {
    const text = context.text;
    const [, wdName, open, dStr, mStr, yStr, close] = m;
    const weekday = wdName && isCapitalized(wdName) ? weekdayOf(lex, wdName) : undefined;
    const numStart = m.index + m[0].indexOf(open ? '(' : dStr, wdName?.length ?? 0);
    const start = weekday !== undefined ? m.index : numStart;
    if (weekday === undefined && isWordChar(text[numStart - 1])) return null;
    const after = text[m.index + m[0].length];
    const parenthesized = Boolean(open && close);
    if (!parenthesized && (open || close)) return null;
    // A bare form must not continue as a number ("8/11/20221", "1/2/3/4", "8.11.2022.5").
    if (!parenthesized && (isWordChar(after) || after === '/')) return null;
    if (precededByLawCue(lex, text, numStart)) return null;
    // Dots and dashes are date separators only in the parenthesized form; bare "10.30.45" is not a date.
    const sep = m[0].slice(m[0].indexOf(dStr, numStart - m.index) + dStr.length)[0];
    if (sep !== '/' && !parenthesized) return null;
    const day = Number(dStr);
    const month = Number(mStr);
    const end = m.index + m[0].length;
    const wdPart = weekday !== undefined ? { weekday, weekdayName: wdName } : {};
    if (yStr) {
      const year = yStr.length === 2 ? 2000 + Number(yStr) : Number(yStr);
      if (!isValidDate(year, month, day) || !plausibleYear(year)) return null;
      return record(context, start, text.slice(start, end), { k: 'ymd', year, month, day, ...wdPart });
    }
    if (!parenthesized || weekday === undefined || !isValidDate(2000, month, day)) return null;
    return record(context, start, text.slice(start, end), { k: 'dm', month, day, ...wdPart });
  });
}

/** `pada 2019`, `sejak 2019`, `tahun 2019`, `in 2019`: a bare year counts only after a year cue. */
export function yearParser(lex: DateLexicon): Parser {
  const cues = trieAlternation(lex.yearCues.keys());
  const re = new RegExp(`(${cues})\\s+(?:tahun\\s+)?(\\d{4})(?![\\p{L}\\p{N}]|[.,]\\d|\\s*%)`, 'iu');
  return parser(re, (context, m) => {
    if (isWordChar(context.text[m.index - 1])) return null;
    const year = year4(m[2]);
    if (!plausibleYear(year)) return null;
    // "hingga 2000 orang": a count, not a year.
    const next = /^\s+([\p{L}]+)/u.exec(context.text.slice(m.index + m[0].length));
    if (next && lex.countNouns.has(next[1].toLowerCase())) return null;
    return record(context, m.index, m[0], { k: 'y', year });
  });
}

/** Fixed relative expressions (`kemarin`, `pekan lalu`, `akhir pekan ini`) and `<n> <unit> lalu|lagi`. */
export function relativeParser(lex: DateLexicon): Parser {
  const fixed = trieAlternation(lex.relative.keys());
  const nums = trieAlternation([...lex.numbers.keys()].filter((n) => n !== 'se'));
  const units = trieAlternation(lex.units.keys());
  const dirs = trieAlternation([...lex.ago, ...lex.ahead]);
  const glued = lex.numbers.has('se') ? '|se(?=' + units + ')' : '';
  const re = new RegExp(
    `(?:((?:(?:${nums}|\\d{1,3})\\s+${glued}))(${units})\\s+(${dirs})|(${fixed}))(?![\\p{L}\\p{N}])`,
    'iu',
  );
  return parser(re, (context, m) => {
    if (isWordChar(context.text[m.index - 1])) return null;
    // "Minggu lalu" written with a capital inside a sentence is last Sunday, not last week.
    if (/^Minggu\b/.test(m[0]) && !atSentenceStart(context.text, m.index)) return null;
    if (m[4]) {
      const rel = lex.relative.get(m[4].toLowerCase().replace(/\s+/g, ' '));
      if (!rel) return null;
      return record(context, m.index, m[0], { k: 'shift', unit: rel.unit, n: rel.offset });
    }
    const numText = m[1].trim().toLowerCase().replace(/\s+/g, ' ');
    const count = /^\d+$/.test(numText) ? Number(numText) : lex.numbers.get(numText);
    const unit = lex.units.get(m[2].toLowerCase());
    const dir = m[3].toLowerCase().replace(/\s+/g, ' ');
    if (count === undefined || unit === undefined) return null;
    const sign = lex.ago.has(dir) ? -1 : 1;
    return record(context, m.index, m[0], { k: 'shift', unit, n: sign * count });
  });
}

/**
 * A weekday on its own: `Senin`, `Rabu lalu`, `Kamis depan` (Indonesian: modifier after) or `Tuesday`,
 * `last Tuesday` (English: modifier before). Weekday names must be capitalized, as news writes them;
 * "Minggu lalu" at the start of a sentence is left to the relative parser (it means "last week").
 */
export function weekdayParser(lex: DateLexicon): Parser {
  const wd = trieAlternation(lex.weekdays.keys());
  const mods = trieAlternation(lex.weekdayMods.keys());
  const re =
    lex.lang === 'en'
      ? new RegExp(`(?:(${mods})\\s+)?(${wd})(?![\\p{L}])\\.?`, 'iu')
      : new RegExp(`(${wd})(?:\\s+(${mods}))?(?![\\p{L}])`, 'iu');
  const [modGroup, nameGroup] = lex.lang === 'en' ? [1, 2] : [2, 1];
  return parser(re, (context, m) => {
    if (isWordChar(context.text[m.index - 1])) return null;
    const name = m[nameGroup];
    if (!isCapitalized(name)) return null;
    const weekday = weekdayOf(lex, name.replace(/\.$/, ''));
    if (weekday === undefined) return null;
    // English abbreviations ("Sun", "Sat", "Wed") are too often other words; require the full name.
    if (lex.lang === 'en' && name.replace(/\.$/, '').length <= 4) return null;
    const modWord = m[modGroup]?.toLowerCase().replace(/\s+/g, ' ');
    if (lex.lang === 'id' && weekday === 7 && modWord && atSentenceStart(context.text, m.index)) return null;
    const mod = modWord ? (lex.weekdayMods.get(modWord) ?? 'recent') : 'recent';
    let text = m[0];
    if (lex.lang === 'en' && text.endsWith('.')) text = text.slice(0, -1);
    return record(context, m.index, text, { k: 'weekday', weekday, weekdayName: name, mod });
  });
}

/** chrono's parsers that warta replaces: its relative and casual parsers (warta resolves relative
 * expressions itself, at their real precision) and its slash parsers (fractions and law numbers). */
const REPLACED = new Set([
  'SlashDateFormatParser',
  'IDRelativeDateFormatParser',
  'IDCasualDateParser',
  'IDCasualTimeParser',
  'IDWeekdayParser',
  'IDTimeUnitWithinFormatParser',
  'IDTimeUnitAgoFormatParser',
  'IDTimeUnitLaterFormatParser',
  'ENSlashMonthFormatParser',
  'ENCasualDateParser',
  'ENCasualTimeParser',
  'ENWeekdayParser',
  'ENRelativeDateFormatParser',
  'ENTimeUnitAgoFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ENTimeUnitCasualRelativeFormatParser',
  'ENTimeUnitWithinFormatParser',
  'ENEndOfCurrentMonthParser',
]);

/** chrono's kept parsers whose pattern cannot match without a month name from its dictionary. */
const MONTH_NAMED = new Set([
  'IDMonthNameParser',
  'IDMonthNameLittleEndianParser',
  'IDMonthNameMiddleEndianParser',
  'ENMonthNameParser',
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENYearMonthNameParser',
]);

/** Fails at once: sticky, so chrono's exec tries the first position only. */
const NEVER = /(?!)/y;

/**
 * `p`, run only on texts where `gate` holds. A gate holds on every text the pattern matches in (it
 * looks for what the pattern cannot match without), so no result is lost, and one plain scan of the
 * sentence replaces the pattern's much dearer one wherever the gate fails.
 */
function gated(p: Parser, gate: (text: string) => boolean): Parser {
  return {
    pattern: (context) => (gate(context.text) ? p.pattern(context) : NEVER),
    extract: (context, m) => p.extract(context, m),
  };
}

/** A test of the latest text, remembered: several parsers of one parse share a gate. */
function lastTextTest(re: RegExp): (text: string) => boolean {
  let last: string | undefined;
  let found = false;
  return (text) => {
    if (text !== last) {
      last = text;
      found = re.test(text);
    }
    return found;
  };
}

interface Gates {
  month: (text: string) => boolean;
  weekday: (text: string) => boolean;
  relative: (text: string) => boolean;
}

/**
 * The words each kind of parser needs, in any case. chrono's month dictionaries (with or without a
 * final dot) hold only forms the language's data lists, so the data's months gate chrono's parsers too.
 */
function gatesFor(lex: DateLexicon): Gates {
  const words = (forms: Iterable<string>): ((text: string) => boolean) =>
    lastTextTest(new RegExp(trieAlternation(forms), 'iu'));
  return {
    month: words(lex.months.keys()),
    weekday: words(lex.weekdays.keys()),
    relative: words([...lex.relative.keys(), ...lex.units.keys()]),
  };
}

const hasIsoDate = (text: string): boolean => /\d{4}-\d{1,2}-\d/.test(text);
const hasNumberPair = (text: string): boolean => /\d[/.-]\d/.test(text);

/** chrono's kept parsers, each behind the gate its pattern allows. */
function gateKept(p: Parser, gates: Gates): Parser {
  const name = p.constructor.name;
  if (MONTH_NAMED.has(name)) return gated(p, gates.month);
  if (name === 'ISOFormatParser') return gated(p, hasIsoDate);
  return p;
}

/** A chrono instance for one language: chrono's own absolute-date and time parsers plus warta's. */
export function buildChrono(lex: DateLexicon): chrono.Chrono {
  const base =
    lex.lang === 'id'
      ? chrono.id.createCasualConfiguration()
      : chrono.en.configuration.createCasualConfiguration(false);
  const gates = gatesFor(lex);
  const kept = base.parsers.filter((p) => !REPLACED.has(p.constructor.name)).map((p) => gateKept(p, gates));
  const ours =
    lex.lang === 'id'
      ? [
          gated(dayMonthYearParser(lex), gates.month),
          gated(monthYearParser(lex), gates.month),
          gated(slashDateParser(lex), hasNumberPair),
        ]
      : []; // English numeric dates are month-first or day-first by outlet: too ambiguous to read
  return new chrono.Chrono({
    parsers: [
      ...ours,
      yearParser(lex),
      gated(relativeParser(lex), gates.relative),
      gated(weekdayParser(lex), gates.weekday),
      ...kept,
    ],
    refiners: base.refiners,
  });
}
