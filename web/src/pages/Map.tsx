// Events by country (choropleth) and alleged transfer routes drawn from the supplier's country
// through the places the articles name to the recipient's country. SVG from d3-geo; offline.
import { geoGraticule10, geoNaturalEarth1, geoPath } from 'd3-geo';
import { useState } from 'preact/hooks';
import { Chip, Empty, Status } from '../components/common.js';
import { useI18n } from '../i18n/index.js';
import { api } from '../lib/api.js';
import { href } from '../lib/router.js';
import type { MapCountry, MapData, MapRoute } from '../lib/types.js';
import { useAsync } from '../lib/useAsync.js';
import { countries, countryPoint, type Point, placePoint } from '../map/geo.js';

const W = 960;
const H = 500;
const STEPS = ['#eef2f7', '#c9d8ea', '#93b3d6', '#5a8bbd', '#2c5f94', '#173f6b'];

/** Colour step for a count: log scale, so one busy country does not wash out the rest. */
export function step(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  const s = Math.ceil((Math.log1p(count) / Math.log1p(max)) * (STEPS.length - 1));
  return Math.max(1, Math.min(STEPS.length - 1, s));
}

/** The points a route passes, skipping places we cannot place (rather than drawing a wrong line). */
export function routePoints(r: MapRoute): { points: Point[]; labels: { name: string; at: Point }[] } {
  const points: Point[] = [];
  const labels: { name: string; at: Point }[] = [];
  const from = countryPoint(r.from);
  if (from) points.push(from);
  for (const v of r.via ?? []) {
    const p = placePoint(v);
    if (p) {
      points.push(p);
      labels.push({ name: v.name, at: p });
    }
  }
  const to = countryPoint(r.to);
  if (to) points.push(to);
  // A place named twice in a row (a supplier "via" its own country) adds no segment.
  const distinct = points.filter((p, i) => i === 0 || p[0] !== points[i - 1][0] || p[1] !== points[i - 1][1]);
  return { points: distinct, labels };
}

export function MapPage() {
  const state = useAsync(() => api.map(), 'map');
  return <Status state={state}>{(data) => <MapView data={data} />}</Status>;
}

