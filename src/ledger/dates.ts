// ISO dates at any precision (2022, 2022-11, 2022-11-08, 2022-11-08T10:00) as day intervals, so
// events dated "2022-11" and "2022-11-08" can be recognised as compatible.

const DAY = 86_400_000;

/** [first day, last day] (days since 1970-01-01) covered by an ISO date, or null if unparsable. */
export function dayInterval(iso: string | null | undefined): [number, number] | null {
  if (!iso) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3]) {
    const d = Date.UTC(y, Number(m[2]) - 1, Number(m[3])) / DAY;
    return [d, d];
  }
  if (m[2]) {
    const mo = Number(m[2]) - 1;
    return [Date.UTC(y, mo, 1) / DAY, Date.UTC(y, mo + 1, 1) / DAY - 1];
  }
  return [Date.UTC(y, 0, 1) / DAY, Date.UTC(y + 1, 0, 1) / DAY - 1];
}

/** Days from the end of one interval to the start of the other (0 when they overlap). */
export function gapDays(a: [number, number], b: [number, number]): number {
  if (a[1] < b[0]) return b[0] - a[1];
  if (b[1] < a[0]) return a[0] - b[1];
  return 0;
}

export function dayToIso(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}
