// From what a date expression says (a DateSpec) and an anchor, to an honest ISO value.
//
// The one rule: a mention denotes a period of days. Its `value` is the finest unit — day, ISO week (only
// for week expressions), month, year — that certainly contains the whole period, and `range` gives the
// period itself whenever it is not exactly that unit (and always for weeks). A relative expression is
// resolved against every day the anchor could be: with anchor `2022-11`, "kemarin" could be any day
// from 2022-10-31 to 2022-11-29, so its value is `2022` with that range — never an invented day.
import {
  addMonths,
  dayNumber,
  formatOffset,
  type IsoValue,
  isoDay,
  isoMonth,
  isoWeekday,
  isoWeekString,
  isValidDate,
  mondayOf,
  monthPeriod,
  type Period,
  type Precision,
  weekPeriod,
  yearPeriod,
  ymd,
} from './calendar.js';
import type { RelUnit, WeekdayMod } from './lexicon.js';
import type { DateSpec } from './parsers.js';

export interface Time {
  hour: number;
  minute: number;
  offset?: number;
}

export interface Resolved {
  value: string | null;
  precision: Precision;
  kind: 'absolute' | 'relative';
  range?: { start: string; end: string };
  note?: string;
}

/** The period a relative expression denotes for one anchor day. Monotone in the anchor day. */
function shiftFrom(unit: RelUnit, n: number, a: number): Period {
  switch (unit) {
    case 'day':
      return { start: a + n, end: a + n };
    case 'week':
      return weekPeriod(a + 7 * n);
    case 'weekend': {
      const sat = mondayOf(a) + 7 * n + 5;
      return { start: sat, end: sat + 1 };
    }
    case 'month': {
      const { year, month } = ymd(a);
      const t = addMonths(year, month, n);
      return monthPeriod(t.year, t.month);
    }
    case 'year':
      return yearPeriod(ymd(a).year + n);
  }
}

/**
 * A weekday relative to an anchor day. News reports what happened, so a bare weekday ("Senin") is the
 * most recent such day on or before the anchor; "lalu" is strictly before, "depan" strictly after,
 * "ini" is that weekday in the anchor's ISO week, "pekan lalu|depan" in the ISO week before or after.
 */
function weekdayFrom(weekday: number, mod: WeekdayMod | 'recent', a: number): number {
  const back = (isoWeekday(a) - weekday + 7) % 7;
  switch (mod) {
    case 'recent':
      return a - back;
    case 'past':
      return a - (back === 0 ? 7 : back);
    case 'future': {
      const fwd = (weekday - isoWeekday(a) + 7) % 7;
      return a + (fwd === 0 ? 7 : fwd);
    }
    case 'this':
      return mondayOf(a) + weekday - 1;
    case 'lastweek':
      return mondayOf(a) - 7 + weekday - 1;
    case 'nextweek':
      return mondayOf(a) + 7 + weekday - 1;
  }
}

/** Apply a per-anchor-day function over every day the anchor could be. */
function overAnchor(anchor: IsoValue, f: (a: number) => Period): Period {
  const first = f(anchor.period.start);
  if (anchor.period.start === anchor.period.end) return first;
  return { start: first.start, end: f(anchor.period.end).end };
}

const UNIT_PRECISION: Record<RelUnit, Precision> = {
  day: 'day',
  week: 'week',
  weekend: 'week',
  month: 'month',
  year: 'year',
};

/** The finest honest value for a period, per the rule at the top of this file. */
export function describePeriod(
  period: Period,
  unit: Precision,
): Pick<Resolved, 'value' | 'precision' | 'range'> {
  const range = { start: isoDay(period.start), end: isoDay(period.end) };
  if (period.start === period.end) return { value: isoDay(period.start), precision: 'day' };
  const a = ymd(period.start);
  const b = ymd(period.end);
  if (unit === 'week' && mondayOf(period.start) === mondayOf(period.end)) {
    return { value: isoWeekString(period.start), precision: 'week', range };
  }
  if (a.year === b.year && a.month === b.month) {
    const whole = monthPeriod(a.year, a.month);
    const exact = whole.start === period.start && whole.end === period.end;
    return { value: isoMonth(a.year, a.month), precision: 'month', ...(exact ? {} : { range }) };
  }
  if (a.year === b.year) {
    const whole = yearPeriod(a.year);
    const exact = whole.start === period.start && whole.end === period.end;
    return { value: String(a.year).padStart(4, '0'), precision: 'year', ...(exact ? {} : { range }) };
  }
  return { value: null, precision: unit, range };
}

