// PLOVER categories the filters offer, and the tone the network colours them with (the API's
// contract: cooperation / conflict / neutral).
// one list for server and UI: the ontology module has no Node dependencies, so the bundle takes it
export { CATEGORIES } from '../../../src/api/plover.js';

export const TONE_COLOURS = {
  cooperation: '#2e8b57',
  conflict: '#c0392b',
  neutral: '#8a94a6',
} as const;
