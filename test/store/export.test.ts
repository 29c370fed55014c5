import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimsTable } from '../../src/cli/commands/claims.js';
import { formatClaim } from '../../src/cli/commands/show.js';
import { table, truncate } from '../../src/cli/table.js';
import { csvField, csvRecord, exportLines } from '../../src/store/export.js';
import { SqliteRepository } from '../../src/store/sqlite/repository.js';
import { assertion, denial } from './fixtures.js';

let dir: string;
let repo: SqliteRepository;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'warta-export-'));
  repo = new SqliteRepository(join(dir, 'x.db'));
  await repo.putAnalysis(assertion());
  await repo.putAnalysis(denial());
});
afterEach(async () => {
  await repo.close();
  rmSync(dir, { recursive: true, force: true });
});

async function collect(format: 'jsonl' | 'csv' | 'plover'): Promise<string> {
  let s = '';
  for await (const chunk of exportLines(repo, format)) s += chunk;
  return s;
}

/** A minimal RFC 4180 parser, to check the export round-trips. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('export', () => {
  it('JSONL: one Analysis per document, exactly the contract', async () => {
    const lines = (await collect('jsonl')).trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual([assertion(), denial()]);
  });

  it('CSV: one row per event source, RFC 4180 quoting', async () => {
    expect(csvField('kata "rumor", katanya')).toBe('"kata ""rumor"", katanya"');
    expect(csvField('baris\nbaru')).toBe('"baris\nbaru"');
    expect(csvField(null)).toBe('');
    expect(csvRecord(['a', 1, null])).toBe('a,1,\r\n');
    const rows = parseCsv(await collect('csv'));
    const [header, ...data] = rows;
    expect(data).toHaveLength(2);
    const col = (name: string) => header.indexOf(name);
    expect(
      data.map((r) => [
        r[col('actor_code')],
        r[col('recipient_code')],
        r[col('source_code')],
        r[col('factuality')],
      ]),
    ).toEqual([
      ['PRK', 'RUS', 'USA', 'PR+'],
      ['PRK', 'RUS', 'PRK', 'CT-'],
    ]);
    expect(data[0][col('claim')]).toBe(data[1][col('claim')]);
    expect(data[1][col('evidence')]).toBe(
      'Pyongyang menegaskan tidak pernah mengirim peluru artileri ke Rusia.',
    );
  });

  it('PLOVER JSONL: one record per event with PLOVER field names', async () => {
    const records = (await collect('plover'))
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({
      id: `${assertion().document.id}-v1`,
      date: '2022-11-02',
      actor: 'PRK',
      recipient: 'RUS',
      event: 'AID',
      mode: 'military',
      context: [],
      event_text: 'memasok',
      actor_name: 'North Korea',
      sources: [{ source: 'e1', code: 'USA', factuality: 'PR+' }],
    });
    expect(records[0].text).toMatch(/^Amerika Serikat mengatakan Korea Utara tampaknya memasok/);
    expect(records[0].cite_info).toBe(
      'AS: Korea Utara pasok peluru ke Rusia, https://contoh.id/berita/1, 2022-11-02',
    );
  });
});

describe('readable tables', () => {
  it('aligns columns and truncates long text', () => {
    expect(truncate('Korea Utara   membantah  tuduhan', 20)).toBe('Korea Utara membant…');
    const out = table(
      [
        { a: 'PRK', b: 12 },
        { a: 'USAGOV', b: 3 },
      ],
      [
        { header: 'CODE', value: (r) => r.a },
        { header: 'N', value: (r) => r.b, align: 'right' },
      ],
    );
    expect(out.split('\n')).toEqual(['CODE     N', '──────  ──', 'PRK     12', 'USAGOV   3', '']);
  });

  it('shows a claim with its sources for and against', async () => {
    const [c] = await repo.listClaims();
    expect(claimsTable([c])).toContain('North Korea AID (military) Russia: peluru artileri');
    const text = formatClaim((await repo.getClaim(c.id))!);
    expect(text).toMatch(/CONTESTED/);
    expect(text).toMatch(/United States \(USA\)\s+PR\+/);
    expect(text).toMatch(/North Korea \(PRK\)\s+CT-\s+Pyongyang menegaskan/);
  });
});