/**
 * The year of a day/month written without one ("Senin (6/10)", "8 November"): of the anchor's year and
 * the years either side, the one closest to the anchor's middle day; when a weekday is written, only
 * years on which that date falls on that weekday are considered (if any do).
 */
function yearForDayMonth(month: number, day: number, weekday: number | undefined, anchor: IsoValue): number {
  const mid = Math.floor((anchor.period.start + anchor.period.end) / 2);
  const y = ymd(mid).year;
  const candidates = [y - 1, y, y + 1].filter((c) => isValidDate(c, month, day));
  const matching = candidates.filter(
    (c) => weekday === undefined || isoWeekday(dayNumber(c, month, day)) === weekday,
  );
  const pool = matching.length > 0 ? matching : candidates;
  pool.sort((p, q) => Math.abs(dayNumber(p, month, day) - mid) - Math.abs(dayNumber(q, month, day) - mid));
  return pool[0];
}

function weekdayNote(day: number, weekday: number | undefined, name: string | undefined): string | undefined {
  if (weekday === undefined || isoWeekday(day) === weekday) return undefined;
  return `weekday "${name}" does not match ${isoDay(day)} (ISO weekday ${isoWeekday(day)}); the date is kept`;
}

function withTime(day: number, time: Time | undefined): Pick<Resolved, 'value' | 'precision'> {
  if (!time) return { value: isoDay(day), precision: 'day' };
  const hh = String(time.hour).padStart(2, '0');
  const mm = String(time.minute).padStart(2, '0');
  const tz = time.offset === undefined ? '' : formatOffset(time.offset);
  return { value: `${isoDay(day)}T${hh}:${mm}${tz}`, precision: 'time' };
}

/** Resolve one spec (or a bare time, spec null) against the anchor. */
export function resolveSpec(
  spec: DateSpec | null,
  time: Time | undefined,
  anchor: IsoValue | null,
): Resolved {
  if (spec === null) {
    // A time of day alone ("pukul 10.30 WIB") is on the anchor's day when the anchor has one.
    if (
      anchor &&
      anchor.period.start === anchor.period.end &&
      (anchor.precision === 'day' || anchor.precision === 'time')
    ) {
      return {
        ...withTime(anchor.period.start, time),
        kind: 'relative',
        note: 'time of day on the anchor day',
      };
    }
    return {
      value: null,
      precision: 'time',
      kind: 'relative',
      note: 'time of day without a day to attach it to',
    };
  }
  switch (spec.k) {
    case 'ymd': {
      const day = dayNumber(spec.year, spec.month, spec.day);
      const note = weekdayNote(day, spec.weekday, spec.weekdayName);
      return { ...withTime(day, time), kind: 'absolute', ...(note ? { note } : {}) };
    }
    case 'ym':
      return { value: isoMonth(spec.year, spec.month), precision: 'month', kind: 'absolute' };
    case 'y':
      return { value: String(spec.year), precision: 'year', kind: 'absolute' };
    case 'dm': {
      if (!anchor)
        return {
          value: null,
          precision: 'day',
          kind: 'absolute',
          note: 'day and month without a year and no anchor',
        };
      const year = yearForDayMonth(spec.month, spec.day, spec.weekday, anchor);
      const day = dayNumber(year, spec.month, spec.day);
      const mismatch = weekdayNote(day, spec.weekday, spec.weekdayName);
      const note = `year ${year} taken from the anchor` + (mismatch ? `; ${mismatch}` : '');
      return { ...withTime(day, time), kind: 'absolute', note };
    }
    case 'shift':
    case 'weekday': {
      const unit: RelUnit = spec.k === 'shift' ? spec.unit : 'day';
      if (!anchor)
        return {
          value: null,
          precision: UNIT_PRECISION[unit],
          kind: 'relative',
          note: 'relative expression and no anchor',
        };
      const f =
        spec.k === 'shift'
          ? (a: number) => shiftFrom(spec.unit, spec.n, a)
          : (a: number) => {
              const d = weekdayFrom(spec.weekday, spec.mod, a);
              return { start: d, end: d };
            };
      const period = overAnchor(anchor, f);
      const described = describePeriod(period, UNIT_PRECISION[unit]);
      const coarse = described.value === null || described.precision !== UNIT_PRECISION[unit];
      const note = coarse
        ? `anchor has ${anchor.precision} precision: coarsened to what every possible anchor day agrees on`
        : undefined;
      if (described.precision === 'day' && time && period.start === period.end) {
        return { ...withTime(period.start, time), kind: 'relative', ...(note ? { note } : {}) };
      }
      return { ...described, kind: 'relative', ...(note ? { note } : {}) };
    }
  }
}
