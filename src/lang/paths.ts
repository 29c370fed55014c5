// Language data files live in src/lang/ and are read at run time from the package root, so the same
// code works under tsx (src/) and compiled (dist/), which tsc does not copy data files into.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

/** The directory holding package.json, walking up from `from` (default: this module, cached). */
export function packageRoot(from?: string): string {
  if (from === undefined && root) return root;
  const start = from ?? dirname(fileURLToPath(import.meta.url));
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`warta: no package.json above ${start}`);
    dir = up;
  }
  if (from === undefined) root = dir;
  return dir;
}

export function langFile(...parts: string[]): string {
  return join(packageRoot(), 'src', 'lang', ...parts);
}

/** Lines of a data file without comments (`#` at line start) and blank lines; tabs split columns. */
export function readDataLines(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.split('\t'));
}
