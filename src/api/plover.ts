// The 16 PLOVER event categories the extractors emit, and the tone the actor network draws each
// one with. Kept here (not in language data) because it is about the ontology, not a language.

export const CATEGORIES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;

export type Category = (typeof CATEGORIES)[number];
export type Tone = 'cooperation' | 'conflict' | 'neutral';

const COOPERATION = new Set(['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT']);
const CONFLICT = new Set([
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
]);

export function tone(category: string): Tone {
  if (COOPERATION.has(category)) return 'cooperation';
  if (CONFLICT.has(category)) return 'conflict';
  return 'neutral';
}
