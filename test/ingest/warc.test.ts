import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readAll, readWarc } from '../../src/ingest/index.js';
import {
  articlePage,
  articles,
  chunked,
  collect,
  errors,
  httpResponse,
  tempDir,
  warcGz,
  warcRecord,
  writeTemp,
} from './helpers.js';

const PAGE_A = articlePage({
  title: 'Polri Ungkap Jaringan Narkoba Internasional',
  published: '2023-11-15T10:00:00+07:00',
  paragraphs: [
    'JAKARTA, KOMPAS.com - Kepolisian Negara Republik Indonesia mengungkap jaringan peredaran narkoba internasional yang beroperasi di Sumatera Utara dan Aceh.',
    '"Barang bukti yang kami sita mencapai 120 kilogram sabu," kata Kepala Badan Reserse Kriminal Polri dalam konferensi pers di Jakarta.',
    'Para tersangka dijerat dengan pasal berlapis dalam Undang-Undang Narkotika dengan ancaman hukuman mati.',
  ],
});
const PAGE_B = articlePage({
  title: 'Timnas Lolos ke Putaran Ketiga',
  paragraphs: [
    'Manila: Tim nasional sepak bola Indonesia memastikan tempat di putaran ketiga kualifikasi setelah menahan imbang Filipina.',
    'Pelatih tim nasional mengatakan para pemain tampil disiplin sepanjang pertandingan meski bermain di bawah tekanan suporter tuan rumah.',
  ],
});

