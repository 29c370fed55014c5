// Dates from sources → ISO 8601 at the precision the source gives. ISO input is kept as written
// ("2022-11" stays a month); anything else (RFC 822 feed dates, "8 Nov 2022") goes through Date.parse.

const ISO_PREFIX =
  /^\d{4}(?:-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

export function toIsoDate(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) {
    // Seconds or milliseconds since the epoch.
    const ms = value < 1e11 ? value * 1000 : value;
    return stripZeroMillis(new Date(ms).toISOString());
  }
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (!s) return null;
  if (ISO_PREFIX.test(s)) return s.replace(' ', 'T');
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  return stripZeroMillis(new Date(t).toISOString());
}

function stripZeroMillis(iso: string): string {
  return iso.replace('.000Z', 'Z');
}
