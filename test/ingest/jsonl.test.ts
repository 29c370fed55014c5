import { describe, expect, it } from 'vitest';
import { readAll, readJsonl } from '../../src/ingest/index.js';
import { articles, chunked, collect, errors, fixture, tempDir, writeTemp } from './helpers.js';

describe('JSONL', () => {
  it('reads good lines and reports each bad line with file:line, in order', async () => {
    const path = fixture('berita.jsonl');
    const results = await readAll([path]);
    const ok = articles(results);
    expect(ok.map((a) => a.id)).toEqual(['bn-001', 'bn-002', 'bn-005']);
    const errs = errors(results);
    expect(errs).toHaveLength(2);
    expect(errs[0]).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: invalid JSON`));
    expect(errs[1]).toBe(
      `${path}:4: invalid article: text: Invalid input: expected string, received undefined`,
    );
    // Results come in file order: article, article, error, error, article.
    expect(results.map((r) => r.ok)).toEqual([true, true, false, false, true]);
  });

  it('maps fields: published or date, lang only when declared, dateline found, line kept in origin', async () => {
    const [a1, a2, a5] = articles(await readAll([fixture('berita.jsonl')]));
    expect(a1.published).toBe('2023-11-20');
    expect(a1.lang).toBe('id');
    expect(a1.byline).toBe('Siti Nurhaliza');
    expect(a1.url).toBe('https://berita.example/bmkg-cuaca');
    expect(a1.source).toBe('https://berita.example/bmkg-cuaca');
    expect(a1.dateline).toBe('Jakarta');
    expect(a1.text.split('\n\n')).toHaveLength(2);
    expect(a1.origin).toMatchObject({ line: 1, record: 'bn-001' });
    expect(a2.published).toBe('2023-11-21T10:15:00+07:00');
    expect(a2.lang).toBeNull();
    expect(a2.source).toBe(fixture('berita.jsonl'));
    expect(a5.published).toBe('2023-11');
    expect(a5.lang).toBe('en');
    expect(a5.dateline).toBe('Washington');
    expect(a5.origin.line).toBe(6); // the blank line 5 is skipped but still counted
  });

  it('numeric ids become strings; an empty text is an error for that line only', async () => {
    const dir = tempDir();
    const path = writeTemp(
      dir,
      'a.ndjson',
      '{"id": 17, "text": "Gubernur meresmikan jembatan baru di Samarinda."}\n{"id": "x", "text": "   "}\n',
    );
    const results = await readAll([path]);
    expect(articles(results).map((a) => a.id)).toEqual(['17']);
    expect(errors(results)).toEqual([`${path}:2 (x): empty body`]);
  });

  it('invalid UTF-8 in one line: error with line and file byte offset; other lines still read', async () => {
    const line1 = Buffer.from('{"id":"a","text":"Harga beras naik di Medan."}\n', 'utf8');
    const line2 = Buffer.concat([
      Buffer.from('{"id":"b","text":"Caf', 'utf8'),
      Buffer.from([0xe9]),
      Buffer.from('"}\n'),
    ]);
    const line3 = Buffer.from('{"id":"c","text":"Gempa mengguncang Cianjur."}\n', 'utf8');
    const bytes = Buffer.concat([line1, line2, line3]);
    const results = await collect(readJsonl(chunked(bytes, 5), 'mix.jsonl'));
    expect(articles(results).map((a) => a.id)).toEqual(['a', 'c']);
    const bad = line1.length + Buffer.byteLength('{"id":"b","text":"Caf');
    expect(errors(results)).toEqual([`mix.jsonl:2: byte ${bad}: invalid UTF-8 (byte 0xe9)`]);
  });

  it('CRLF line endings and a BOM on the first line', async () => {
    const text =
      '\ufeff{"id":"a","text":"Banjir melanda Demak."}\r\n{"id":"b","text":"Jalan tol ditutup."}\r\n';
    const results = await collect(readJsonl(chunked(Buffer.from(text, 'utf8'), 7), 'crlf.jsonl'));
    expect(errors(results)).toEqual([]);
    expect(articles(results).map((a) => a.text)).toEqual(['Banjir melanda Demak.', 'Jalan tol ditutup.']);
  });

  it('streams: a long file is read line by line with correct line numbers', async () => {
    const lines: string[] = [];
    for (let i = 1; i <= 2000; i++)
      lines.push(JSON.stringify({ id: `n${i}`, text: `Berita nomor ${i} dari Makassar.` }));
    lines[1499] = '{broken';
    const results = await collect(
      readJsonl(chunked(Buffer.from(lines.join('\n'), 'utf8'), 4093), 'big.jsonl'),
    );
    expect(articles(results)).toHaveLength(1999);
    expect(errors(results)).toHaveLength(1);
    expect(errors(results)[0]).toMatch(/^big\.jsonl:1500: invalid JSON/);
    expect(articles(results)[1998].origin.line).toBe(2000);
  });
});
