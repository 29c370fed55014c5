// What the claim page shows for one source: the evidence sentence(s) of an event in their article
// context, with the event trigger and the source statement's speaker, cue and content marked.
// Pure over the Analysis JSON, so it is tested without a browser.
import type { Mark } from './segments.js';
import { sentenceWindow } from './segments.js';
import type { Analysis, Entity, Event, Statement } from './types.js';

export interface EvidenceView {
  event: Event | null;
  statement: Statement | null;
  speaker: Entity | null;
  window: { start: number; end: number };
  /** The sentences of the window that hold the statement or trigger (the rest is context). */
  core: { start: number; end: number };
  marks: Mark[];
}

function within(m: { start: number; end: number }, w: { start: number; end: number }): boolean {
  return m.end > w.start && m.start < w.end;
}

/**
 * Builds the view for event `eventId` as reported by `source` (an entity id or "author") through
 * `statementId`. Missing pieces (an event the document no longer has, a null statement) shrink
 * the view instead of failing it.
 */
export function evidenceView(
  analysis: Analysis,
  eventId: string,
  statementId: string | null,
  source: string | null,
  around = 1,
): EvidenceView {
  const event = analysis.events.find((e) => e.id === eventId) ?? null;
  const statement = statementId ? (analysis.statements.find((s) => s.id === statementId) ?? null) : null;
  const speakerId = statement?.speaker ?? (source && source !== 'author' ? source : null);
  const speaker = speakerId ? (analysis.entities.find((e) => e.id === speakerId) ?? null) : null;

  // The sentences that carry this source's view: its statement (cue and content) when it has one,
  // else the event's trigger. An event merged from several sentences keeps its other evidence
  // out of this card: each card shows what its own source said.
  const anchors: { start: number; end: number }[] = [];
  if (statement) anchors.push(statement.cue, statement.content);
  else if (event) anchors.push(event.trigger);
  const sentences = analysis.document.sentences;
  let core: { start: number; end: number };
  let window: { start: number; end: number };
  if (anchors.length === 0) {
    core = { start: 0, end: Math.min(analysis.document.text.length, 300) };
    window = core;
  } else {
    const start = Math.min(...anchors.map((s) => s.start));
    const end = Math.max(...anchors.map((s) => s.end));
    core = sentenceWindow(sentences, start, end, 0);
    window = sentenceWindow(sentences, start, end, around);
  }

  const marks: Mark[] = [];
  // Neighbouring sentences are context, shown dimmed.
  if (window.start < core.start) marks.push({ start: window.start, end: core.start, kind: 'context' });
  if (core.end < window.end) marks.push({ start: core.end, end: window.end, kind: 'context' });
  if (event) {
    for (const ev of event.evidence) marks.push({ start: ev.start, end: ev.end, kind: 'evidence' });
    marks.push({ start: event.trigger.start, end: event.trigger.end, kind: 'trigger', ref: event.id });
  }
  if (statement) {
    marks.push({
      start: statement.content.start,
      end: statement.content.end,
      kind: 'content',
      ref: statement.id,
    });
    marks.push({ start: statement.cue.start, end: statement.cue.end, kind: 'cue', ref: statement.id });
  }
  if (speaker) {
    for (const m of speaker.mentions) {
      if (within(m, window)) marks.push({ start: m.start, end: m.end, kind: 'speaker', ref: speaker.id });
    }
  }
  return { event, statement, speaker, window, core, marks };
}

/** Names of the places an event went through (its `via` entities), in order, without repeats. */
export function viaNames(analysis: Analysis, event: Event | null): string[] {
  if (!event?.via?.length) return [];
  const out: string[] = [];
  for (const id of event.via) {
    const name = analysis.entities.find((e) => e.id === id)?.name;
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}
