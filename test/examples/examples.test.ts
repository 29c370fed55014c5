// The bundled example articles and the hand-annotated gold set are test data for everything else, so
// they are checked like code: each article reads in the seed format, each gold file is well-formed and
// says only things that are really in its article (every surface form, quote start, cue and trigger can
// be found there), and the scraped-damage article is exactly what its generator script writes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CATEGORIES } from '../../src/api/plover.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLES = join(ROOT, 'examples');
const GOLD = join(ROOT, 'eval', 'gold');
const SEED_NAME = '000_ed4e84306170659b.txt';
const SHARED_SEED = join(ROOT, '..', 'shared', 'examples', 'seed', SEED_NAME);
const DAMAGED = '008_scraped-beras-impor.txt';

// ---- the gold schema (docs/examples.md explains each field) ----

const KINDS = ['person', 'organization', 'country', 'location', 'region', 'media', 'igo'] as const;
const PLOVER = CATEGORIES;
const FACTUALITY = ['CT+', 'PR+', 'PS+', 'CT-', 'PR-', 'PS-', 'Uu'] as const;

const GoldEntity = z.strictObject({
  name: z.string().min(1),
  kind: z.enum(KINDS),
  // CAMEO-style: country (ISO alpha-3) and/or sectors, e.g. IDNGOV, USA, IGOUNO, MED.
  code: z
    .string()
    .regex(/^(?:[A-Z]{3})+$/)
    .nullable(),
  forms: z.array(z.string().min(1)).min(1),
});

const GoldStatement = z.strictObject({
  kind: z.enum(['direct', 'indirect']),
  speaker: z.string().min(1).nullable(),
  content_starts: z.string().min(1),
  cue: z.string().min(1),
  resolution: z.enum(['explicit', 'pronoun', 'anaphor', 'context']).optional(),
});

const GoldEvent = z.strictObject({
  category: z.enum(PLOVER),
  actor: z.string().min(1),
  recipient: z.string().min(1).nullable(),
  sources: z.array(z.strictObject({ source: z.string().min(1), factuality: z.enum(FACTUALITY) })).min(1),
  trigger: z.string().min(1),
});

const Gold = z.strictObject({
  file: z.string().regex(/^examples\/\d{3}_[a-z0-9-]+\.txt$/),
  entities: z.array(GoldEntity).min(1),
  statements: z.array(GoldStatement).min(1),
  events: z.array(GoldEvent).min(1),
});
type Gold = z.infer<typeof Gold>;

// ---- helpers ----

const read = (path: string) => readFileSync(path, 'utf8');

/** Strip a BOM and turn CRLF into LF: the damaged example carries both on purpose. */
const unify = (s: string) => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s).replace(/\r\n/g, '\n');

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Offsets where `needle` occurs as whole words (not inside a longer word), case-sensitive. */
function wordHits(text: string, needle: string): number[] {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegex(needle)}(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(re)].map((m) => m.index);
}

const HEADER = /^ ?date (\d{4}-\d{2}(?:-\d{2})?) \(([^)\n]+)\)$/;

interface Article {
  name: string;
  published: string;
  byline: string;
  body: string;
  paragraphs: string[];
}

function parseArticle(name: string): Article {
  const lines = unify(read(join(EXAMPLES, name))).split('\n');
  const m = HEADER.exec(lines[0]);
  if (!m) throw new Error(`${name}: first line is not a seed header: ${JSON.stringify(lines[0])}`);
  if (lines[1] !== '') throw new Error(`${name}: line 2 must be blank`);
  const body = lines.slice(2).join('\n').trim();
  return { name, published: m[1], byline: m[2], body, paragraphs: body.split('\n\n') };
}

const articleNames = readdirSync(EXAMPLES)
  .filter((f) => /^\d{3}_.+\.txt$/.test(f))
  .sort();
const written = articleNames.filter((f) => f !== SEED_NAME);
const goldNames = readdirSync(GOLD)
  .filter((f) => f.endsWith('.json'))
  .sort();
const golds: Array<{ name: string; gold: Gold; text: string }> = goldNames.map((name) => {
  const gold = Gold.parse(JSON.parse(read(join(GOLD, name))));
  return { name, gold, text: unify(read(join(ROOT, gold.file))) };
});

const DAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
const OPEN_QUOTES = new Set(['"', '“']);

// ---- articles ----

describe('example articles', () => {
  it('are numbered 001 to at least 008, next to the untouched seed', () => {
    expect(articleNames[0]).toBe(SEED_NAME);
    const numbers = written.map((f) => Number(f.slice(0, 3)));
    expect(numbers.slice(0, 8)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it.skipIf(!existsSync(SHARED_SEED))('keep the seed byte-identical to the shared copy', () => {
    expect(read(join(EXAMPLES, SEED_NAME))).toBe(read(SHARED_SEED));
  });

  it.each(written)('%s reads in the seed format with a dateline and 250-600 words', (name) => {
    const a = parseArticle(name);
    expect(a.body.length).toBeGreaterThan(0);
    expect(a.paragraphs.length).toBeGreaterThanOrEqual(5);
    for (const p of a.paragraphs) expect(p.trim(), `${name}: empty paragraph`).not.toBe('');
    const words = a.body.split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThanOrEqual(250);
    expect(words).toBeLessThanOrEqual(600);
    // Datelines as outlets write them: "JAKARTA, KOMPAS.com -", "Jakarta (ANTARA) -", "MEDAN -",
    // "Liputan6.com, Jakarta -", "WASHINGTON (Reuters) -".
    expect(a.body).toMatch(/^(?:[\w.]+\.com, )?\p{Lu}[\p{L} ]*(?:, [\w. ]+| \([\w ]+\))? --? \p{Lu}/u);
  });

  it.each(written)('%s names weekdays that match the calendar', (name) => {
    const a = parseArticle(name);
    const year = Number(a.published.slice(0, 4));
    // "Selasa (7/10/2025)" and "Senin (6/10)", the year then being the publication year.
    const re = new RegExp(`(${DAYS.join('|')}) \\((\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?\\)`, 'g');
    for (const m of a.body.matchAll(re)) {
      const date = new Date(Date.UTC(m[4] ? Number(m[4]) : year, Number(m[3]) - 1, Number(m[2])));
      expect(DAYS[date.getUTCDay()], `${name}: ${m[0]}`).toBe(m[1]);
    }
  });

  it('all except the damaged one are plain LF text without a BOM', () => {
    for (const name of written.filter((f) => f !== DAMAGED)) {
      const raw = read(join(EXAMPLES, name));
      expect(raw.charCodeAt(0), name).not.toBe(0xfeff);
      expect(raw.includes('\r'), name).toBe(false);
      expect(raw.includes('\u00a0'), name).toBe(false);
    }
  });
});

describe('the scraped-damage article', () => {
  const bytes = readFileSync(join(EXAMPLES, DAMAGED));
  const raw = bytes.toString('utf8');

  it('starts with a UTF-8 BOM and uses CRLF line endings only', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(raw).toContain('\r\n');
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('carries every kind of damage a scraper leaves', () => {
    for (const damage of [
      'kata dia.Sementara',
      'Jakart a.',
      '2024Pemerintah',
      'lagi.""Kami',
      '\u00a0',
      '\r\nBaca juga: ',
      '\r\nSCROLL TO CONTINUE WITH CONTENT\r\n',
      '\r\nLihat juga Video',
    ]) {
      expect(raw, JSON.stringify(damage)).toContain(damage);
    }
  });

  it('is exactly what eval/gold/make-damaged.mjs writes', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'warta-damaged-')), DAMAGED);
    execFileSync(process.execPath, [join(GOLD, 'make-damaged.mjs'), out]);
    expect(readFileSync(out).equals(bytes)).toBe(true);
  });
});

describe('examples/feed.jsonl', () => {
  const FeedRow = z.strictObject({
    id: z.string(),
    text: z.string().min(1),
    title: z.string().min(1),
    url: z.url(),
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    lang: z.enum(['id', 'en']),
  });
  const rows = read(join(EXAMPLES, 'feed.jsonl'))
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => FeedRow.parse(JSON.parse(l)));

  it('holds five articles j1..j5 in both languages', () => {
    expect(rows.map((r) => r.id)).toEqual(['j1', 'j2', 'j3', 'j4', 'j5']);
    expect(new Set(rows.map((r) => r.lang))).toEqual(new Set(['id', 'en']));
  });

  it('keeps each article to 2-4 sentences', () => {
    for (const r of rows) {
      // A sentence ends at . ! ? (optionally closed by a quote) before a capital or the end.
      const ends = r.text.match(/[.!?]["”]?(?=\s+["“]?\p{Lu}|\s*$)/gu) ?? [];
      expect(ends.length, r.id).toBeGreaterThanOrEqual(2);
      expect(ends.length, r.id).toBeLessThanOrEqual(4);
    }
  });
});

