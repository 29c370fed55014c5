// Who acts on whom: actors as nodes (size = events), events as arrows from actor to recipient
// (width = count, colour = tone). The same relations are listed in a table for keyboards and
// screen readers, since a canvas is neither.
import cytoscape from 'cytoscape';
import { useEffect, useRef } from 'preact/hooks';
import { Chip, Empty, Status } from '../components/common.js';
import { CategoryField, DateField } from '../components/FilterFields.js';
import { useI18n } from '../i18n/index.js';
import { api } from '../lib/api.js';
import { TONE_COLOURS } from '../lib/plover.js';
import { href, navigate } from '../lib/router.js';
import type { Network, NetworkEdge, NetworkNode } from '../lib/types.js';
import { useAsync } from '../lib/useAsync.js';

const FILTERS = ['category', 'since', 'until'] as const;

/** Nodes that take part in at least one edge: isolated actors only clutter the picture. */
export function connected(net: Network): Network {
  // Ids may come as numbers (database keys): cytoscape wants strings, so normalise once here.
  const edges = net.edges.map((e) => ({ ...e, source: String(e.source), target: String(e.target) }));
  const used = new Set<string>();
  for (const e of edges) {
    used.add(e.source);
    used.add(e.target);
  }
  const nodes = net.nodes.map((n) => ({ ...n, id: String(n.id) })).filter((n) => used.has(n.id));
  return { nodes, edges };
}

/** A click on a node searches for the actor (module-level, so the graph is not rebuilt per render). */
function openActor(n: NetworkNode): void {
  navigate(href('search', null, { actor: n.code ?? n.name }));
}

/** Line width for an edge of `count` events: 2.5 px for one, growing with the log, at most 14. */
export function edgeWidth(count: number): number {
  return Math.min(14, 2.5 + 3 * Math.log2(Math.max(1, count)));
}

function Graph({ net, onOpen, label }: { net: Network; onOpen: (n: NetworkNode) => void; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current) return;
    const maxNode = Math.max(1, ...net.nodes.map((n) => n.count));
    const byId = new Map(net.nodes.map((n) => [String(n.id), n]));
    const cy = cytoscape({
      container: box.current,
      elements: [
        ...net.nodes.map((n) => ({
          data: {
            id: String(n.id),
            label: n.name || n.code || n.id,
            size: 22 + 34 * Math.sqrt(n.count / maxNode),
            kind: n.kind,
          },
        })),
        ...net.edges
          .filter((e) => byId.has(String(e.source)) && byId.has(String(e.target)))
          .map((e, i) => ({
            data: {
              id: `edge${i}`,
              source: String(e.source),
              target: String(e.target),
              label: e.category,
              // Absolute, not relative, width: one event is a thin line however few edges there are.
              width: edgeWidth(e.count),
              colour: TONE_COLOURS[e.tone] ?? TONE_COLOURS.neutral,
            },
          })),
      ],
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)',
            width: 'data(size)',
            height: 'data(size)',
            'background-color': '#3b5b8c',
            color: '#1d2430',
            'font-size': 16,
            'text-valign': 'bottom',
            'text-margin-y': 3,
            'text-wrap': 'ellipsis',
            'text-max-width': '140px',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.8,
            'text-background-padding': '1px',
          },
        },
        { selector: 'node[kind = "person"]', style: { 'background-color': '#7a5c99' } },
        { selector: 'node[kind = "country"]', style: { 'background-color': '#2f6f8f' } },
        { selector: 'node[kind = "igo"]', style: { 'background-color': '#b07d2b' } },
        {
          selector: 'edge',
          style: {
            width: 'data(width)',
            'line-color': 'data(colour)',
            'target-arrow-color': 'data(colour)',
            'target-arrow-shape': 'triangle',
            'curve-style': 'bezier',
            opacity: 0.85,
            label: 'data(label)',
            'font-size': 11,
            color: '#4a5262',
            'text-rotation': 'autorotate',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.7,
          },
        },
        { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#f2a900' } },
      ],
      layout: {
        name: 'cose',
        animate: false,
        randomize: false,
        nodeDimensionsIncludeLabels: true,
        nodeRepulsion: () => 20000,
        idealEdgeLength: () => 50,
        gravity: 2,
        numIter: 2500,
        componentSpacing: 40,
        padding: 16,
      } as cytoscape.LayoutOptions,
      wheelSensitivity: 0.3,
      minZoom: 0.2,
      maxZoom: 3,
    });
    cy.on('tap', 'node', (evt) => {
      const n = byId.get(evt.target.id());
      if (n) onOpen(n);
    });
    return () => cy.destroy();
  }, [net, onOpen]);
  return <div class="graph" ref={box} role="img" aria-label={label} data-testid="network-graph" />;
}