function MapView({ data }: { data: MapData }) {
  const { t } = useI18n();
  const [closeUp, setCloseUp] = useState(false);
  const drawn = data.routes.filter((r) => r.from && r.to).flatMap((r) => routePoints(r).points);
  // Close-up: fit the routes' points (with a margin) instead of the whole sphere.
  const projection =
    closeUp && drawn.length > 1
      ? geoNaturalEarth1().fitExtent(
          [
            [90, 70],
            [W - 90, H - 50],
          ],
          { type: 'MultiPoint', coordinates: drawn },
        )
      : geoNaturalEarth1().fitExtent(
          [
            [6, 6],
            [W - 6, H - 6],
          ],
          { type: 'Sphere' },
        );
  const path = geoPath(projection);
  const byIso = new Map<string, MapCountry>();
  for (const c of data.countries) byIso.set(c.iso3.slice(0, 3), c);
  const max = Math.max(0, ...data.countries.map((c) => c.events));
  const shapes = countries();
  // A route without both ends (an aid event with no recipient) is not a route: it is not listed.
  const drawable = data.routes.filter((r) => r.from && r.to);
  const names = new Map(data.countries.map((c) => [c.iso3, c.name]));
  const nameOf = (iso3: string | null) =>
    !iso3 ? '?' : (names.get(iso3) ?? shapes.find((s) => s.iso3 === iso3)?.properties.name ?? iso3);

  return (
    <div class="map-page">
      <header class="page-head">
        <h1>{t('map.title')}</h1>
        <p class="muted">{t('map.help')}</p>
        {drawn.length > 1 && (
          <button type="button" class="toggle" aria-pressed={closeUp} onClick={() => setCloseUp(!closeUp)}>
            {closeUp ? t('map.world') : t('map.closeUp')}
          </button>
        )}
      </header>
      <figure class="map-figure">
        <svg
          viewBox={`0 0 ${W} ${H}`}
          class={`map${closeUp ? ' close-up' : ''}`}
          aria-label={t('map.title')}
          data-testid="map"
        >
          <defs>
            <marker
              id="arrow"
              viewBox="0 0 10 10"
              refX="8"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M 0 0 L 10 5 L 0 10 z" fill="#b3261e" />
            </marker>
          </defs>
          <path class="sphere" d={path({ type: 'Sphere' }) ?? ''} />
          <path class="graticule" d={path(geoGraticule10()) ?? ''} />
          <g class="countries">
            {shapes.map((f, i) => {
              const c = f.iso3 ? byIso.get(f.iso3) : undefined;
              const s = step(c?.events ?? 0, max);
              const label = c
                ? `${c.name}: ${c.events} ${t('map.events')} (${c.asActor} ${t('map.asActor')}, ${c.asRecipient} ${t('map.asRecipient')})`
                : f.properties.name;
              const shape = (
                <path
                  key={f.iso3 ?? `n${i}`}
                  d={path(f) ?? ''}
                  fill={STEPS[s]}
                  class={c ? 'country has-events' : 'country'}
                  data-iso3={f.iso3 ?? undefined}
                >
                  <title>{label}</title>
                </path>
              );
              // Countries with events are links (to their claims): focusable, Enter opens them.
              return c ? (
                <a key={f.iso3 ?? `n${i}`} href={href('search', null, { actor: c.iso3 })} aria-label={label}>
                  {shape}
                </a>
              ) : (
                shape
              );
            })}
          </g>
          <g class="routes">
            {drawable.map((r, i) => {
              const { points, labels } = routePoints(r);
              if (points.length < 2) return null;
              const d = path({ type: 'LineString', coordinates: points }) ?? '';
              return (
                <g
                  key={`${r.claim}/${i}`}
                  class={`route${r.contested ? ' contested' : ''}`}
                  data-testid="route"
                >
                  <path d={d} class="route-line" marker-end="url(#arrow)">
                    <title>
                      {nameOf(r.from)} → {r.via.map((v) => v.name).join(' → ')} → {nameOf(r.to)}
                    </title>
                  </path>
                  {labels.map((l) => {
                    const xy = projection(l.at);
                    if (!xy) return null;
                    return (
                      <g key={l.name} class="via">
                        <circle cx={xy[0]} cy={xy[1]} r={3.5} />
                        <text x={xy[0] + 6} y={xy[1] - 5}>
                          {l.name}
                        </text>
                      </g>
                    );
                  })}
                </g>
              );
            })}
          </g>
        </svg>
        <figcaption class="map-legend">
          <span>{t('map.legend')}:</span>
          {STEPS.map((c, i) => (
            <span key={c} class="legend-item">
              <span class="swatch" style={{ background: c }} />
              {i === 0 ? '0' : i === STEPS.length - 1 ? `≤${max}` : ''}
            </span>
          ))}
          <span class="legend-item">
            <span class="swatch route-swatch" /> {t('map.routes')}
          </span>
        </figcaption>
      </figure>
      <div class="map-tables">
        <section aria-labelledby="h-routes">
          <h2 id="h-routes">{t('map.routes')}</h2>
          {drawable.length === 0 ? (
            <Empty>{t('map.noRoutes')}</Empty>
          ) : (
            <ul class="plain-list">
              {drawable.map((r, i) => (
                <li key={`${r.claim}/${i}`}>
                  <a class="item" href={href('claim', r.claim)}>
                    <Chip kind="cat">{r.category}</Chip> <span class="who">{nameOf(r.from)}</span> →{' '}
                    {r.via.map((v) => (
                      <span key={v.name}>
                        <span class="via-name">{v.name}</span> →{' '}
                      </span>
                    ))}
                    <span class="who">{nameOf(r.to)}</span>
                    {r.contested && (
                      <>
                        {' '}
                        <Chip kind="contested">{t('claim.contested')}</Chip>
                      </>
                    )}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="h-countries">
          <h2 id="h-countries">{t('map.countries')}</h2>
          <div class="table-wrap">
            <table class="data">
              <thead>
                <tr>
                  <th scope="col">{t('map.country')}</th>
                  <th scope="col" class="num">
                    {t('map.events')}
                  </th>
                  <th scope="col" class="num">
                    {t('map.asActor')}
                  </th>
                  <th scope="col" class="num">
                    {t('map.asRecipient')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {[...data.countries]
                  .sort((a, b) => b.events - a.events)
                  .map((c) => (
                    <tr key={c.iso3}>
                      <td>
                        <a href={href('search', null, { actor: c.iso3 })}>{c.name}</a>{' '}
                        <Chip kind="code">{c.iso3}</Chip>
                      </td>
                      <td class="num">{c.events}</td>
                      <td class="num">{c.asActor}</td>
                      <td class="num">{c.asRecipient}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        </section>
      </div>
    </div>
  );
}
