// Test helpers: documents through the real text layer, and hand-built entities whose mentions are every
// word-bounded occurrence of the surface forms given (case-sensitive, as a reader would mark them).

import { buildDocument } from '../../src/text/document.js';
import type { Document, Entity, EntityKind, Span, Statement } from '../../src/types.js';

export function doc(text: string, opts: { lang?: string; published?: string } = {}): Document {
  return buildDocument({
    source: 'test',
    text,
    lang: opts.lang,
    published: opts.published ?? null,
    origin: { file: 'test' },
  });
}

export interface EntitySpec {
  id: string;
  name: string;
  kind: EntityKind;
  forms: string[];
  role?: string;
}

function occurrences(text: string, form: string): Span[] {
  const out: Span[] = [];
  const esc = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${esc}(?![\\p{L}\\p{N}])`, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text))
    out.push({ start: m.index, end: m.index + form.length, text: form });
  return out;
}

export function entities(d: Document, specs: EntitySpec[]): Entity[] {
  return specs.map((s) => ({
    id: s.id,
    name: s.name,
    kind: s.kind,
    code: null,
    role: s.role ?? null,
    affiliation: null,
    mentions: s.forms.flatMap((f) => occurrences(d.text, f)).sort((a, b) => a.start - b.start),
  }));
}

/** A compact view of statements for assertions and failure messages. */
export function view(st: Statement[]) {
  return st.map((s) => ({
    kind: s.kind,
    speaker: s.speaker,
    cue: s.cue.text,
    content: s.content.text,
    resolution: s.resolution,
  }));
}
