// CAMEO-style actor codes: a sequence of three-letter parts. The first part is an ISO-3166 alpha-3
// country, `IGO` or `NGO` followed by a three-letter organisation code (IGOUNO, IGONAT, NGOAMN), or a
// sector alone when the country is unknown (`MED`). Every later part is a sector from cameo-sectors.tsv.

export interface CodeParts {
  country: string | null;
  org: string | null; // IGOUNO → UNO, NGOAMN → AMN
  sectors: string[];
}

/** Splits and checks a code; returns an error message instead when it is malformed. */
export function parseCode(
  code: string,
  countries: ReadonlySet<string>,
  sectors: ReadonlySet<string>,
): CodeParts | string {
  if (!/^(?:[A-Z]{3})+$/.test(code)) return `code "${code}" is not a sequence of three-letter parts`;
  const parts = code.match(/.{3}/g)!;
  let country: string | null = null;
  let org: string | null = null;
  let i = 0;
  if (countries.has(parts[0])) {
    country = parts[0];
    i = 1;
  } else if ((parts[0] === 'IGO' || parts[0] === 'NGO') && parts.length >= 2 && !sectors.has(parts[1])) {
    org = parts[1];
    i = 2;
  }
  const rest = parts.slice(i);
  for (const s of rest)
    if (!sectors.has(s)) return `code "${code}": "${s}" is neither a country nor a sector`;
  return { country, org, sectors: rest };
}

/**
 * Sectors of the state itself (cameo-sectors.tsv): its government, military, police, judiciary,
 * legislature and intelligence. A body coded in one of them (`IDNGOV`, `CHNMIL`) is an organ of its state.
 */
export const STATE_SECTORS: ReadonlySet<string> = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY']);

/** The state's executive among them: the side a government spokesman and its coast guard speak for. */
export const EXECUTIVE_SECTORS: ReadonlySet<string> = new Set(['GOV', 'MIL', 'COP', 'SPY']);
