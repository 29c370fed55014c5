// The blind article batches (eval/blind/) are test data: every gold file must read, and every form,
// statement start, trigger and party it names must be in its article (eval/blind/check.mjs, the checker
// the annotators ran).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = new URL('../../eval/blind/', import.meta.url).pathname;
const golds = readdirSync(dir)
  .filter((b) => statSync(join(dir, b)).isDirectory())
  .flatMap((b) =>
    readdirSync(join(dir, b))
      .filter((f) => f.endsWith('.json'))
      .map((f) => join(dir, b, f)),
  );

describe('blind article batches', () => {
  it('has batches of gold files', () => {
    expect(golds.length).toBeGreaterThanOrEqual(48);
  });

  it('every gold file passes the annotators’ checker', () => {
    const r = spawnSync(process.execPath, [join(dir, 'check.mjs'), ...golds], { encoding: 'utf8' });
    expect(r.stdout.split('\n').filter((l) => /problem|not in the text|not a gold/.test(l))).toEqual([]);
    expect(r.status).toBe(0);
  });
});
