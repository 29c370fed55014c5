// What the store derives from an Analysis before writing it: its JSON and its search terms.
// Both are pure functions of the analysis, so extraction workers compute them in parallel and the
// single writing thread only inserts rows (stemming and serialising were a third of its time).
// The ingest loop carries the JSON string, not the object, until the moment of writing: the parsed
// object then dies young, where a batch of parsed analyses waiting for a commit grew the writing
// thread's heap by ~100 MB on a 20,000-article run.
import type { Analysis } from '../types.js';
import { indexText } from './terms.js';

export interface SearchTerms {
  title: string;
  body: string;
  /** One per statement, in the analysis's order. */
  statements: string[];
  /** One per entity, in the analysis's order: its name, role and every surface form. */
  entities: string[];
}

export interface Prepared {
  json: string;
  terms: SearchTerms;
  lang: string;
}

export function searchTerms(a: Analysis): SearchTerms {
  return {
    title: indexText(a.document.title ?? ''),
    body: indexText(a.document.text),
    statements: a.statements.map((s) => indexText(s.content.text)),
    entities: a.entities.map((e) => {
      const surface = new Set(e.mentions.map((m) => m.text));
      return indexText([e.name, e.role ?? '', ...surface].join(' '));
    }),
  };
}

export function prepare(a: Analysis): Prepared {
  return { json: JSON.stringify(a), terms: searchTerms(a), lang: a.document.lang };
}