export function NetworkPage({ params }: { params: URLSearchParams }) {
  const { t } = useI18n();
  const f = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? ''])) as Record<
    (typeof FILTERS)[number],
    string
  >;
  const key = FILTERS.map((k) => f[k]).join('\u0001');
  const state = useAsync(() => api.network({ ...f }).then(connected), key);
  const apply = (next: Partial<typeof f>) => navigate(href('network', null, { ...f, ...next }));
  return (
    <div class="network-page">
      <header class="page-head">
        <h1>{t('network.title')}</h1>
        <p class="muted">{t('network.help')}</p>
        <div class="toolbar">
          <CategoryField value={f.category} onChange={(category) => apply({ category })} />
          <DateField bound="since" value={f.since} onChange={(since) => apply({ since })} />
          <DateField bound="until" value={f.until} onChange={(until) => apply({ until })} />
          <span class="legend">
            {(['cooperation', 'conflict', 'neutral'] as const).map((tone) => (
              <span key={tone} class="legend-item">
                <span class="swatch" style={{ background: TONE_COLOURS[tone] }} /> {t(`network.${tone}`)}
              </span>
            ))}
          </span>
        </div>
      </header>
      <Status state={state}>
        {(net) =>
          net.edges.length === 0 ? (
            <Empty>{t('network.empty')}</Empty>
          ) : (
            <>
              <Graph net={net} onOpen={openActor} label={t('network.title')} />
              <EdgeTable net={net} />
            </>
          )
        }
      </Status>
    </div>
  );
}

function EdgeTable({ net }: { net: Network }) {
  const { t } = useI18n();
  const byId = new Map(net.nodes.map((n) => [String(n.id), n]));
  const edges = [...net.edges].sort((a, b) => b.count - a.count);
  const actor = (id: string | number) => {
    const n = byId.get(String(id));
    return n ? (
      <a href={href('search', null, { actor: n.code ?? n.name })}>{n.name || n.code}</a>
    ) : (
      String(id)
    );
  };
  const row = (e: NetworkEdge, i: number) => (
    <tr key={i}>
      <td>{actor(e.source)}</td>
      <td>{actor(e.target)}</td>
      <td>
        <a
          href={href('search', null, {
            category: e.category,
            actor: byId.get(String(e.source))?.code ?? undefined,
          })}
        >
          <Chip kind={`cat tone-chip-${e.tone}`}>{e.category}</Chip>
        </a>
      </td>
      <td class="col-tone">
        <span class={`tone tone-${e.tone}`}>{t(`network.${e.tone}`)}</span>
      </td>
      <td class="num">{e.count}</td>
    </tr>
  );
  return (
    <section aria-labelledby="h-edges">
      <h2 id="h-edges">{t('network.edges')}</h2>
      <div class="table-wrap">
        <table class="data">
          <thead>
            <tr>
              <th scope="col">{t('network.from')}</th>
              <th scope="col">{t('network.to')}</th>
              <th scope="col">{t('search.category')}</th>
              <th scope="col" class="col-tone">
                {t('network.tone')}
              </th>
              <th scope="col" class="num">
                {t('network.events')}
              </th>
            </tr>
          </thead>
          <tbody>{edges.map(row)}</tbody>
        </table>
      </div>
    </section>
  );
}
