// PLOVER categories the filters offer, and the tone the network colours them with (the API's
// contract: cooperation / conflict / neutral).
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

export const TONE_COLOURS = {
  cooperation: '#2e8b57',
  conflict: '#c0392b',
  neutral: '#8a94a6',
} as const;
