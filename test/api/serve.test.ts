// `warta serve` as a user runs it: prints the URL, binds loopback, takes the ingest token from the
// environment, stops cleanly on SIGINT, and refuses a bad port.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from './helpers.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'warta-api-serve-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function warta(args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', join(root, 'src', 'cli', 'main.ts'), ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Collects a child's output and resolves when a line matches. */
function waitFor(child: ChildProcess, re: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (b: Buffer) => {
      out += b.toString();
      const m = re.exec(out);
      if (m) resolve(m);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited ${code} before ${re}: ${out}`)));
  });
}

describe('warta serve', () => {
  it('prints the URL, serves, and stops on SIGINT', async () => {
    const child = warta(['serve', '--db', join(dir, 's.db'), '--port', '0'], {
      WARTA_INGEST_TOKEN: 'rahasia',
    });
    const [, url] = await waitFor(child, /serving .* at (http:\/\/127\.0\.0\.1:\d+\/)/);
    const health = (await (await fetch(`${url}api/health`)).json()) as { ok: boolean; ingest: boolean };
    expect(health).toMatchObject({ ok: true, ingest: true });
    const denied = await fetch(`${url}api/ingest`, { method: 'POST', body: '{}' });
    expect(denied.status).toBe(401);
    const stopped = waitFor(child, /SIGINT, stopping/);
    child.kill('SIGINT');
    await stopped;
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  });

  it('refuses a bad port with a message and a non-zero exit', async () => {
    const child = warta(['serve', '--db', join(dir, 's.db'), '--port', 'delapan']);
    let err = '';
    child.stderr?.on('data', (b: Buffer) => {
      err += b.toString();
    });
    const [code] = await once(child, 'exit');
    expect(code).not.toBe(0);
    expect(err).toContain('--port');
  });
});
