// Generates src/lang/actors/generated/*.tsv from the npm data packages (i18n-iso-countries,
// countries-list, idn-area-data) and the small hand-curated build inputs in src/lang/actors/build/.
// Run with `npm run build:actors`; the output is committed, so nothing is generated at run time.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { countries as countriesList } from 'countries-list';
import { getProvinces, getRegencies } from 'idn-area-data';
import { keyOf, pieces } from '../src/lang/actors/surface.js';
import { formatTsv, parseTsv, splitList } from '../src/lang/actors/tsv.js';
import { packageRoot } from '../src/lang/actors.js';

const require = createRequire(import.meta.url);
const iso = require('i18n-iso-countries') as typeof import('i18n-iso-countries');

const root = packageRoot();
const buildDir = join(root, 'src', 'lang', 'actors', 'build');
const outDir = join(root, 'src', 'lang', 'actors', 'generated');
const COLUMNS = [
  'id',
  'name',
  'kind',
  'code',
  'country',
  'level',
  'parent',
  'aliases_id',
  'aliases_en',
  'aliases_other',
  'metonym_aliases',
  'ambiguous',
  'note',
];

interface Row {
  id: string;
  name: string;
  kind: string;
  code: string;
  country: string;
  level?: string;
  parent?: string;
  aliasesId: string[];
  aliasesEn: string[];
  aliasesOther: string[];
  metonyms: string[];
  ambiguous: string[];
  note?: string;
}

const readBuild = (file: string) => parseTsv(readFileSync(join(buildDir, file), 'utf8'), `build/${file}`);
const uniq = (xs: string[]) => {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = x.trim();
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};
const toCells = (r: Row) => [
  r.id,
  r.name,
  r.kind,
  r.code,
  r.country,
  r.level ?? '',
  r.parent ?? '',
  uniq(r.aliasesId).join('|'),
  uniq(r.aliasesEn).join('|'),
  uniq(r.aliasesOther).join('|'),
  uniq(r.metonyms).join('|'),
  uniq(r.ambiguous).join('|'),
  r.note ?? '',
];

// Names that are also common words, person names, islands, rivers or other places: whatever
// generated alias has one of these names is marked ambiguous.
const ambiguousNames = new Map(
  readBuild('ambiguous-names.tsv').rows.map((r) => [keyOf(pieces(r.get('name'))), r.get('reason')]),
);
const isListedAmbiguous = (alias: string) => ambiguousNames.has(keyOf(pieces(alias)));

/** Marks every alias that is listed as ambiguous or shared by two rows (per folded key). */
function markAmbiguity(rows: Row[]): void {
  const owners = new Map<string, Set<string>>();
  for (const r of rows) {
    for (const a of [...r.aliasesId, ...r.aliasesEn, ...r.aliasesOther, ...r.metonyms, r.name]) {
      const k = keyOf(pieces(a));
      if (!owners.has(k)) owners.set(k, new Set());
      owners.get(k)!.add(r.id);
    }
  }
  for (const r of rows) {
    for (const a of uniq([r.name, ...r.aliasesId, ...r.aliasesEn, ...r.aliasesOther, ...r.metonyms])) {
      const shared = (owners.get(keyOf(pieces(a)))?.size ?? 0) > 1;
      if (shared || isListedAmbiguous(a)) r.ambiguous.push(a);
    }
  }
}

