// The world map's data: country shapes from world-atlas (Natural Earth 1:110m, bundled), ISO alpha-3
// codes for them, and a point for any place a route passes through (a country, or a region from
// places.json). Everything is local: the map needs no network.
import { geoCentroid } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import codes from 'i18n-iso-countries/codes.json';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import places from './places.json';

export type Point = [number, number];
export type CountryFeature = Feature<Geometry, { name: string }> & {
  id?: string | number;
  iso3: string | null;
};

const numericToIso3 = new Map<string, string>();
for (const [, alpha3, numeric] of codes as string[][]) numericToIso3.set(numeric, alpha3);
// Natural Earth shapes without an ISO numeric code, by name.
const UNCODED: Record<string, string> = { Kosovo: 'XKX', 'N. Cyprus': 'CYP', Somaliland: 'SOM' };

let cached: CountryFeature[] | null = null;

export function countries(): CountryFeature[] {
  if (cached) return cached;
  const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const fc = feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  cached = fc.features.map((f) => {
    const id = f.id === undefined ? '' : String(f.id).padStart(3, '0');
    return { ...f, iso3: numericToIso3.get(id) ?? UNCODED[f.properties.name] ?? null };
  });
  return cached;
}

const regionPoints = places.regions as unknown as Record<string, Point>;
const countryPoints = places.countries as unknown as Record<string, Point>;

export function countryPoint(iso3: string | null | undefined): Point | null {
  if (!iso3) return null;
  const code = iso3.slice(0, 3).toUpperCase();
  if (countryPoints[code]) return countryPoints[code];
  const f = countries().find((c) => c.iso3 === code);
  return f ? (geoCentroid(f) as Point) : null;
}

/** A route point for a named place: its country when it has one, else a known region. */
export function placePoint(place: { name: string; iso3?: string | null }): Point | null {
  return countryPoint(place.iso3) ?? regionPoints[place.name.trim().toLowerCase()] ?? null;
}
