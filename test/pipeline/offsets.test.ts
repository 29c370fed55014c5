import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAll } from '../../src/ingest/index.js';
import { analyze } from '../../src/pipeline.js';
import { buildDocument } from '../../src/text/document.js';
import type { Analysis } from '../../src/types.js';

const dir = new URL('../../examples/', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => /\.(txt|jsonl)$/.test(f))
  .map((f) => new URL(f, dir).pathname);

/** Every span the Analysis carries must be exactly the text it claims to cover. */
function checkSpans(a: Analysis) {
  const text = a.document.text;
  const span = (s: { start: number; end: number; text: string }) => {
    expect(s.start).toBeLessThanOrEqual(s.end);
    expect(text.slice(s.start, s.end)).toBe(s.text);
  };
  for (const e of a.entities) e.mentions.forEach(span);
  for (const s of a.statements) {
    span(s.cue);
    span(s.content);
  }
  for (const v of a.events) {
    span(v.trigger);
    for (const ev of v.evidence) expect(text.slice(ev.start, ev.end).length).toBe(ev.end - ev.start);
  }
  for (const s of a.document.sentences)
    expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
}

describe('offsets are sacred across every bundled example', async () => {
  const results = await readAll(files);
  it('reads every example', () => {
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(14);
  });
  for (const r of results) {
    if (!r.ok) continue;
    it(`${r.article.source}${r.article.id ? `#${r.article.id}` : ''}`, () => {
      const a = analyze(r.article);
      checkSpans(a);
      const doc = buildDocument(r.article);
      for (const t of doc.tokens) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
      for (const q of doc.quotes) expect(doc.text[q.start]).toBe(q.open);
      // ids and references point inside the analysis
      const ids = new Set(a.entities.map((e) => e.id));
      for (const s of a.statements) if (s.speaker) expect(ids.has(s.speaker)).toBe(true);
      const events = new Set(a.events.map((v) => v.id));
      for (const v of a.events) {
        for (const x of [...v.actor, ...v.recipient, ...v.via]) expect(ids.has(x)).toBe(true);
        if (v.about) expect(events.has(v.about)).toBe(true);
      }
    });
  }
});

describe('tricky text', () => {
  it('handles CRLF, a BOM-free header-less article and text with only one sentence', () => {
    const a = analyze({
      source: 't',
      text: 'Presiden Prabowo Subianto tiba di Tokyo, Jepang.\r\n\r\nIa disambut Perdana Menteri Jepang.',
      origin: { file: 't' },
    });
    expect(a.document.text).toBe(
      'Presiden Prabowo Subianto tiba di Tokyo, Jepang.\n\nIa disambut Perdana Menteri Jepang.',
    );
    expect(a.document.sentences).toHaveLength(2);
    expect(a.document.repairs.filter((r) => r.kind === 'line-ending')).toHaveLength(2);
    checkSpans(a);
  });
  it('is stable: the same text always gets the same document id', () => {
    const raw = { source: 'a', text: 'Harga beras naik 5,32 persen.', origin: { file: 'a' } };
    expect(analyze(raw).document.id).toBe(analyze({ ...raw, source: 'b' }).document.id);
    expect(analyze(raw).document.id).toMatch(/^[0-9a-f]{16}$/);
  });
});
