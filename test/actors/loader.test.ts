import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTsv } from '../../src/lang/actors/tsv.js';
import { actorFiles, packageRoot } from '../../src/lang/actors.js';

describe('loader', () => {
  it('finds the package root from src/ and from dist/ alike', () => {
    const root = packageRoot();
    expect(packageRoot(join(root, 'dist', 'lang'))).toBe(root);
    expect(packageRoot(join(root, 'src', 'lang', 'actors'))).toBe(root);
  });

  it('fails clearly when there is no package above', () => {
    const dir = mkdtempSync(join(tmpdir(), 'warta-'));
    expect(() => packageRoot(dir)).toThrow(/no package.json above/);
  });

  it('reads generated files before curated ones, so curated rows can extend them', () => {
    const files = actorFiles().map((f) => f.split('/').slice(-2).join('/'));
    expect(files.indexOf('generated/countries.tsv')).toBeLessThan(files.indexOf('curated/countries.tsv'));
  });

  it('parses comments, headers and short rows, and rejects long ones', () => {
    const t = parseTsv('# comment\n\nid\tname\na\tA\nb\n', 'x.tsv');
    expect(t.columns).toEqual(['id', 'name']);
    expect(t.rows.map((r) => [r.get('id'), r.get('name'), r.get('missing')])).toEqual([
      ['a', 'A', ''],
      ['b', '', ''],
    ]);
    expect(t.rows[1].line).toBe(5);
    expect(() => parseTsv('id\tname\na\tb\tc\n', 'bad.tsv')).toThrow(/bad.tsv:2: 3 cells/);
  });
});