function mixedRecords(): Buffer[] {
  return [
    warcRecord('warcinfo', 'software: warta-test\r\nformat: WARC File Format 1.0\r\n', {
      'Content-Type': 'application/warc-fields',
    }),
    warcRecord('request', 'GET /polri HTTP/1.1\r\nHost: berita.example\r\n\r\n', {
      'WARC-Target-URI': 'https://berita.example/polri',
      'Content-Type': 'application/http; msgtype=request',
    }),
    warcRecord('response', httpResponse('text/html; charset=utf-8', PAGE_A), {
      'WARC-Target-URI': 'https://berita.example/polri',
      'Content-Type': 'application/http; msgtype=response',
    }),
    warcRecord(
      'response',
      httpResponse('image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46])),
      {
        'WARC-Target-URI': 'https://berita.example/foto.jpg',
        'Content-Type': 'application/http; msgtype=response',
      },
    ),
    warcRecord('metadata', 'fetchTimeMs: 120\r\n', { 'WARC-Target-URI': 'https://berita.example/polri' }),
    warcRecord('response', httpResponse('text/html', PAGE_B), {
      'WARC-Target-URI': 'https://berita.example/timnas',
      'WARC-Date': '2023-11-17T12:00:00Z',
      'Content-Type': 'application/http; msgtype=response',
    }),
  ];
}

describe('WARC.gz', () => {
  it('reads HTML responses with their target URI and date; skips warcinfo, request, metadata and non-HTML', async () => {
    const recs = mixedRecords();
    const { file, offsets } = warcGz(recs);
    const path = writeTemp(tempDir(), 'cc-news.warc.gz', file);
    const results = await readAll([path]);
    expect(errors(results)).toEqual([]);
    const [a, b] = articles(results);
    expect(articles(results)).toHaveLength(2);
    expect(a.url).toBe('https://berita.example/polri');
    expect(a.source).toBe('https://berita.example/polri');
    expect(a.published).toBe('2023-11-15T10:00:00+07:00'); // the page's own date wins
    expect(a.dateline).toBe('Jakarta');
    expect(a.text).toContain('120 kilogram sabu');
    expect(a.text).not.toContain('Beranda');
    expect(a.origin).toEqual({
      file: path,
      byte: offsets[2],
      record: 'urn:uuid:00000000-0000-4000-8000-000000000003',
    });
    expect(b.url).toBe('https://berita.example/timnas');
    expect(b.published).toBe('2023-11-17T12:00:00Z'); // no date in the page: the record's WARC-Date
    expect(b.origin.byte).toBe(offsets[5]);
  });

  it('a truncated WARC.gz yields the good records plus one error with the byte offset of the cut record', async () => {
    const { file, offsets } = warcGz(mixedRecords());
    const cut = file.subarray(0, file.length - 25); // inside the last member
    const results = await collect(readWarc(chunked(cut, 64), 'cut.warc.gz'));
    expect(articles(results).map((a) => a.url)).toEqual(['https://berita.example/polri']);
    expect(errors(results)).toHaveLength(1);
    expect(errors(results)[0]).toMatch(
      new RegExp(`^cut\\.warc\\.gz: byte ${offsets[5]}: truncated or corrupt gzip member`),
    );
  });

  it('any cut point gives the records before it and at most one error, never a throw', async () => {
    const { file, offsets } = warcGz(mixedRecords());
    for (let end = 1; end < file.length; end += 23) {
      const results = await collect(readWarc(chunked(file.subarray(0, end), 50), 'x.warc.gz'));
      const errs = results.filter((r) => !r.ok);
      expect(errs.length).toBeLessThanOrEqual(1);
      const complete = offsets.filter((_o, i) => (offsets[i + 1] ?? file.length) <= end);
      const started = offsets.filter((o) => o < end);
      const got = articles(results);
      // Every complete HTML record is there; a record whose block was fully inflated before the cut
      // (cut in its gzip trailer) may be there too; and every article is whole, never half a page.
      expect(got.length).toBeGreaterThanOrEqual([2, 5].filter((i) => complete.includes(offsets[i])).length);
      expect(got.length).toBeLessThanOrEqual([2, 5].filter((i) => started.includes(offsets[i])).length);
      for (const a of got) expect(a.text).toMatch(/(hukuman mati|tuan rumah)\.$/);
      if (end < file.length && complete.length < offsets.length) {
        expect(errs).toHaveLength(1);
        if (!errs[0].ok) expect(started).toContain(errs[0].error.origin.byte);
      }
    }
  });

  it('a whole-file gzip (one member) is read too', async () => {
    const whole = gzipSync(Buffer.concat(mixedRecords()));
    const results = await collect(readWarc(chunked(whole, 1000), 'one.warc.gz'));
    expect(articles(results)).toHaveLength(2);
    expect(errors(results)).toEqual([]);
  });
});

describe('plain WARC', () => {
  it('reads the same records; origin.byte is the record start', async () => {
    const recs = mixedRecords();
    const file = Buffer.concat(recs);
    const path = writeTemp(tempDir(), 'crawl.warc', file);
    const results = await readAll([path]);
    expect(articles(results)).toHaveLength(2);
    const start5 = recs.slice(0, 5).reduce((n, r) => n + r.length, 0);
    expect(articles(results)[1].origin.byte).toBe(start5);
  });

  it('a truncated WARC yields the good records plus one error with the byte offset', async () => {
    const recs = mixedRecords();
    const file = Buffer.concat(recs);
    const start5 = recs.slice(0, 5).reduce((n, r) => n + r.length, 0);
    const results = await collect(readWarc(chunked(file.subarray(0, file.length - 200), 41), 'cut.warc'));
    expect(articles(results)).toHaveLength(1);
    expect(errors(results)).toHaveLength(1);
    expect(errors(results)[0]).toMatch(
      new RegExp(`^cut\\.warc: byte ${start5}: truncated WARC record \\(\\d+ of \\d+ block bytes\\)$`),
    );
  });

  it('any cut point of a plain WARC: whole articles only, at most one error, never a throw', async () => {
    const file = Buffer.concat(mixedRecords());
    for (let end = 1; end < file.length; end += 31) {
      const results = await collect(readWarc(chunked(file.subarray(0, end), 45), 'p.warc'));
      expect(results.filter((r) => !r.ok).length).toBeLessThanOrEqual(1);
      for (const a of articles(results)) expect(a.text).toMatch(/(hukuman mati|tuan rumah)\.$/);
    }
  });

  it('garbage where a record should start is an error at that offset', async () => {
    const recs = mixedRecords().slice(0, 3);
    const file = Buffer.concat([...recs, Buffer.from('<html>bukan warc</html>\r\n')]);
    const results = await collect(readWarc(chunked(file, 100), 'junk.warc'));
    expect(articles(results)).toHaveLength(1);
    const at = recs.reduce((n, r) => n + r.length, 0);
    expect(errors(results)).toEqual([
      `junk.warc: byte ${at}: expected a WARC/1.x version line, found "<html>bukan warc</html>"`,
    ]);
  });

  it('charset from the HTTP header, chunked transfer and gzip content encoding are honoured', async () => {
    const html = Buffer.from(
      '<html><body><article><p>Gubernur berkata: \x93Kami tidak pernah menerima dana itu.\x94 Ia menyampaikannya di Medan, Sumatera Utara, pada Jumat sore.</p></article></body></html>',
      'latin1',
    );
    const gz = gzipSync(html);
    const chunkedBody = Buffer.concat([
      Buffer.from(`${(20).toString(16)}\r\n`),
      gz.subarray(0, 20),
      Buffer.from(`\r\n${(gz.length - 20).toString(16)}\r\n`),
      gz.subarray(20),
      Buffer.from('\r\n0\r\n\r\n'),
    ]);
    const block = Buffer.concat([
      Buffer.from(
        'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1252\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n',
      ),
      chunkedBody,
    ]);
    const file = warcRecord('response', block, { 'WARC-Target-URI': 'https://medan.example/gubernur' });
    const [r] = await collect(readWarc(chunked(file, 64), 'enc.warc'));
    expect(r.ok && r.article.text).toContain('\u201cKami tidak pernah menerima dana itu.\u201d');
  });

  it('redirects and errors are skipped, not reported', async () => {
    const file = Buffer.concat([
      warcRecord(
        'response',
        httpResponse('text/html', '<html><body>Moved</body></html>', '301 Moved Permanently'),
        {
          'WARC-Target-URI': 'http://berita.example/lama',
        },
      ),
      warcRecord('response', httpResponse('text/html', PAGE_B), {
        'WARC-Target-URI': 'https://berita.example/timnas',
      }),
    ]);
    const results = await collect(readWarc(chunked(file, 64), 'r.warc'));
    expect(results).toHaveLength(1);
    expect(articles(results)[0].url).toBe('https://berita.example/timnas');
  });
});
