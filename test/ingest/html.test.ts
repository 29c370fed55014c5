import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToText, readAll, readHtml, readHtmlBytes } from '../../src/ingest/index.js';
import { articlePage, fixture, tempDir, writeTemp } from './helpers.js';

describe('HTML article pages', () => {
  it('extracts the article from a page with nav, ads, sidebar and footer around it', async () => {
    const [r] = await readAll([fixture('kompas-style.html')]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const a = r.article;
    expect(a.title).toBe('Menlu: Indonesia Dukung Gencatan Senjata di Gaza');
    expect(a.byline).toBe('Dian Maharani');
    expect(a.published).toBe('2023-11-14T09:30:00+07:00');
    expect(a.url).toBe('https://berita-nusantara.example/internasional/2023/11/14/menlu-gaza');
    expect(a.lang).toBe('id');
    expect(a.dateline).toBe('Jakarta');
    // Page furniture is gone.
    for (const junk of ['Beranda', 'IKLAN', 'Terpopuler', 'Hak cipta', 'dataLayer', 'Masuk | Daftar']) {
      expect(a.text).not.toContain(junk);
    }
    // Paragraphs are separated by blank lines; <br> is a single newline inside a paragraph.
    const paragraphs = a.text.split('\n\n');
    expect(paragraphs[0].startsWith('JAKARTA, BERITANUSANTARA - Menteri Luar Negeri Retno Marsudi')).toBe(
      true,
    );
    expect(paragraphs).toContain(
      'Menurut Retno, bantuan kemanusiaan harus dapat masuk tanpa hambatan.\nPemerintah Indonesia telah mengirimkan 51,5 ton bantuan melalui Mesir.',
    );
    expect(a.text).toContain('Arab Saudi.\n\n"Kita tidak bisa tinggal diam');
    expect(a.text).not.toMatch(/Saudi\."Kita/);
  });

  it('decodes a windows-1252 page declared by <meta charset> (curly quotes, é, €)', () => {
    const html = articlePage({
      title: 'Kafe di Bandung',
      charset: 'windows-1252',
      paragraphs: [
        'BANDUNG - Pemilik kafe \u201cRumah Kopi\u201d mengatakan harga espresso naik menjadi \u20ac2 di cabang Paris.',
        'Menu andalan mereka adalah caf\u00e9 au lait \u2014 kata pemilik \u2018Rumah Kopi\u2019 itu.',
        'Usaha ini dimulai pada 2015 dan kini memiliki dua belas cabang di Jawa Barat dan sekitarnya.',
      ],
    });
    // Encode to windows-1252 by hand: the characters above all exist in it.
    const table: Record<string, number> = {
      '\u201c': 0x93,
      '\u201d': 0x94,
      '\u2018': 0x91,
      '\u2019': 0x92,
      '\u2014': 0x97,
      '\u20ac': 0x80,
    };
    const bytes = Buffer.from([...html].map((c) => table[c] ?? c.charCodeAt(0)));
    expect(bytes.includes(0x93)).toBe(true);
    const r = readHtmlBytes(bytes, { file: 'cp1252.html' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.text).toContain(
      'kafe \u201cRumah Kopi\u201d mengatakan harga espresso naik menjadi \u20ac2',
    );
    expect(r.article.text).toContain('caf\u00e9 au lait \u2014 kata pemilik \u2018Rumah Kopi\u2019');
    expect(r.article.text).not.toMatch(/[\u0080-\u009f]/);
  });

  it('iso-8859-1 via http-equiv is decoded as windows-1252 (as browsers do)', () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><title>t</title></head>
<body><article><p>Menteri berkata: \u201cKami menolak tuduhan itu.\u201d Pernyataan disampaikan di Jakarta pada Senin pagi kepada para wartawan yang menunggu.</p></article></body></html>`;
    const bytes = Buffer.from(
      [...html].map((c) => (c === '\u201c' ? 0x93 : c === '\u201d' ? 0x94 : c.charCodeAt(0))),
    );
    const r = readHtmlBytes(bytes, { file: 'latin1.html' });
    expect(r.ok && r.article.text).toContain('\u201cKami menolak tuduhan itu.\u201d');
  });

  it('undeclared non-UTF-8 bytes fall back to windows-1252; UTF-8 BOM wins over a wrong declaration', () => {
    const cp = Buffer.from(
      '<html><body><p>Harga caf\xe9 naik lagi di pusat kota Yogyakarta pekan ini.</p></body></html>',
      'latin1',
    );
    const r1 = readHtmlBytes(cp, { file: 'nodecl.html' });
    expect(r1.ok && r1.article.text).toContain('caf\u00e9');
    const utf = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(
        '<html><head><meta charset="iso-8859-1"></head><body><p>Kata \u201cdamai\u201d diucapkan berulang kali oleh juru runding.</p></body></html>',
        'utf8',
      ),
    ]);
    const r2 = readHtmlBytes(utf, { file: 'bom.html' });
    expect(r2.ok && r2.article.text).toContain('\u201cdamai\u201d');
  });

  it('published date from JSON-LD when there is no article:published_time; byline from JSON-LD author', () => {
    const html = `<html><head><title>Sidang Sengketa Pilkada - Situs</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Situs"},
{"@type":"NewsArticle","headline":"Sidang Sengketa Pilkada Digelar","datePublished":"2024-01-09T13:00:00+07:00","author":[{"@type":"Person","name":"Budi Santoso"},{"@type":"Person","name":"Maya Sari"}]}]}</script>
</head><body><article><p>Mahkamah Konstitusi menggelar sidang perdana sengketa hasil pemilihan kepala daerah pada Selasa. Para pemohon menghadirkan sejumlah saksi.</p></article></body></html>`;
    const r = readHtml(html, { file: 'ld.html' });
    expect(r.ok && r.article.published).toBe('2024-01-09T13:00:00+07:00');
    expect(r.ok && r.article.byline).toBe('Budi Santoso, Maya Sari');
    expect(r.ok && r.article.title).toBe('Sidang Sengketa Pilkada Digelar');
    expect(r.ok && r.article.lang).toBeNull(); // nothing declared
  });

  it('meta name="date" and og:title are used when nothing better exists', () => {
    const html = `<html><head><meta property="og:title" content="Gunung Merapi Luncurkan Awan Panas"><meta name="date" content="2023-03-11"></head>
<body><div id="content"><p>Gunung Merapi kembali meluncurkan awan panas guguran sejauh tiga kilometer ke arah barat daya pada Sabtu siang.</p></div></body></html>`;
    const r = readHtml(html, { file: 'meta.html' });
    expect(r.ok && r.article.published).toBe('2023-03-11');
    expect(r.ok && r.article.title).toBe('Gunung Merapi Luncurkan Awan Panas');
  });

  it('a page with no text is an empty body error', () => {
    const r = readHtml(
      '<html><head><title>Galeri</title></head><body><nav><a href="/">Beranda</a></nav><img src="a.jpg"></body></html>',
      {
        file: 'galeri.html',
      },
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/^galeri\.html: empty body/);
  });

  it('an empty .html file is an error naming the file', async () => {
    const path = writeTemp(tempDir(), 'kosong.html', '');
    const [r] = await readAll([path]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe(`${path}: empty file`);
  });
});

describe('htmlToText', () => {
  it('blocks become paragraphs, <br> a newline, inline tags and whitespace runs collapse', () => {
    const html =
      '<h2>Judul</h2><p>Satu  <b>dua</b>\n tiga<br>empat</p><ul><li>lima</li><li>enam</li></ul><div>tujuh<p>delapan</p></div>';
    expect(htmlToText(html)).toBe('Judul\n\nSatu dua tiga\nempat\n\nlima\n\nenam\n\ntujuh\n\ndelapan');
  });

  it('scripts and styles are not text', () => {
    expect(htmlToText('<p>Berita<script>var x = 1;</script> utama</p><style>p{}</style>')).toBe(
      'Berita utama',
    );
  });

  it('reads the seed-like glued text faithfully (no repair here)', () => {
    const seed = readFileSync(fixture('plain.txt'), 'utf8');
    expect(htmlToText(`<p>${seed.split('\n\n')[0]}</p>`)).toBe(seed.split('\n\n')[0]);
  });
});
