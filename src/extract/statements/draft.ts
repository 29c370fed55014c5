// A statement as the finders propose it, before its speaker is resolved and its id is given.
import type { Span } from '../../types.js';
import type { Cue } from './lexicon.js';
import type { SpeakerRef } from './speaker.js';

export type How =
  | 'post' // `…,” kata X` / `…, kata X.`
  | 'pre' // `X mengatakan (bahwa) …` / `X mengatakan, “…”`
  | 'according' // `Menurut X, …`
  | 'mid' // `Pihaknya, lanjut X, terbuka …`
  | 'intro' // `X mengatakan:` and the quotation in the next sentence
  | 'continued' // `“…,” kata X, “…”` or a quotation after X's quotation
  | 'unattributed'; // a quotation with no cue near it

/**
 * Drafts are built with every field present, `link` and `resolved` as `undefined` until set, in this
 * order (hidden-class stability: fields added later gave drafts several V8 shapes and deoptimised
 * their readers).
 */
export interface Draft {
  kind: 'direct' | 'indirect';
  how: How;
  cue: Span;
  cueInfo: Cue | null;
  content: Span;
  speaker: SpeakerRef | null; // null: to be found from the context
  sentence: number; // the sentence holding the cue
  /** For continued/unattributed quotations: the statement whose speaker they share. */
  link?: Draft;
  /** Set by resolve.ts. */
  resolved?: { id: string | null; resolution: 'explicit' | 'pronoun' | 'anaphor' | 'context' | null };
}
