// A small glob: `*` (within a path segment), `**` (any depth), `?` (one character). Enough for
// `news/**/*.jsonl` on the command line; no braces or classes. Hidden files are never matched
// unless the pattern segment itself starts with a dot.
import { readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

export function hasGlob(path: string): boolean {
  return /[*?]/.test(path);
}

/** Regex for a glob over `/`-separated relative paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:[^/]*(?:/[^/]+)*/)?' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Files matching `pattern` (relative or absolute), sorted. */
export function expandGlob(pattern: string): string[] {
  const norm = pattern.split(sep).join('/');
  const parts = norm.split('/');
  const firstWild = parts.findIndex(hasGlob);
  const baseParts = parts.slice(0, firstWild);
  const base = baseParts.length === 0 ? '.' : baseParts.join('/') || '/';
  const rest = parts.slice(firstWild).join('/');
  const matcher = globToRegExp(rest);
  const allowHidden = parts.slice(firstWild).some((p) => p.startsWith('.'));
  // Without `**` the pattern fixes the depth; no need to walk deeper.
  const maxDepth = rest.includes('**') ? Number.POSITIVE_INFINITY : rest.split('/').length;
  const out: string[] = [];
  const walk = (dir: string, rel: string, depth: number) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (name.startsWith('.') && !allowHidden) continue;
      const full = join(dir, name);
      const relPath = rel ? `${rel}/${name}` : name;
      let isDir = false;
      try {
        isDir = statSync(full).isDirectory();
      } catch {
        continue;
      }
      if (isDir) {
        if (depth < maxDepth) walk(full, relPath, depth + 1);
      } else if (matcher.test(relPath))
        out.push(baseParts.length === 0 ? relPath : `${base === '/' ? '' : base}/${relPath}`);
    }
  };
  walk(base, '', 1);
  return out.sort();
}
