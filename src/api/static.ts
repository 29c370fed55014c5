// The web UI: files from the built bundle (dist/web), index.html for client-side routes, and a short
// page explaining how to build the UI when there is no bundle.
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context } from 'hono';

/** dist/web at the package root, from src/api (tsx) and from dist/api (built) alike. */
export function defaultWebRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'web');
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export const NO_BUILD_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>warta</title></head>
<body><h1>warta</h1>
<p>The web UI has not been built. Run <code>npm run build:web</code> and reload this page.</p>
<p>The JSON API is available: <a href="/api/health">/api/health</a>, <a href="/openapi.json">/openapi.json</a>.</p>
</body></html>
`;

/** The file a URL path names inside root, or null if it escapes root or is not a file. */
export function fileFor(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const full = resolve(root, `.${decoded.startsWith('/') ? decoded : `/${decoded}`}`);
  if (full !== root && !full.startsWith(root + sep)) return null;
  try {
    return statSync(full).isFile() ? full : null;
  } catch {
    return null;
  }
}

export function serveWeb(webRoot: string) {
  const root = resolve(webRoot);
  return async (c: Context): Promise<Response> => {
    const index = join(root, 'index.html');
    if (!existsSync(index)) return c.html(NO_BUILD_PAGE, 200, { 'Cache-Control': 'no-cache' });
    const path = c.req.path;
    // the UI is built with relative asset URLs (vite base './'): under a deep path a browser asks
    // for /some/route/assets/x.js, which is /assets/x.js
    const at = path.indexOf('/assets/');
    const file =
      path === '/' ? index : (fileFor(root, path) ?? (at > 0 ? fileFor(root, path.slice(at)) : null));
    if (file) {
      const body = await readFile(file);
      // vite names built assets by content hash: they never change under the same name
      const cache =
        file === index
          ? 'no-cache'
          : path.includes('/assets/')
            ? 'public, max-age=31536000, immutable'
            : 'public, max-age=300';
      return c.body(body, 200, {
        'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Cache-Control': cache,
      });
    }
    // a missing asset is a 404; any other path is a client-side route of the single-page app
    if (extname(path) && !path.endsWith('.html')) return c.text('not found', 404);
    return c.body(await readFile(index), 200, {
      'Content-Type': TYPES['.html'],
      'Cache-Control': 'no-cache',
    });
  };
}
