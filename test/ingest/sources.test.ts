import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  detectFormat,
  expandGlob,
  globToRegExp,
  readAll,
  readFile,
  sniffFormat,
} from '../../src/ingest/index.js';
import { articles, chunked, collect, errors, fixture, SEED, tempDir, writeTemp } from './helpers.js';

/** A folder tree: news/{a.txt, b.jsonl, sub/c.html, sub/deep/d.txt, .hidden.txt, .git/x.txt, README.md, img.png} */
function newsTree(): string {
  const root = tempDir();
  const news = join(root, 'news');
  mkdirSync(join(news, 'sub', 'deep'), { recursive: true });
  mkdirSync(join(news, '.git'));
  copyFileSync(fixture('plain.txt'), join(news, 'a.txt'));
  writeTemp(
    news,
    'b.jsonl',
    '{"id":"b1","text":"Gempa bermagnitudo 5,6 mengguncang Cianjur."}\n{"id":"b2","text":"Warga mengungsi ke tenda darurat."}\n',
  );
  copyFileSync(fixture('kompas-style.html'), join(news, 'sub', 'c.html'));
  copyFileSync(fixture('seed-header.txt'), join(news, 'sub', 'deep', 'd.txt'));
  writeTemp(news, '.hidden.txt', 'Ini berkas tersembunyi yang tidak boleh dibaca.');
  writeTemp(join(news, '.git'), 'x.txt', 'Ini juga tersembunyi.');
  writeTemp(news, 'README.md', '# Catatan\nBukan artikel.');
  writeTemp(news, 'img.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
  return news;
}

describe('readInputs: files, folders, globs, stdin, URLs', () => {
  it('a folder is read recursively, sorted, skipping hidden entries and unknown extensions', async () => {
    const news = newsTree();
    const results = await readAll([news]);
    expect(errors(results)).toEqual([]);
    expect(results.map((r) => (r.ok ? r.article.origin.file.slice(news.length + 1) : ''))).toEqual([
      'a.txt',
      'b.jsonl',
      'b.jsonl',
      'sub/c.html',
      'sub/deep/d.txt',
    ]);
  });

  it('globs: *, ** and ?', async () => {
    const news = newsTree();
    const rel = (paths: string[]) => paths.map((p) => p.slice(news.length + 1));
    expect(rel(expandGlob(`${news}/*.txt`))).toEqual(['a.txt']);
    expect(rel(expandGlob(`${news}/**/*.txt`))).toEqual(['a.txt', 'sub/deep/d.txt']);
    expect(rel(expandGlob(`${news}/sub/**`))).toEqual(['sub/c.html', 'sub/deep/d.txt']);
    expect(rel(expandGlob(`${news}/?.jsonl`))).toEqual(['b.jsonl']);
    expect(rel(expandGlob(`${news}/**/.hidden.txt`))).toEqual(['.hidden.txt']);
    const results = await readAll([`${news}/**/*.txt`]);
    expect(articles(results).map((a) => a.dateline)).toEqual(['Surabaya', 'Jakarta']);
  });

  it('glob to regex', () => {
    expect(globToRegExp('**/*.jsonl').test('2023/11/berita.jsonl')).toBe(true);
    expect(globToRegExp('**/*.jsonl').test('berita.jsonl')).toBe(true);
    expect(globToRegExp('*.jsonl').test('2023/berita.jsonl')).toBe(false);
    expect(globToRegExp('berita-?.txt').test('berita-7.txt')).toBe(true);
    expect(globToRegExp('berita-?.txt').test('berita-17.txt')).toBe(false);
  });

  it('a glob matching nothing and a missing file are errors naming them; the rest still reads', async () => {
    const news = newsTree();
    const results = await readAll([`${news}/*.warc`, join(news, 'tidak-ada.txt'), join(news, 'a.txt')]);
    expect(errors(results)).toEqual([
      `${news}/*.warc: no files match this pattern`,
      `${join(news, 'tidak-ada.txt')}: no such file or folder`,
    ]);
    expect(articles(results)).toHaveLength(1);
  });

  it('the same file named twice (directly and through a folder) is read once', async () => {
    const news = newsTree();
    const results = await readAll([join(news, 'a.txt'), news]);
    expect(articles(results).filter((a) => a.origin.file.endsWith('a.txt'))).toHaveLength(1);
  });

  it('file:// URLs', async () => {
    const results = await readAll([pathToFileURL(SEED).href]);
    expect(articles(results)[0].dateline).toBe('Pyongyang');
  });

  it('remote URLs are refused with a clear error (no network at run time)', async () => {
    expect(errors(await readAll(['https://berita.example/a.html']))).toEqual([
      'https://berita.example/a.html: only local files and file:// URLs are read (fetch remote pages first)',
    ]);
  });

  it('- reads stdin and sniffs its format (JSONL here, seed text below)', async () => {
    const jsonl = Buffer.from(
      '{"id":"s1","text":"Harga minyak goreng turun."}\n{"id":"s2","text":"Stok beras aman."}\n',
    );
    const r1 = await readAll(['-'], { stdin: chunked(jsonl, 10) });
    expect(articles(r1).map((a) => a.id)).toEqual(['s1', 's2']);
    expect(articles(r1)[0].origin.file).toBe('-');
    const seed = Buffer.from(' date 2022-11 (FJR)\n\nPyongyang: Korea Utara membantah tuduhan itu.\n');
    const r2 = await readAll(['-'], { stdin: chunked(seed, 3) });
    expect(articles(r2)[0].published).toBe('2022-11');
  });

  it('an unknown extension is sniffed', async () => {
    const dir = tempDir();
    const p = writeTemp(
      dir,
      'artikel',
      '<!DOCTYPE html><html><body><p>Presiden meresmikan bendungan baru di Nusa Tenggara Timur pada Senin pagi bersama para menteri.</p></body></html>',
    );
    const [r] = await collect(readFile(p));
    expect(r.ok && r.article.text).toBe(
      'Presiden meresmikan bendungan baru di Nusa Tenggara Timur pada Senin pagi bersama para menteri.',
    );
  });

  it('a binary file named explicitly is an error, and reading goes on', async () => {
    const news = newsTree();
    const results = await readAll([join(news, 'img.png'), join(news, 'a.txt')]);
    expect(errors(results)[0]).toMatch(/img\.png: byte 4: binary data/);
    expect(articles(results)).toHaveLength(1);
  });
});

describe('format detection', () => {
  const b = (s: string) => Buffer.from(s);
  it('by extension first', () => {
    expect(detectFormat('a.warc.gz', b(''))).toBe('warc');
    expect(detectFormat('a.ndjson', b(''))).toBe('jsonl');
    expect(detectFormat('a.htm', b(''))).toBe('html');
    expect(detectFormat('a.atom', b('<feed>'))).toBe('feed');
    expect(detectFormat('a.xml', b('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">'))).toBe(
      'html',
    );
    expect(detectFormat('a.txt', b('{"id":1}'))).toBe('text');
  });
  it('by sniffing otherwise', () => {
    expect(sniffFormat(Buffer.from([0x1f, 0x8b, 8, 0]))).toBe('warc');
    expect(sniffFormat(b('WARC/1.1\r\n'))).toBe('warc');
    expect(sniffFormat(b('\ufeff<?xml version="1.0"?>\n<rss version="2.0">'))).toBe('feed');
    expect(sniffFormat(b('  <!doctype html><html>'))).toBe('html');
    expect(sniffFormat(b('{"id":"a","text":"x"}\n'))).toBe('jsonl');
    expect(sniffFormat(b(' date 2022-11 (FJR)\n\nPyongyang: ...'))).toBe('text');
  });
});

describe('nothing throws out of readInputs', () => {
  it('random bytes forced through every reader give ReadResults, never an exception', async () => {
    let seed = 42;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const dir = tempDir();
    for (const format of ['text', 'jsonl', 'html', 'feed', 'warc'] as const) {
      for (let n = 0; n < 5; n++) {
        const bytes = Buffer.from(
          Array.from({ length: 50 + Math.floor(rand() * 3000) }, () => Math.floor(rand() * 256)),
        );
        if (n === 1) bytes[0] = 0x1f; // looks like gzip
        if (n === 1) bytes[1] = 0x8b;
        const path = writeTemp(dir, `acak-${format}-${n}.bin`, bytes);
        const results = await readAll([path], { format });
        for (const r of results) {
          expect(typeof r.ok).toBe('boolean');
          if (!r.ok) expect(r.error.message.startsWith(path)).toBe(true);
        }
      }
    }
  });

  it('a folder and its own subfolder: files under both are read once', async () => {
    const news = newsTree();
    const results = await readAll([news, join(news, 'sub')]);
    expect(results).toHaveLength(5);
  });
});
