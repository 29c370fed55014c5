import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { getProvinces, getRegencies } from 'idn-area-data';
import { describe, expect, it } from 'vitest';
import { loadActors, packageRoot } from '../../src/lang/actors.js';

const require = createRequire(import.meta.url);
const iso = require('i18n-iso-countries') as typeof import('i18n-iso-countries');
const dict = loadActors();

describe('countries', () => {
  const alpha2s = Object.keys(iso.getAlpha2Codes());

  it('has every ISO-3166 country under its alpha-3 code', () => {
    expect(alpha2s.length).toBeGreaterThanOrEqual(249);
    const missing = alpha2s.map((a2) => iso.alpha2ToAlpha3(a2)).filter((a3) => dict.byCode(a3!).length === 0);
    expect(missing).toEqual([]);
  });

  it('finds every country by its Indonesian name', () => {
    const idNames = iso.getNames('id', { select: 'all' }) as Record<string, string[]>;
    const missing: string[] = [];
    for (const a2 of alpha2s) {
      const code = iso.alpha2ToAlpha3(a2);
      for (const name of idNames[a2] ?? []) {
        if (!dict.lookup(name).some((e) => e.code === code && e.kind === 'country'))
          missing.push(`${a2} ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('finds the Indonesian names news uses that the package lacks', () => {
    const expected: [string, string][] = [
      ['Korut', 'PRK'],
      ['Korsel', 'KOR'],
      ['Tiongkok', 'CHN'],
      ['RRT', 'CHN'],
      ['Inggris Raya', 'GBR'],
      ['Prancis', 'FRA'],
      ['Perancis', 'FRA'],
      ['UEA', 'ARE'],
      ['Arab Saudi', 'SAU'],
      ['Ukraina', 'UKR'],
      ['Belanda', 'NLD'],
      ['Selandia Baru', 'NZL'],
      ['Vietnam', 'VNM'],
      ['Aljazair', 'DZA'],
      ['Timor Leste', 'TLS'],
      ['Kosovo', 'XKK'],
    ];
    for (const [surface, code] of expected) {
      expect(
        dict.lookup(surface).map((e) => e.code),
        surface,
      ).toContain(code);
    }
  });
});

describe('Indonesian areas', () => {
  it('has all 38 provinces, each found by its name', async () => {
    const provinces = await getProvinces();
    expect(provinces).toHaveLength(38);
    const actors = dict.actors.filter((a) => a.level === 'province');
    expect(actors).toHaveLength(38);
    for (const p of provinces) {
      // as the package writes it: `PROVINSI DKI JAKARTA` (acronym pieces must match exactly)
      const found = dict.lookup(`Provinsi ${p.name}`).filter((e) => e.level === 'province');
      expect(found, p.name).toHaveLength(1);
      expect(found[0].country).toBe('IDN');
    }
  });

  it('has every regency and city (over 500), found by its administrative name with its province', async () => {
    const regencies = await getRegencies();
    const areas = dict.actors.filter((a) => a.level === 'regency' || a.level === 'city');
    expect(areas.length).toBeGreaterThanOrEqual(500);
    expect(areas.length).toBe(regencies.length);
    for (const r of regencies) {
      const surface = r.name.replace(' ADMINISTRASI ', ' ');
      const found = dict.lookup(surface);
      expect(found, r.name).toHaveLength(1);
      expect(found[0].level).toBe(r.name.startsWith('KOTA') ? 'city' : 'regency');
      expect(dict.byId(found[0].parent!)?.level).toBe('province');
      expect(found[0].ambiguous).toBe(false);
    }
  });
});

describe('generated files', () => {
  it('are what the build script makes from the installed packages', () => {
    const root = packageRoot();
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-actors.ts', '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(out).toMatch(/countries: 25\d/);
  });
});