// ---------------------------------------------------------------- countries
function buildCountries(): Row[] {
  const territories = new Map(
    readBuild('territories.tsv').rows.map((r) => [r.get('country'), r.get('sovereign')]),
  );
  const capitals = new Map(readBuild('capitals.tsv').rows.map((r) => [r.get('country'), r]));
  const rows: Row[] = [];
  const alpha2s = Object.keys(iso.getAlpha2Codes());
  const list = countriesList as Record<
    string,
    (typeof countriesList)['US'] & { alias?: string[]; partOf?: string }
  >;
  for (const a2 of alpha2s) {
    const a3 = iso.alpha2ToAlpha3(a2); // Kosovo: the package's user-assigned XK/XKK
    if (!a3) throw new Error(`no alpha-3 for ${a2}`);
    const cl = list[a2];
    const en = [iso.getNames('en', { select: 'all' })[a2] ?? []].flat();
    const id = [iso.getNames('id', { select: 'all' })[a2] ?? []].flat();
    const ms = [iso.getNames('ms', { select: 'all' })[a2] ?? []].flat();
    const name = cl?.name ?? en[0];
    const sovereign = territories.get(a3);
    const cap = capitals.get(a3);
    const packageCapitals =
      cap?.get('replace') === 'yes' || sovereign !== undefined ? [] : splitList(cl?.capital ?? '');
    const metonyms = [...packageCapitals, ...splitList(cap?.get('capitals') ?? '')];
    const allNames = new Set([name, ...en, ...id, ...ms, ...(cl?.alias ?? [])].map((n) => keyOf(pieces(n))));
    rows.push({
      id: a3.toLowerCase(),
      name,
      kind: 'country',
      code: a3,
      country: a3,
      parent: sovereign && sovereign !== '-' ? sovereign.toLowerCase() : '',
      aliasesId: id,
      aliasesEn: [...en, ...(cl?.alias ?? [])],
      aliasesOther: [...ms, ...(cl?.native ? [cl.native] : [])].filter(
        (n) => ![...id, ...en, ...(cl?.alias ?? [])].includes(n),
      ),
      // a capital named like its country (Singapore, Kuwait City excepted) adds nothing
      metonyms: metonyms.filter((m) => !allNames.has(keyOf(pieces(m)))),
      ambiguous: splitList(cap?.get('ambiguous') ?? ''),
      note: sovereign ? 'dependent territory: no capital metonym' : '',
    });
  }
  markAmbiguity(rows);
  return rows.sort((a, b) => a.id.localeCompare(b.id));
}

// ---------------------------------------------------------------- Indonesian areas
const LOWER_WORDS = new Set(['dan']);
const ACRONYMS = new Set(['dki']);

