// Events and statements in date order, grouped by day (or by the month/year the source gives),
// each linking to its sentence in the article.
import { useState } from 'preact/hooks';
import { Chip, Empty, FactBadge, Status } from '../components/common.js';
import { CategoryField, DateField } from '../components/FilterFields.js';
import { useI18n } from '../i18n/index.js';
import { api } from '../lib/api.js';
import { href, navigate } from '../lib/router.js';
import type { TimelineItem } from '../lib/types.js';
import { useAsync } from '../lib/useAsync.js';

const FILTERS = ['actor', 'category', 'since', 'until', 'order'] as const;

/** Consecutive items with the same date, in the API's order (already sorted by date). */
export function groupByDate(items: TimelineItem[]): { date: string; items: TimelineItem[] }[] {
  const groups: { date: string; items: TimelineItem[] }[] = [];
  for (const it of items) {
    const last = groups[groups.length - 1];
    if (last && last.date === it.date) last.items.push(it);
    else groups.push({ date: it.date, items: [it] });
  }
  return groups;
}

export function TimelinePage({ params }: { params: URLSearchParams }) {
  const { t } = useI18n();
  const f = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? ''])) as Record<
    (typeof FILTERS)[number],
    string
  >;
  const [kinds, setKinds] = useState({ event: true, statement: true });
  const [actor, setActor] = useState(f.actor);
  const key = FILTERS.map((k) => f[k]).join('\u0001');
  const { order, ...wanted } = f;
  const state = useAsync(() => api.timeline({ ...wanted, limit: 500 }), key);
  const apply = (next: Partial<typeof f>) => {
    const merged = { ...f, ...next };
    navigate(href('timeline', null, merged));
  };
  return (
    <div class="timeline-page">
      <header class="page-head">
        <h1>{t('timeline.title')}</h1>
        <form
          class="toolbar"
          onSubmit={(e) => {
            e.preventDefault();
            apply({ actor });
          }}
        >
          <label>
            {t('search.actor')}
            <input
              type="text"
              value={actor}
              onInput={(e) => setActor((e.target as HTMLInputElement).value)}
              onChange={() => apply({ actor })}
            />
          </label>
          <CategoryField value={f.category} onChange={(category) => apply({ category })} />
          <DateField bound="since" value={f.since} onChange={(since) => apply({ since })} />
          <DateField bound="until" value={f.until} onChange={(until) => apply({ until })} />
          <label>
            {t('timeline.order')}
            <select value={order} onChange={(e) => apply({ order: (e.target as HTMLSelectElement).value })}>
              <option value="">{t('timeline.oldest')}</option>
              <option value="newest">{t('timeline.newest')}</option>
            </select>
          </label>
          <fieldset class="inline">
            <legend>{t('timeline.kinds')}</legend>
            {(['event', 'statement'] as const).map((k) => (
              <label key={k}>
                <input
                  type="checkbox"
                  checked={kinds[k]}
                  onChange={() => setKinds({ ...kinds, [k]: !kinds[k] })}
                />{' '}
                {t(`timeline.${k}`)}
              </label>
            ))}
          </fieldset>
        </form>
      </header>
      <Status state={state}>
        {(page) => {
          const items = page.items.filter((it) => kinds[it.kind]);
          if (order === 'newest') items.reverse();
          if (!items.length) return <Empty>{t('timeline.empty')}</Empty>;
          return (
            <ol class="timeline" data-testid="timeline">
              {groupByDate(items).map((g) => (
                <li key={g.date} class="tl-day">
                  <h2 class="tl-date">
                    <time dateTime={g.date}>{g.date}</time>
                  </h2>
                  <ul>
                    {g.items.map((it) => (
                      <li key={`${it.document}/${it.id}`} class={`tl-item tl-${it.kind}`}>
                        <a href={href('article', it.document, { focus: it.id })}>
                          <span class="tl-kind">{t(`timeline.${it.kind}`)}</span>
                          {it.category && <Chip kind="cat">{it.category}</Chip>}
                          {it.factuality && <FactBadge value={String(it.factuality)} />}
                          <span class="tl-label">{it.label}</span>
                        </a>
                        {it.claim && (
                          <a class="tl-claim" href={href('claim', it.claim)}>
                            {t('claim.title')} →
                          </a>
                        )}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          );
        }}
      </Status>
    </div>
  );
}
