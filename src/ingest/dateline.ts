// Datelines at the start of a news body: "Pyongyang: …", "JAKARTA, KOMPAS.com - …",
// "Jakarta (ANTARA) - …", "JAKARTA - …", "Liputan6.com, Jakarta - …", "LONDON, Nov 8 (Reuters) - …".
// We only *report* the place; the body text stays untouched (the lead decides what offsets cover).
import labels from './data/dateline-labels.json' with { type: 'json' };

const NOT_PLACES = new Set(labels.labels.map((l) => l.toLowerCase()));

// A place: one to four capitalised words (JAKARTA, Bandar Lampung, Tel Aviv, St. Petersburg).
const WORD = "\\p{Lu}[\\p{L}'’.\\-]*";
const CITY = `${WORD}(?:[ \\t]+${WORD}){0,3}`;
const DASH = '(?:-{1,2}|–|—)';

// "Liputan6.com, Jakarta -"
const OUTLET_FIRST = new RegExp(
  `^[\\p{L}\\d]+\\.(?:com|co\\.id|id|net|org)[ \\t]*,[ \\t]*(${CITY})[ \\t]*${DASH}\\s`,
  'u',
);
// "JAKARTA, KOMPAS.com -", "Jakarta (ANTARA) -", "JAKARTA -", "LONDON, Nov 8 (Reuters) -"
const CITY_DASH = new RegExp(
  `^(${CITY})(?:[ \\t]*,[ \\t]*[^\\n()\\-–—]{1,40}?)?(?:[ \\t]*\\([^)\\n]{1,40}\\))?[ \\t]*${DASH}\\s`,
  'u',
);
// "Pyongyang: Korea Utara …" — the next word must start a sentence.
const CITY_COLON = new RegExp(`^(${CITY})[ \\t]*:[ \\t]+(?=[\\p{Lu}"“'‘(])`, 'u');

/** Title-case an all-caps place ("BANDAR LAMPUNG" → "Bandar Lampung"); leave mixed case alone. */
function placeName(raw: string): string {
  const s = raw.trim().replace(/[ \t]+/g, ' ');
  if (s !== s.toUpperCase()) return s;
  return s
    .toLowerCase()
    .replace(/(^|[\s'’.-])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

/** The dateline place at the start of `body`, or null. */
export function findDateline(body: string): string | null {
  const start = body.slice(0, 300).trimStart(); // a dateline is in the first words
  for (const re of [OUTLET_FIRST, CITY_DASH, CITY_COLON]) {
    const m = re.exec(start);
    if (!m) continue;
    const place = m[1];
    if (NOT_PLACES.has(place.toLowerCase())) return null;
    return placeName(place);
  }
  return null;
}
