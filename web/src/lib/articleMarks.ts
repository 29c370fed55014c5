// Which spans of an article to highlight, given the layers switched on and the item selected.
// Pure over the Analysis JSON.
import type { Mark } from './segments.js';
import type { Analysis, Entity, Event, Statement } from './types.js';

export interface Layers {
  entities: boolean;
  statements: boolean;
  events: boolean;
}

export type Selected =
  | { type: 'entity'; item: Entity }
  | { type: 'statement'; item: Statement }
  | { type: 'event'; item: Event }
  | null;

/** Finds what an id names in this document: ids are unique across the three layers (e1, s1, v1). */
export function lookup(analysis: Analysis, id: string | null | undefined): Selected {
  if (!id) return null;
  const entity = analysis.entities.find((e) => e.id === id);
  if (entity) return { type: 'entity', item: entity };
  const statement = analysis.statements.find((s) => s.id === id);
  if (statement) return { type: 'statement', item: statement };
  const event = analysis.events.find((v) => v.id === id);
  if (event) return { type: 'event', item: event };
  return null;
}

export function articleMarks(analysis: Analysis, layers: Layers, selected: Selected): Mark[] {
  const marks: Mark[] = [];
  if (layers.entities) {
    for (const e of analysis.entities) {
      for (const m of e.mentions) marks.push({ start: m.start, end: m.end, kind: 'entity', ref: e.id });
    }
  }
  if (layers.statements) {
    for (const s of analysis.statements) {
      marks.push({ start: s.content.start, end: s.content.end, kind: 'content', ref: s.id });
      marks.push({ start: s.cue.start, end: s.cue.end, kind: 'cue', ref: s.id });
    }
  }
  if (layers.events) {
    for (const v of analysis.events)
      marks.push({ start: v.trigger.start, end: v.trigger.end, kind: 'trigger', ref: v.id });
  }
  if (!selected) return marks;
  const entityById = (id: string | null) => (id ? analysis.entities.find((e) => e.id === id) : undefined);
  if (selected.type === 'entity') {
    for (const m of selected.item.mentions)
      marks.push({ start: m.start, end: m.end, kind: 'selected', ref: selected.item.id });
  } else if (selected.type === 'statement') {
    const s = selected.item;
    marks.push({ start: s.content.start, end: s.content.end, kind: 'selected', ref: s.id });
    marks.push({ start: s.content.start, end: s.content.end, kind: 'content', ref: s.id });
    marks.push({ start: s.cue.start, end: s.cue.end, kind: 'cue', ref: s.id });
    const speaker = entityById(s.speaker);
    for (const m of speaker?.mentions ?? [])
      marks.push({ start: m.start, end: m.end, kind: 'speaker', ref: speaker!.id });
  } else {
    const v = selected.item;
    for (const ev of v.evidence) marks.push({ start: ev.start, end: ev.end, kind: 'evidence' });
    marks.push({ start: v.trigger.start, end: v.trigger.end, kind: 'trigger', ref: v.id });
    marks.push({ start: v.trigger.start, end: v.trigger.end, kind: 'selected', ref: v.id });
  }
  return marks;
}

/** Where the selection starts in the text, to scroll it into view. */
export function firstOffset(selected: Selected): number | null {
  if (!selected) return null;
  if (selected.type === 'entity') return selected.item.mentions[0]?.start ?? null;
  if (selected.type === 'statement') return Math.min(selected.item.content.start, selected.item.cue.start);
  return selected.item.evidence[0]?.start ?? selected.item.trigger.start;
}
