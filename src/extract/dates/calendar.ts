// Calendar arithmetic on whole days (UTC epoch-day numbers), ISO weeks, and ISO strings at a stated
// precision. Everything date-like in warta is a *period* of days, so "November 2022" and "pekan lalu"
// are handled by the same code as "8 November 2022".

export type Precision = 'year' | 'month' | 'week' | 'day' | 'time';

/** A closed interval of epoch days [start, end]. */
export interface Period {
  start: number;
  end: number;
}

const MS_PER_DAY = 86_400_000;

export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function ymd(n: number): { year: number; month: number; day: number } {
  const d = new Date(n * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(n: number): number {
  // 1970-01-01 (day 0) was a Thursday.
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

export function mondayOf(n: number): number {
  return n - (isoWeekday(n) - 1);
}

/** ISO week-numbering year and week of a day (the week belongs to the year of its Thursday). */
export function isoWeek(n: number): { year: number; week: number } {
  const thursday = mondayOf(n) + 3;
  const year = ymd(thursday).year;
  const firstThursday = mondayOf(dayNumber(year, 1, 4)) + 3;
  return { year, week: (thursday - firstThursday) / 7 + 1 };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function isoDay(n: number): string {
  const { year, month, day } = ymd(n);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function isoWeekString(n: number): string {
  const { year, week } = isoWeek(n);
  return `${pad(year, 4)}-W${pad(week)}`;
}

export function monthPeriod(year: number, month: number): Period {
  return { start: dayNumber(year, month, 1), end: dayNumber(year, month, daysInMonth(year, month)) };
}

export function yearPeriod(year: number): Period {
  return { start: dayNumber(year, 1, 1), end: dayNumber(year, 12, 31) };
}

export function weekPeriod(n: number): Period {
  const monday = mondayOf(n);
  return { start: monday, end: monday + 6 };
}

/** Shift a month by `k` months, keeping it a (year, month) pair. */
export function addMonths(year: number, month: number, k: number): { year: number; month: number } {
  const idx = year * 12 + (month - 1) + k;
  return { year: Math.floor(idx / 12), month: (((idx % 12) + 12) % 12) + 1 };
}

export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** What an ISO value at some precision means: its precision and the period of days it covers. */
export interface IsoValue {
  precision: Precision;
  period: Period;
  /** Local wall-clock time, when precision is 'time'. */
  time?: { hour: number; minute: number; second?: number; offset?: number };
}

const ISO_RE =
  /^(\d{4})(?:-W(\d{2})|-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/**
 * Parse an ISO value at the precision it is written in: `2022`, `2022-11`, `2022-W44`, `2022-11-08`,
 * `2022-11-08T10:30+07:00`. Returns null for anything else (including impossible dates).
 */
export function parseIsoPrecision(value: string | null | undefined): IsoValue | null {
  if (!value) return null;
  const m = ISO_RE.exec(value.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) {
    const week = Number(m[2]);
    const firstMonday = mondayOf(dayNumber(year, 1, 4));
    const start = firstMonday + (week - 1) * 7;
    if (week < 1 || isoWeek(start).year !== year) return null;
    return { precision: 'week', period: { start, end: start + 6 } };
  }
  if (!m[3]) return { precision: 'year', period: yearPeriod(year) };
  const month = Number(m[3]);
  if (month < 1 || month > 12) return null;
  if (!m[4]) return { precision: 'month', period: monthPeriod(year, month) };
  const day = Number(m[4]);
  if (!isValidDate(year, month, day)) return null;
  const n = dayNumber(year, month, day);
  if (!m[5]) return { precision: 'day', period: { start: n, end: n } };
  const hour = Number(m[5]);
  const minute = Number(m[6]);
  if (hour > 23 || minute > 59) return null;
  let offset: number | undefined;
  if (m[8]) {
    if (m[8] === 'Z') offset = 0;
    else {
      const digits = m[8].replace(':', '');
      const sign = digits[0] === '-' ? -1 : 1;
      offset = sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
    }
  }
  const time: IsoValue['time'] = { hour, minute };
  if (m[7]) time.second = Number(m[7]);
  if (offset !== undefined) time.offset = offset;
  return { precision: 'time', period: { start: n, end: n }, time };
}
