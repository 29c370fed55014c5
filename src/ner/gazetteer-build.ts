// Training-time gazetteer from packages the project already depends on (never from the training set's own
// entity strings, which overfit): country names in Indonesian and English (i18n-iso-countries) and
// Indonesian provinces and regencies/cities (idn-area-data). All typed LOC.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

function pkgDir(root: string, name: string): string {
  const req = createRequire(join(root, 'package.json'));
  return dirname(req.resolve(`${name}/package.json`));
}

function add(g: Map<string, string>, name: string, type: string): void {
  const norm = name.toLowerCase().replace(/[(),]/g, ' ').replace(/\s+/g, ' ').trim();
  if (norm.length >= 3 && !g.has(norm)) g.set(norm, type);
}

function titleCsvNames(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter(Boolean)
    .map((l) => l.split(',').slice(2).join(',') || l.split(',')[1]);
}

export function buildGazetteer(root: string): Map<string, string> {
  const g = new Map<string, string>();
  const countries = pkgDir(root, 'i18n-iso-countries');
  for (const lang of ['id', 'en']) {
    const data = JSON.parse(readFileSync(join(countries, 'langs', `${lang}.json`), 'utf8')) as {
      countries: Record<string, string | string[]>;
    };
    for (const v of Object.values(data.countries))
      for (const n of Array.isArray(v) ? v : [v]) add(g, n, 'LOC');
  }
  const area = join(pkgDir(root, 'idn-area-data'), 'data');
  for (const line of readFileSync(join(area, 'provinces.csv'), 'utf8').split(/\r?\n/).slice(1)) {
    const name = line.split(',').slice(1).join(',');
    if (name) add(g, name, 'LOC');
  }
  for (const name of titleCsvNames(join(area, 'regencies.csv'))) {
    add(g, name, 'LOC');
    add(g, name.replace(/^(KABUPATEN|KOTA)\s+/i, ''), 'LOC');
  }
  return g;
}

const KIND_TYPE: Record<string, string> = {
  person: 'PER',
  organization: 'ORG',
  media: 'ORG',
  igo: 'ORG',
  country: 'LOC',
  location: 'LOC',
  region: 'LOC',
};

/**
 * Typed gazetteer from the project's actor dictionary (src/lang/actors, hand-curated, not derived from the
 * NER training data). Aliases marked ambiguous, metonyms and demonyms are left out: they do not name the
 * entity itself. Returns null when the dictionary is not available.
 */
export async function buildActorGazetteer(root: string): Promise<Map<string, string> | null> {
  try {
    const mod = (await import('../lang/actors.js')) as {
      readActors: (root?: string) => {
        name: string;
        kind: string;
        aliases: Record<string, string[]>;
        ambiguous: string[];
      }[];
    };
    const g = new Map<string, string>();
    for (const a of mod.readActors(root)) {
      const type = KIND_TYPE[a.kind];
      if (!type || a.ambiguous.includes('*')) continue;
      const names = [a.name, ...(a.aliases.id ?? []), ...(a.aliases.en ?? []), ...(a.aliases.other ?? [])];
      for (const n of names) if (!a.ambiguous.includes(n)) add(g, n, type);
    }
    return g;
  } catch {
    return null;
  }
}
