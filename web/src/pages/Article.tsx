// An article with its layers: entities, statements and events highlighted in the text and listed
// beside it. Selecting an entity shows its mentions; a statement, its speaker; an event, its
// evidence and sources. The text is untrusted and rendered as text nodes only.
import { useEffect, useRef, useState } from 'preact/hooks';
import { Chip, docLabel, FactBadge, hostOf, Status, safeHref, shortDate } from '../components/common.js';
import { Highlighted, Legend } from '../components/Highlighted.js';
import { useI18n } from '../i18n/index.js';
import { api } from '../lib/api.js';
import { articleMarks, firstOffset, type Layers, lookup, type Selected } from '../lib/articleMarks.js';
import { href, navigate } from '../lib/router.js';
import { paragraphs } from '../lib/segments.js';
import type { Analysis, DocumentRecord, Entity, Event, Statement } from '../lib/types.js';
import { useAsync } from '../lib/useAsync.js';
import { useLegendLabels } from './Claim.js';

export function ArticlePage({ id, focus }: { id: string; focus: string | null }) {
  const state = useAsync(() => api.document(id), id);
  return <Status state={state}>{(doc) => <ArticleView doc={doc} focus={focus} />}</Status>;
}

function ArticleView({ doc, focus }: { doc: DocumentRecord; focus: string | null }) {
  const { t } = useI18n();
  const labels = useLegendLabels();
  const a = doc.analysis;
  const [layers, setLayers] = useState<Layers>({ entities: true, statements: true, events: true });
  const selected = lookup(a, focus);
  const textRef = useRef<HTMLDivElement>(null);

  const select = (id: string | null) => {
    navigate(href('article', doc.id, { focus: id ?? undefined }), true);
  };
  const scrollTo = (offset: number | null, focusIt = false) => {
    if (offset === null) return;
    const el = textRef.current?.querySelector<HTMLElement>(`[data-start="${offset}"]`);
    if (!el) return;
    el.scrollIntoView({ block: 'center', behavior: 'auto' });
    if (focusIt) el.focus({ preventScroll: true });
  };
  // A link from elsewhere (claim, timeline) arrives with ?focus=: bring it into view once.
  useEffect(() => {
    if (focus) requestAnimationFrame(() => scrollTo(firstOffset(lookup(a, focus))));
  }, [doc.id]);

  const marks = articleMarks(a, layers, selected);
  const d = a.document;
  const toggle = (k: keyof Layers) => setLayers({ ...layers, [k]: !layers[k] });

  return (
    <div class={`article-layout${selected ? ' has-selection' : ''}`}>
      <article class="article-main" data-testid="article">
        <header class="page-head">
          <p class="eyebrow">{t('article.title')}</p>
          <h1 class="article-title">{docLabel(d.title || doc.title, d.source) || t('article.untitled')}</h1>
          <dl class="facts">
            <div>
              <dt>{t('article.published')}</dt>
              <dd>{shortDate(d.published)}</dd>
            </div>
            <div>
              <dt>{t('article.lang')}</dt>
              <dd>{d.lang}</dd>
            </div>
            {d.byline && (
              <div>
                <dt>{t('article.byline')}</dt>
                <dd>{d.byline}</dd>
              </div>
            )}
            {d.dateline && (
              <div>
                <dt>{t('article.dateline')}</dt>
                <dd>{d.dateline}</dd>
              </div>
            )}
            <div>
              <dt>{t('article.source')}</dt>
              <dd class="source">
                {safeHref(doc.url) ? (
                  <a href={safeHref(doc.url)!} rel="noopener noreferrer nofollow" target="_blank">
                    {hostOf(doc.url!)}
                  </a>
                ) : (
                  d.source
                )}
              </dd>
            </div>
          </dl>
          <fieldset class="layers">
            <legend>{t('article.layers')}</legend>
            {(['entities', 'statements', 'events'] as const).map((k) => (
              <label key={k} class={`layer layer-${k}`}>
                <input type="checkbox" checked={layers[k]} onChange={() => toggle(k)} /> {t(`article.${k}`)}{' '}
                <span class="count">{a[k].length}</span>
              </label>
            ))}
          </fieldset>
          <Legend
            kinds={['entity', 'speaker', 'cue', 'content', 'trigger', 'evidence']}
            labels={labels}
            title={t('legend.title')}
          />
        </header>
        <div class="article-text" lang={d.lang} ref={textRef} data-testid="article-text">
          {paragraphs(d.text).map((para) => (
            <p key={para.start}>
              <Highlighted
                text={d.text}
                marks={marks}
                from={para.start}
                to={para.end}
                labels={labels}
                onSelect={(m) => select(m.ref ?? null)}
              />
            </p>
          ))}
        </div>
      </article>
      <aside class="article-side" aria-label={t('article.title')}>
        <div class="detail" aria-live="polite" data-testid="detail">
          {selected ? (
            <>
              <button type="button" class="close" aria-label={t('common.close')} onClick={() => select(null)}>
                ×
              </button>
              <Detail analysis={a} selected={selected} select={select} scrollTo={scrollTo} />
            </>
          ) : (
            <p class="muted">{t('article.hint')}</p>
          )}
        </div>
        <Lists
          analysis={a}
          selected={selected}
          select={(id) => {
            select(id);
            requestAnimationFrame(() => scrollTo(firstOffset(lookup(a, id))));
          }}
        />
      </aside>
    </div>
  );
}

