// The statements layer: who said what. Direct quotations and reported speech, each with its cue, its
// content and its speaker (an entity id, resolved through pronouns, anaphors and context, or null),
// plus the channel, the outlet that cited it and the date when the attribution says so.
// See docs/statements.md for the patterns and the data files they read.

import { mapPacked } from '../../text/packed.js';
import type { Document, Entity, Statement } from '../../types.js';
import { attribution } from './attribution.js';
import { buildCtx } from './context.js';
import { findDirect } from './direct.js';
import type { Draft } from './draft.js';
import { findIndirect } from './indirect.js';
import { resolveSpeakers } from './resolve.js';

function order(d: Draft): number {
  return d.cue.end > d.cue.start && d.how !== 'continued'
    ? Math.min(d.cue.start, d.content.start)
    : d.content.start;
}

export function extractStatements(doc: Document, entities: Entity[]): Statement[] {
  const ctx = buildCtx(doc, entities);
  const direct = findDirect(ctx);
  const drafts = [...direct, ...findIndirect(ctx, direct)];
  drafts.sort((a, b) => order(a) - order(b) || a.content.start - b.content.start);
  // `… dan mengatakan …` shares the subject of a verb of speech before it; with none, it is no statement
  // (`…, dan telah menyatakan dukungan`).
  const kept = drafts.filter(
    (d, i) => d.speaker?.type !== 'coord' || drafts.slice(0, i).some((p) => p.sentence === d.sentence),
  );
  resolveSpeakers(ctx, kept);
  return mapPacked(kept, (d, i) => {
    const at = attribution(ctx, d);
    const s: Statement = {
      id: `s${i + 1}`,
      kind: d.kind,
      speaker: d.resolved?.id ?? null,
      cue: d.cue,
      content: d.content,
      resolution: d.resolved?.resolution ?? null,
      channel: at.channel,
      cited_by: at.cited_by,
      date: at.date,
      sentence: d.sentence,
      // present on every statement, `undefined` (left out of JSON) when absent: one hidden class
      channel_text: at.channel_text || undefined,
      polarity: d.cueInfo?.polarity,
    };
    return s;
  });
}