/** `KEPULAUAN SIAU TAGULANDANG BIARO` → `Kepulauan Siau Tagulandang Biaro`; `dan` stays lowercase, `DKI` upper. */
export function titleCase(upper: string): string {
  return upper
    .toLowerCase()
    .split(' ')
    .map((w) =>
      ACRONYMS.has(w)
        ? w.toUpperCase()
        : LOWER_WORDS.has(w)
          ? w
          : w.replace(/(^|-)(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase()),
    )
    .join(' ');
}

const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Spelling variants news uses for a bare name: `Toli Toli` → `Toli-Toli`, `Tolitoli`; `Tanjung Balai` → `Tanjungbalai`. */
const DIRECTIONS = new Set([
  'utara',
  'selatan',
  'barat',
  'timur',
  'tengah',
  'tenggara',
  'pusat',
  'daya',
  'raya',
  'jaya',
]);

function variants(bare: string, isCity: boolean): string[] {
  const words = bare.split(' ');
  const out: string[] = [];
  if (words.length === 2 && words[0] === words[1])
    out.push(`${words[0]}-${words[1]}`, words[0] + words[1].toLowerCase());
  else if (isCity && words.length === 2 && !DIRECTIONS.has(words[1].toLowerCase()))
    out.push(words[0] + words[1].toLowerCase());
  if (words.length === 3 && words[1] === words[2]) out.push(`${words[0]} ${words[1]}-${words[2]}`);
  return out;
}

async function buildIdnAreas(): Promise<Row[]> {
  const provinceExtra = new Map(readBuild('idn-provinces.tsv').rows.map((r) => [r.get('code'), r]));
  const areaExtra = new Map(readBuild('idn-area-aliases.tsv').rows.map((r) => [r.get('code'), r]));
  const rows: Row[] = [];
  const provinceIds = new Map<string, string>();
  for (const p of await getProvinces()) {
    const extra = provinceExtra.get(p.code);
    if (!extra) throw new Error(`build/idn-provinces.tsv has no row for province ${p.code} ${p.name}`);
    const bare = titleCase(p.name);
    const id = `idn-prov-${slug(bare)}`;
    provinceIds.set(p.code, id);
    rows.push({
      id,
      name: extra.get('name_en') || bare,
      kind: 'location',
      code: 'IDN',
      country: 'IDN',
      level: 'province',
      parent: 'idn',
      aliasesId: [bare, `Provinsi ${bare}`, `Prov. ${bare}`, ...splitList(extra.get('aliases_id'))],
      aliasesEn: [`${extra.get('name_en') || bare} Province`, ...splitList(extra.get('aliases_en'))],
      aliasesOther: [],
      metonyms: [],
      ambiguous: splitList(extra.get('ambiguous')),
      note: `BPS ${p.code}`,
    });
  }
  for (const r of await getRegencies()) {
    const m = /^(KABUPATEN|KOTA)(?: ADMINISTRASI)? (.+)$/.exec(r.name);
    if (!m) throw new Error(`unexpected regency name ${r.name}`);
    const isCity = m[1] === 'KOTA';
    const adm = r.name.includes(' ADMINISTRASI ');
    const bare = titleCase(m[2]);
    const extra = areaExtra.get(r.code);
    const ids = isCity
      ? [bare, `Kota ${bare}`, ...(adm ? [`Kota Administrasi ${bare}`] : []), ...variants(bare, true)]
      : [
          bare,
          `Kabupaten ${bare}`,
          `Kab. ${bare}`,
          `Kab ${bare}`,
          ...(adm ? [`Kabupaten Administrasi ${bare}`] : []),
          ...variants(bare, false),
        ];
    rows.push({
      id: `idn-${isCity ? 'kota' : 'kab'}-${slug(bare)}`,
      name: isCity ? bare : `${bare} Regency`,
      kind: 'location',
      code: 'IDN',
      country: 'IDN',
      level: isCity ? 'city' : 'regency',
      parent: provinceIds.get(r.province_code) ?? '',
      aliasesId: [...ids, ...splitList(extra?.get('aliases_id') ?? '')],
      aliasesEn: [isCity ? `${bare} City` : `${bare} Regency`, ...splitList(extra?.get('aliases_en') ?? '')],
      aliasesOther: [],
      metonyms: [],
      ambiguous: splitList(extra?.get('ambiguous') ?? ''),
      note: `BPS ${r.code}`,
    });
  }
  markAmbiguity(rows);
  return rows;
}

const header = (what: string) => [
  `GENERATED by scripts/build-actors.ts (npm run build:actors) from ${what}.`,
  'Do not edit: change the build inputs in src/lang/actors/build/ or add rows in src/lang/actors/curated/.',
  'Format: docs/actors.md.',
];

// `--check`: build in memory and fail when the committed output differs (the test suite runs this).
const check = process.argv.includes('--check');
const outputs: [string, string][] = [];
const countries = buildCountries();
outputs.push([
  'countries.tsv',
  formatTsv(
    header('i18n-iso-countries (en, id, ms), countries-list (name, aliases, native, capital)'),
    COLUMNS,
    countries.map(toCells),
  ),
]);
const areas = await buildIdnAreas();
outputs.push([
  'idn-areas.tsv',
  formatTsv(header('idn-area-data (provinces, regencies, cities; MIT)'), COLUMNS, areas.map(toCells)),
]);
let stale = 0;
for (const [file, text] of outputs) {
  const path = join(outDir, file);
  if (!check) writeFileSync(path, text);
  else if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
    console.error(`stale: src/lang/actors/generated/${file} (run npm run build:actors)`);
    stale++;
  }
}
const amb = (rs: Row[]) => rs.filter((r) => r.ambiguous.length > 0).length;
console.log(`countries: ${countries.length} (${amb(countries)} with ambiguous aliases)`);
console.log(
  `idn areas: ${areas.filter((r) => r.level === 'province').length} provinces, ` +
    `${areas.filter((r) => r.level === 'regency').length} regencies, ${areas.filter((r) => r.level === 'city').length} cities ` +
    `(${amb(areas)} with ambiguous aliases)`,
);
if (stale > 0) process.exit(1);