function entityName(a: Analysis, id: string | null): string | null {
  if (!id) return null;
  if (id === 'author') return null;
  return a.entities.find((e) => e.id === id)?.name ?? id;
}

function EntityButton({ a, id, select }: { a: Analysis; id: string; select: (id: string) => void }) {
  const { t } = useI18n();
  if (id === 'author') return <span>{t('common.author')}</span>;
  return (
    <button type="button" class="link" onClick={() => select(id)}>
      {entityName(a, id)}
    </button>
  );
}

function context(text: string, start: number, end: number, width = 40): [string, string, string] {
  const a = Math.max(0, start - width);
  const b = Math.min(text.length, end + width);
  return [
    (a > 0 ? '…' : '') + text.slice(a, start),
    text.slice(start, end),
    text.slice(end, b) + (b < text.length ? '…' : ''),
  ];
}

interface DetailProps {
  analysis: Analysis;
  selected: NonNullable<Selected>;
  select: (id: string) => void;
  scrollTo: (offset: number, focus?: boolean) => void;
}

function Detail({ analysis: a, selected, select, scrollTo }: DetailProps) {
  const { t } = useI18n();
  if (selected.type === 'entity') {
    const e: Entity = selected.item;
    const said = a.statements.filter((s) => s.speaker === e.id);
    return (
      <div class="detail-body" data-kind="entity">
        <h2>
          {e.name} {e.code && <Chip kind="code">{e.code}</Chip>} <Chip>{e.kind}</Chip>
        </h2>
        {e.role && (
          <p>
            <span class="label">{t('article.role')}:</span> {e.role}
          </p>
        )}
        {e.affiliation && (
          <p>
            → <EntityButton a={a} id={e.affiliation} select={select} />
          </p>
        )}
        <h3>
          {t('article.mentions')} <span class="count">{e.mentions.length}</span>
        </h3>
        <ol class="mentions">
          {e.mentions.map((m) => {
            const [pre, hit, post] = context(a.document.text, m.start, m.end);
            return (
              <li key={m.start}>
                <button type="button" class="mention" onClick={() => scrollTo(m.start, true)}>
                  {pre}
                  <mark class="m-selected">{hit}</mark>
                  {post}
                </button>
              </li>
            );
          })}
        </ol>
        {said.length > 0 && (
          <>
            <h3>{t('article.saidBy')}</h3>
            <ul class="plain-list compact">
              {said.map((s) => (
                <li key={s.id}>
                  <button type="button" class="link" onClick={() => select(s.id)}>
                    “{s.content.text.slice(0, 90)}
                    {s.content.text.length > 90 ? '…' : ''}”
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        <p>
          <a href={href('search', null, { actor: e.code ?? e.name })}>{t('article.claimsAbout')} →</a>
        </p>
      </div>
    );
  }
  if (selected.type === 'statement') {
    const s: Statement = selected.item;
    const events = a.events.filter((v) => v.sources.some((src) => src.statement === s.id));
    return (
      <div class="detail-body" data-kind="statement">
        <h2>
          {entityName(a, s.speaker) ?? t('article.unattributed')} <span class="cue">{s.cue.text}</span>{' '}
          <Chip>{s.kind}</Chip> {s.polarity && <Chip>{s.polarity}</Chip>}
        </h2>
        <dl class="kv">
          <dt>{t('article.speaker')}</dt>
          <dd data-testid="speaker">
            {s.speaker ? (
              <EntityButton a={a} id={s.speaker} select={select} />
            ) : (
              <em>{t('article.unattributed')}</em>
            )}
          </dd>
          {s.resolution && (
            <>
              <dt>{t('article.resolution')}</dt>
              <dd>{t(`resolution.${s.resolution}`)}</dd>
            </>
          )}
          <dt>{t('article.cue')}</dt>
          <dd>
            <span class="m-cue">{s.cue.text}</span>
          </dd>
          {(s.channel || s.channel_text) && (
            <>
              <dt>{t('article.channel')}</dt>
              <dd>{s.channel_text ?? entityName(a, s.channel)}</dd>
            </>
          )}
          {s.date && (
            <>
              <dt>{t('article.date')}</dt>
              <dd>{s.date}</dd>
            </>
          )}
        </dl>
        <blockquote class="said m-content">{s.content.text}</blockquote>
        {events.length > 0 && (
          <>
            <h3>{t('article.events')}</h3>
            <ul class="plain-list compact">
              {events.map((v) => (
                <li key={v.id}>
                  <button type="button" class="link" onClick={() => select(v.id)}>
                    {v.category} · {v.trigger.text}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    );
  }
  const v: Event = selected.item;
  const names = (ids: string[]) =>
    ids.length
      ? ids.map((id, i) => (
          <span key={id}>
            {i > 0 && ', '}
            <EntityButton a={a} id={id} select={select} />
          </span>
        ))
      : '—';
  return (
    <div class="detail-body" data-kind="event">
      <h2>
        <Chip kind="cat">{v.category}</Chip>{' '}
        {v.mode.map((m) => (
          <Chip key={m}>{m}</Chip>
        ))}{' '}
        <span class="m-trigger">{v.trigger.text}</span>
      </h2>
      <dl class="kv">
        <dt>{t('article.actor')}</dt>
        <dd>{names(v.actor)}</dd>
        <dt>{t('article.recipient')}</dt>
        <dd>{names(v.recipient)}</dd>
        {v.object && (
          <>
            <dt>{t('article.object')}</dt>
            <dd>{v.object}</dd>
          </>
        )}
        {v.via?.length > 0 && (
          <>
            <dt>{t('article.via')}</dt>
            <dd>{names(v.via)}</dd>
          </>
        )}
        {v.date && (
          <>
            <dt>{t('article.date')}</dt>
            <dd>{v.date}</dd>
          </>
        )}
      </dl>
      <h3>{t('article.sources')}</h3>
      <ul class="plain-list compact">
        {v.sources.map((src) => (
          <li key={`${src.source}/${src.statement ?? ''}/${src.factuality}`}>
            <FactBadge value={src.factuality} /> <EntityButton a={a} id={src.source} select={select} />
            {src.statement && (
              <>
                {' · '}
                <button type="button" class="link" onClick={() => select(src.statement!)}>
                  {src.statement}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      <p class="why">
        <span class="label">{t('article.why')}:</span> <code>{v.why}</code>
      </p>
    </div>
  );
}

function Lists({
  analysis: a,
  selected,
  select,
}: {
  analysis: Analysis;
  selected: Selected;
  select: (id: string) => void;
}) {
  const { t } = useI18n();
  const current = selected?.item.id;
  const entities = [...a.entities].sort((x, y) => y.mentions.length - x.mentions.length);
  const item = (id: string, body: preact.ComponentChildren) => (
    <li key={id}>
      <button
        type="button"
        class={`list-item${current === id ? ' current' : ''}`}
        aria-pressed={current === id}
        onClick={() => select(id)}
      >
        {body}
      </button>
    </li>
  );
  return (
    <div class="lists">
      <details open>
        <summary>
          {t('article.entities')} <span class="count">{a.entities.length}</span>
        </summary>
        <ul class="plain-list compact">
          {entities.map((e) =>
            item(
              e.id,
              <>
                <span class="who">{e.name}</span> {e.code && <Chip kind="code">{e.code}</Chip>}{' '}
                <span class="meta">{t('common.count', { n: e.mentions.length })}</span>
              </>,
            ),
          )}
        </ul>
      </details>
      <details open>
        <summary>
          {t('article.statements')} <span class="count">{a.statements.length}</span>
        </summary>
        <ul class="plain-list compact">
          {a.statements.map((s) =>
            item(
              s.id,
              <>
                <span class="who">{entityName(a, s.speaker) ?? t('article.unattributed')}</span>{' '}
                <span class="cue">{s.cue.text}</span>{' '}
                <span class="snippet">
                  {s.content.text.slice(0, 80)}
                  {s.content.text.length > 80 ? '…' : ''}
                </span>
              </>,
            ),
          )}
        </ul>
      </details>
      <details open>
        <summary>
          {t('article.events')} <span class="count">{a.events.length}</span>
        </summary>
        <ul class="plain-list compact">
          {a.events.map((v) =>
            item(
              v.id,
              <>
                <Chip kind="cat">{v.category}</Chip>{' '}
                <span class="who">{v.actor.map((x) => entityName(a, x)).join(', ') || '?'}</span>
                {v.recipient.length > 0 && <> → {v.recipient.map((x) => entityName(a, x)).join(', ')}</>}{' '}
                <span class="meta">{v.trigger.text}</span>
              </>,
            ),
          )}
        </ul>
      </details>
    </div>
  );
}
