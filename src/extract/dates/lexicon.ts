// The per-language date vocabulary (src/lang/<lang>/dates.tsv), loaded once per language.
import { readTsv } from './tsv.js';

export type Lang = 'id' | 'en';
export type Unit = 'day' | 'week' | 'month' | 'year';
export type RelUnit = Unit | 'weekend';
export type WeekdayMod = 'past' | 'future' | 'this' | 'lastweek' | 'nextweek';

export interface DateLexicon {
  lang: Lang;
  weekdays: Map<string, number>;
  months: Map<string, number>;
  numbers: Map<string, number>;
  units: Map<string, Unit>;
  ago: Set<string>;
  ahead: Set<string>;
  relative: Map<string, { unit: RelUnit; offset: number }>;
  weekdayMods: Map<string, WeekdayMod>;
  /** Words before a bare year ("pada 2019"); the cue is part of the mention. */
  yearCues: Set<string>;
  timeCues: Set<string>;
  timezones: Map<string, number>;
  lawCues: Set<string>;
  /** Nouns that make a preceding four-digit number a count ("2000 orang"), not a year. */
  countNouns: Set<string>;
}

const UNITS = new Set(['day', 'week', 'month', 'year']);
const cache = new Map<Lang, DateLexicon>();

export function dateLexicon(lang: Lang): DateLexicon {
  const hit = cache.get(lang);
  if (hit) return hit;
  const lex: DateLexicon = {
    lang,
    weekdays: new Map(),
    months: new Map(),
    numbers: new Map(),
    units: new Map(),
    ago: new Set(),
    ahead: new Set(),
    relative: new Map(),
    weekdayMods: new Map(),
    yearCues: new Set(),
    timeCues: new Set(),
    timezones: new Map(),
    lawCues: new Set(),
    countNouns: new Set(),
  };
  for (const { fields, line } of readTsv(lang, 'dates.tsv')) {
    const [kind, rawForm, value = ''] = fields;
    const form = kind === 'timezone' ? rawForm : rawForm.toLowerCase();
    const bad = (): never => {
      throw new Error(`src/lang/${lang}/dates.tsv line ${line}: bad ${kind} row "${fields.join(' | ')}"`);
    };
    switch (kind) {
      case 'weekday':
      case 'month':
      case 'number': {
        const n = Number(value);
        if (!Number.isInteger(n)) bad();
        (kind === 'weekday' ? lex.weekdays : kind === 'month' ? lex.months : lex.numbers).set(form, n);
        break;
      }
      case 'unit':
        if (!UNITS.has(value)) bad();
        lex.units.set(form, value as Unit);
        break;
      case 'ago':
        lex.ago.add(form);
        break;
      case 'ahead':
        lex.ahead.add(form);
        break;
      case 'relative': {
        const [unit, off] = value.split(':');
        if (!(UNITS.has(unit) || unit === 'weekend') || !Number.isInteger(Number(off))) bad();
        lex.relative.set(form, { unit: unit as RelUnit, offset: Number(off) });
        break;
      }
      case 'weekdaymod':
        if (!['past', 'future', 'this', 'lastweek', 'nextweek'].includes(value)) bad();
        lex.weekdayMods.set(form, value as WeekdayMod);
        break;
      case 'yearcue':
        lex.yearCues.add(form);
        break;
      case 'timecue':
        lex.timeCues.add(form);
        break;
      case 'timezone': {
        const n = Number(value);
        if (!Number.isInteger(n)) bad();
        lex.timezones.set(form, n);
        break;
      }
      case 'lawcue':
        lex.lawCues.add(form);
        break;
      case 'countnoun':
        lex.countNouns.add(form);
        break;
      default:
        bad();
    }
  }
  cache.set(lang, lex);
  return lex;
}
