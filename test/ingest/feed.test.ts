import { describe, expect, it } from 'vitest';
import { readAll, readFeedBytes } from '../../src/ingest/index.js';
import { articles, errors, fixture } from './helpers.js';

describe('RSS 2.0', () => {
  it('reads items with link, title, ISO date, byline and HTML body as paragraphs; a body-less item is reported', async () => {
    const path = fixture('antara-nasional.rss');
    const results = await readAll([path]);
    expect(results).toHaveLength(3);
    const [kpk, cabai] = articles(results);
    expect(kpk.title).toBe('KPK Tetapkan Bupati sebagai Tersangka Suap Proyek Jalan');
    expect(kpk.url).toBe('https://kabar-nasional.example/hukum/kpk-tetapkan-bupati-tersangka');
    expect(kpk.id).toBe('kn-2023-000481');
    expect(kpk.published).toBe('2023-11-15T07:05:00Z');
    expect(kpk.byline).toBe('Rina Oktaviani');
    expect(kpk.lang).toBe('id');
    expect(kpk.dateline).toBe('Jakarta');
    // content:encoded wins over description, paragraphs kept, <br/> → newline.
    const paragraphs = kpk.text.split('\n\n');
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0].startsWith('Jakarta (ANTARA) - Komisi Pemberantasan Korupsi (KPK) menetapkan')).toBe(
      true,
    );
    expect(paragraphs[2]).toBe(
      'Menurut Ali, bupati tersebut diduga menerima uang dari kontraktor melalui ajudannya.\nUang itu diserahkan dalam tiga tahap sepanjang 2022.',
    );
    expect(kpk.origin).toMatchObject({ file: path, line: 1, record: 'kn-2023-000481' });
    // Entity-escaped HTML in <description> is HTML too.
    expect(cabai.text).toBe(
      'JAKARTA - Harga cabai rawit merah di Pasar Induk Kramat Jati turun menjadi Rp45.000 per kilogram.\n\nPedagang mengatakan pasokan dari Jawa Tengah kembali normal.',
    );
    expect(cabai.published).toBe('2023-11-15T09:12:30Z');
    expect(errors(results)).toEqual([
      `${path}:3 (kn-2023-000483): feed item 3 "Foto: Banjir Rendam Permukiman di Bekasi" has no body (no content or description)`,
    ]);
  });

  it('a windows-1252 feed declared in the XML declaration is decoded correctly', () => {
    const xml = `<?xml version="1.0" encoding="windows-1252"?><rss version="2.0"><channel><title>t</title><item><title>Caf\xe9</title><link>https://x.example/a</link><description>Pemilik kafe \x93Kopi Kita\x94 menolak tuduhan itu.</description></item></channel></rss>`;
    const [r] = readFeedBytes(Buffer.from(xml, 'latin1'), 'cp.rss');
    expect(r.ok && r.article.title).toBe('Caf\u00e9');
    expect(r.ok && r.article.text).toBe('Pemilik kafe \u201cKopi Kita\u201d menolak tuduhan itu.');
    expect(r.ok && r.article.lang).toBeNull();
  });

  it('malformed XML is one error with the line', () => {
    const results = readFeedBytes(
      Buffer.from('<?xml version="1.0"?>\n<rss><channel>\n<item><title>A</title></channel></rss>'),
      'rusak.rss',
    );
    expect(results).toHaveLength(1);
    expect(errors(results)[0]).toMatch(/^rusak\.rss:3: invalid XML/);
  });

  it('XML that is not a feed is an error', () => {
    const results = readFeedBytes(Buffer.from('<?xml version="1.0"?><catalog><book/></catalog>'), 'buku.xml');
    expect(errors(results)).toEqual([
      'buku.xml: not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> root)',
    ]);
  });
});

describe('Atom', () => {
  it('reads entries: alternate link, published over updated, author, html content and plain summary', async () => {
    const path = fixture('tempo-dunia.atom');
    const results = await readAll([path]);
    const [jepang, eropa] = articles(results);
    expect(jepang.url).toBe('https://warta-dunia.example/asia/jepang-protes-rudal');
    expect(jepang.published).toBe('2023-11-16T06:45:00+09:00');
    expect(jepang.byline).toBe('Arif Setiawan');
    expect(jepang.lang).toBe('id');
    expect(jepang.dateline).toBe('Tokyo');
    expect(jepang.text.split('\n\n')[1]).toBe(
      '\u201cTindakan ini mengancam perdamaian dan keamanan kawasan,\u201d kata Kepala Sekretaris Kabinet dalam konferensi pers.',
    );
    expect(eropa.published).toBe('2023-11-15T21:30:00Z');
    expect(eropa.dateline).toBe('Brussel');
    expect(eropa.text).toBe(
      'BRUSSEL - Negara-negara anggota Uni Eropa menyepakati paket bantuan senilai 50 miliar euro untuk Ukraina.\n\nKesepakatan dicapai setelah perundingan selama dua hari.',
    );
    const errs = errors(results);
    expect(errs).toHaveLength(1);
    expect(errs[0]).toContain(
      ':3 (tag:warta-dunia.example,2023:video-77): feed item 3 "Video: Suasana Pemilu di Taiwan" has no body',
    );
  });
});
