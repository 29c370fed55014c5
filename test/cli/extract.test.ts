import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const warta = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });

describe('warta extract', () => {
  it('prints a readable summary of the seed article', () => {
    const r = warta('extract', 'examples/000_ed4e84306170659b.txt');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('published 2022-11 · byline FJR · dateline Pyongyang');
    expect(r.stdout).toMatch(/Statements \(12\)/);
    expect(r.stdout).toMatch(/AID \(military\) North Korea → Russia/);
  });

  it('prints the Analysis JSON contract with --json', () => {
    const r = warta('extract', '--json', 'examples/000_ed4e84306170659b.txt');
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.version).toBe(1);
    expect(a.document).toMatchObject({
      lang: 'id',
      published: '2022-11',
      byline: 'FJR',
      dateline: 'Pyongyang',
    });
    expect(Object.keys(a)).toEqual(['version', 'document', 'entities', 'statements', 'events']);
  });

  it('prints JSONL for a JSONL input, in input order, keeping input ids', () => {
    const r = warta('extract', '--json', 'examples/feed.jsonl');
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((a) => a.document.input_id)).toEqual(['j1', 'j2', 'j3', 'j4', 'j5']);
  });

  it('reports a bad article with its file and position, exits non-zero, and still prints the good ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'warta-cli-'));
    const bad = join(dir, 'batch.jsonl');
    writeFileSync(
      bad,
      `${JSON.stringify({ id: 'a', text: 'Presiden Joko Widodo meresmikan bendungan di Aceh.' })}\n{"id": "b", "text": \n${JSON.stringify({ id: 'c', text: 'Banjir melanda Jakarta Utara pada Senin.' })}\n`,
    );
    const binary = join(dir, 'image.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    const r = warta('extract', '--json', bad, binary);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${bad}:line 2`);
    expect(r.stderr).toContain(binary);
    const ids = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).document.input_id);
    expect(ids).toEqual(['a', 'c']);
  });

  it('fails clearly on a missing file', () => {
    const r = warta('extract', 'no/such/file.txt');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('no/such/file.txt');
  });
});