// ---- gold ----

describe('gold annotations', () => {
  it('exist for 001 to 007 and point at their own article', () => {
    expect(goldNames.map((n) => n.slice(0, 3))).toEqual(['001', '002', '003', '004', '005', '006', '007']);
    for (const { name, gold } of golds) {
      expect(gold.file).toBe(`examples/${name.replace(/\.json$/, '.txt')}`);
      expect(existsSync(join(ROOT, gold.file)), gold.file).toBe(true);
    }
  });

  describe.each(golds)('$name', ({ gold, text }) => {
    const names = new Set(gold.entities.map((e) => e.name));

    it('has unique entity names and every form occurs as whole words in the article', () => {
      expect(names.size).toBe(gold.entities.length);
      for (const e of gold.entities) {
        for (const form of e.forms)
          expect(wordHits(text, form).length, `${e.name}: ${form}`).toBeGreaterThan(0);
      }
    });

    it('refers only to its own entities (or the author)', () => {
      for (const s of gold.statements) if (s.speaker !== null) expect(names, s.speaker).toContain(s.speaker);
      for (const v of gold.events) {
        expect(names, v.actor).toContain(v.actor);
        if (v.recipient !== null) expect(names, v.recipient).toContain(v.recipient);
        for (const src of v.sources)
          if (src.source !== 'author') expect(names, src.source).toContain(src.source);
      }
    });

    it('quotes each statement start from the article, with its cue close by', () => {
      for (const s of gold.statements) {
        const label = `${s.cue}: ${s.content_starts}`;
        expect(s.content_starts.split(/\s+/).length, label).toBeGreaterThanOrEqual(5);
        const hits = wordHits(text, s.content_starts);
        expect(hits.length, label).toBeGreaterThan(0);
        // The cue sits before the content (menurut, mengatakan …) or after it (kata X, tegasnya), at
        // most a couple of paragraphs away when a quotation runs over several paragraphs.
        const near = hits.some((at) =>
          wordHits(text, s.cue).some((c) => c > at - 300 && c < at + s.content_starts.length + 700),
        );
        expect(near, label).toBe(true);
        if (s.kind === 'direct') {
          expect(
            hits.some((at) => OPEN_QUOTES.has(text[at - 1])),
            `${label} opens a quotation`,
          ).toBe(true);
        }
      }
    });

    it('records a direct statement for every quotation that opens a paragraph', () => {
      const starts = gold.statements.filter((s) => s.kind === 'direct').map((s) => s.content_starts);
      const paragraphs = text
        .split('\n\n')
        .slice(1)
        .map((p) => p.trim());
      let open = false; // an unclosed quotation continues into the next paragraph
      for (const p of paragraphs) {
        const quoted = OPEN_QUOTES.has(p[0]);
        if (quoted && !open) {
          const inner = p.slice(1);
          expect(
            starts.some((s) => inner.startsWith(s)),
            `no direct statement for: ${p.slice(0, 60)}`,
          ).toBe(true);
        }
        const marks = (p.match(/["“”]/g) ?? []).length;
        open = quoted ? marks % 2 === 1 : false;
      }
    });

    it('anchors every event trigger in the article', () => {
      for (const v of gold.events) expect(wordHits(text, v.trigger).length, v.trigger).toBeGreaterThan(0);
    });
  });

  it('holds at least one contested event: one source for it, another against it', () => {
    const contested = golds.flatMap(({ gold }) =>
      gold.events.filter(
        (v) =>
          v.sources.some((s) => s.factuality.endsWith('+')) &&
          v.sources.some((s) => s.factuality.endsWith('-')),
      ),
    );
    expect(contested.length).toBeGreaterThan(0);
  });
});
