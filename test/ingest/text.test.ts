import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDateline, parseSeedFormat, readAll, readTextBytes } from '../../src/ingest/index.js';
import { errors, fixture, SEED, tempDir, writeTemp } from './helpers.js';

describe('seed format', () => {
  it('reads the seed article: header with a leading space, month precision, byline, dateline kept in text', () => {
    const r = parseSeedFormat(readFileSync(SEED, 'utf8'), { file: 'seed.txt' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const a = r.article;
    expect(a.published).toBe('2022-11');
    expect(a.byline).toBe('FJR');
    expect(a.dateline).toBe('Pyongyang');
    expect(a.text.startsWith('Pyongyang: Korea Utara (Korut) mengatakan')).toBe(true);
    expect(a.text).not.toContain('date 2022-11');
    expect(a.lang ?? null).toBeNull(); // the seed does not declare it
  });

  it('reads a header with a full date and keeps the body paragraphs', () => {
    const r = readTextBytes(readFileSync(fixture('seed-header.txt')), { file: 'seed-header.txt' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.published).toBe('2023-11-21');
    expect(r.article.byline).toBe('RED');
    expect(r.article.dateline).toBe('Jakarta');
    expect(r.article.text.split('\n\n')).toHaveLength(2);
    expect(r.article.text.startsWith('JAKARTA - Presiden meminta')).toBe(true);
  });

  it('plain text without a header has no date or byline', () => {
    const r = readTextBytes(readFileSync(fixture('plain.txt')), { file: 'plain.txt' });
    expect(r.ok && r.article.published).toBeNull();
    expect(r.ok && r.article.byline).toBeNull();
    expect(r.ok && r.article.dateline).toBe('Surabaya');
    expect(r.ok && r.article.text.startsWith('Surabaya: Polisi menangkap')).toBe(true);
  });

  it('a first line that merely starts with "date" is body text, not a header', () => {
    const r = parseSeedFormat('date yang ditetapkan KPU belum berubah.\n\nKPU menyatakan jadwal tetap.', {
      file: 'x.txt',
    });
    expect(r.ok && r.article.published).toBeNull();
    expect(r.ok && r.article.text.startsWith('date yang ditetapkan')).toBe(true);
  });

  it('header without a byline', () => {
    const r = parseSeedFormat('date 2024-02-14\n\nPemungutan suara berlangsung serentak hari ini.', {
      file: 'x',
    });
    expect(r.ok && r.article.published).toBe('2024-02-14');
    expect(r.ok && r.article.byline).toBeNull();
  });

  it('a header with nothing after it is an empty body error', () => {
    const r = parseSeedFormat(' date 2022-11 (FJR)\n\n   \n', { file: 'kosong.txt' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe('kosong.txt: empty body');
  });
});

describe('datelines', () => {
  const cases: [string, string | null][] = [
    ['Pyongyang: Korea Utara mengatakan bahwa mereka tidak pernah melakukan transaksi senjata.', 'Pyongyang'],
    ['JAKARTA, KOMPAS.com - Pemerintah menaikkan harga bahan bakar minyak.', 'Jakarta'],
    ['Jakarta (ANTARA) - Bank Indonesia mempertahankan suku bunga acuan.', 'Jakarta'],
    ['JAKARTA - Presiden melantik menteri baru di Istana Negara.', 'Jakarta'],
    ['BANDAR LAMPUNG, KOMPAS.com — Banjir merendam ratusan rumah warga.', 'Bandar Lampung'],
    ['Liputan6.com, Jakarta - Harga emas Antam naik Rp5.000 per gram.', 'Jakarta'],
    [
      'WASHINGTON, Nov 8 (Reuters) - The White House said on Tuesday that North Korea was supplying shells.',
      'Washington',
    ],
    ['Baca juga: Presiden Minta Bantuan Segera Dikirim', null],
    ['Editor: Rina Oktaviani', null],
    ['Korea Utara (Korut) mengatakan bahwa mereka tidak pernah melakukan transaksi senjata.', null],
    ['Pemerintah menaikkan harga bahan bakar minyak mulai pekan depan.', null],
  ];
  for (const [body, place] of cases) {
    it(`${body.slice(0, 40)} → ${place}`, () => {
      expect(findDateline(body)).toBe(place);
    });
  }
});

describe('text bytes: encodings and broken files', () => {
  const dir = tempDir();

  it('CRLF files read like LF files', async () => {
    const lf = readFileSync(fixture('seed-header.txt'), 'utf8');
    const path = writeTemp(dir, 'crlf.txt', lf.replace(/\n/g, '\r\n'));
    const [r] = await readAll([path]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.published).toBe('2023-11-21');
    expect(r.article.byline).toBe('RED');
    expect(r.article.text).not.toContain('\r');
    expect(r.article.text.split('\n\n')).toHaveLength(2);
  });

  it('a UTF-8 BOM is stripped before the header is read', async () => {
    const body = Buffer.from(
      ' date 2022-11 (FJR)\n\nPyongyang: Korea Utara membantah tuduhan itu.\n',
      'utf8',
    );
    const path = writeTemp(dir, 'bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]));
    const [r] = await readAll([path]);
    expect(r.ok && r.article.published).toBe('2022-11');
    expect(r.ok && r.article.text.charCodeAt(0)).toBe('P'.charCodeAt(0));
  });

  it('invalid UTF-8 is an error naming the file and the byte offset of the first bad sequence', async () => {
    const good = Buffer.from('Menteri mengatakan harga ', 'utf8'); // 25 bytes
    const bytes = Buffer.concat([good, Buffer.from([0x93]), Buffer.from('beras naik', 'utf8')]);
    const path = writeTemp(dir, 'bad-utf8.txt', bytes);
    const results = await readAll([path]);
    expect(results).toHaveLength(1);
    expect(errors(results)[0]).toBe(`${path}: byte 25: invalid UTF-8 (byte 0x93)`);
  });

  it('a truncated multi-byte sequence at the end is invalid too, with its offset', async () => {
    const bytes = Buffer.concat([Buffer.from('Kata “kunci', 'utf8'), Buffer.from([0xe2, 0x80])]);
    const path = writeTemp(dir, 'cut.txt', bytes);
    const [r] = await readAll([path]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.origin.byte).toBe(bytes.length - 2);
  });

  it('a binary file is an error, not an article', async () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48,
    ]);
    const path = writeTemp(dir, 'gambar.txt', png);
    const [r] = await readAll([path]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^.*gambar\.txt: byte 6: binary data \(byte 0x1a\)/);
  });

  it('an empty file is an error', async () => {
    const path = writeTemp(dir, 'kosong.txt', '');
    const results = await readAll([path]);
    expect(errors(results)).toEqual([`${path}: empty file`]);
  });

  it('a whitespace-only file is an empty body error', async () => {
    const path = writeTemp(dir, 'spasi.txt', '\n\n   \n');
    expect(errors(await readAll([path]))).toEqual([`${path}: empty body`]);
  });
});
