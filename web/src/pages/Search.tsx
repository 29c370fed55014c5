// Search: one query box over claims, statements, articles and actors, with filters that live in
// the URL (#/search?q=senjata&contested=true) so a result page can be bookmarked and shared.
import { useEffect, useRef, useState } from 'preact/hooks';
import { Chip, docLabel, Empty, Status, shortDate } from '../components/common.js';
import { CategoryField, DateField } from '../components/FilterFields.js';
import { useI18n } from '../i18n/index.js';
import { api } from '../lib/api.js';
import { proposition } from '../lib/proposition.js';
import { href, navigate } from '../lib/router.js';
import type { AnyHit, ClaimRecord, DocumentSummary, EntityRecord, StatementRecord } from '../lib/types.js';
import { useAsync } from '../lib/useAsync.js';

const FILTERS = ['q', 'actor', 'category', 'fact', 'contested', 'since', 'until', 'lang'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

function read(params: URLSearchParams): Filters {
  const f = {} as Filters;
  for (const k of FILTERS) f[k] = params.get(k) ?? '';
  return f;
}

/** Keeps a claim when it has at least one source of the wanted sign. */
export function matchesFactuality(c: ClaimRecord, fact: string): boolean {
  if (fact === 'positive') return c.positive > 0;
  if (fact === 'negative') return c.negative > 0;
  if (fact === 'neutral') return c.neutral > 0;
  return true;
}

const PAGE = 50;
const MAX_CLAIMS = 500; // the API's largest page

interface Results {
  claims: ClaimRecord[];
  claimTotal?: number;
  /** Claims the API returned before the factuality filter: more exist when it is below the total. */
  claimFetched: number;
  statements: StatementRecord[];
  documents: (DocumentSummary & { snippet?: string })[];
  entities: EntityRecord[];
}

async function load(f: Filters, shown: number): Promise<Results> {
  const q = f.q.trim();
  const claimsP = api.claims({
    q,
    actor: f.actor,
    category: f.category,
    contested: f.contested,
    since: f.since,
    until: f.until,
    lang: f.lang,
    limit: shown,
  });
  const wantsText = q !== '' || f.actor !== '';
  const statementsP = wantsText
    ? api.statements({ about: q, speaker: f.actor, limit: 30 })
    : Promise.resolve({ items: [] as StatementRecord[] });
  const documentsP = q
    ? api.documents({ q, lang: f.lang, limit: 30 })
    : Promise.resolve({ items: [] as DocumentSummary[] });
  const snippetsP = q
    ? api.search({ q, kinds: 'document', limit: 30 }).catch(() => ({ items: [] as AnyHit[] }))
    : Promise.resolve({ items: [] as AnyHit[] });
  const entitiesP = wantsText
    ? api.entities({ name: q || f.actor, limit: 30 })
    : Promise.resolve({ items: [] as EntityRecord[] });
  const [claims, statements, documents, snippets, entities] = await Promise.all([
    claimsP,
    statementsP,
    documentsP,
    snippetsP,
    entitiesP,
  ]);
  const snippetOf = new Map(snippets.items.map((h) => [h.document, h.snippet]));
  const since = f.since;
  const until = f.until;
  const inRange = (d: string | null) =>
    !d || ((!since || d >= since) && (!until || d.slice(0, until.length) <= until));
  return {
    claims: claims.items.filter((c) => matchesFactuality(c, f.fact)),
    claimTotal: claims.total,
    claimFetched: claims.items.length,
    statements: statements.items.filter((s) => inRange(s.date ?? s.published)),
    documents: documents.items
      .filter((d) => inRange(d.published))
      .map((d) => ({ ...d, snippet: snippetOf.get(d.id) ?? undefined })),
    entities: entities.items,
  };
}

export function SearchPage({ params }: { params: URLSearchParams }) {
  const { t } = useI18n();
  const applied = read(params);
  const [draft, setDraft] = useState<Filters>(applied);
  const shown = Math.min(MAX_CLAIMS, Math.max(PAGE, Number(params.get('n')) || PAGE));
  const key = `${FILTERS.map((k) => applied[k]).join('\u0001')}\u0001${shown}`;
  // Back/forward or a link changes the applied filters: the form follows them. Only on a change,
  // not on mount — effects run after paint, and a reset then would eat what was typed meanwhile.
  const lastKey = useRef(key);
  useEffect(() => {
    if (lastKey.current === key) return;
    lastKey.current = key;
    setDraft(applied);
  }, [key]);
  const results = useAsync(() => load(applied, shown), key);
  const stats = useAsync(() => api.stats(), 'stats');

  const apply = (next: Filters, n?: number) => {
    const p: Record<string, string> = {};
    for (const k of FILTERS) if (next[k]) p[k] = next[k];
    if (n && n > PAGE) p.n = String(n);
    navigate(href('search', null, p));
  };
  const more = () => apply(applied, shown + PAGE);
  const set = (k: keyof Filters, v: string, now = false) => {
    const next = { ...draft, [k]: v };
    setDraft(next);
    if (now) apply(next);
  };
  const filtered = FILTERS.some((k) => k !== 'q' && applied[k]);

  return (
    <div class="search-page">
      <form
        class="searchbar"
        aria-label={t('search.title')}
        onSubmit={(e) => {
          e.preventDefault();
          apply(draft);
        }}
      >
        <label class="sr-only" for="q">
          {t('search.title')}
        </label>
        <input
          id="q"
          name="q"
          type="search"
          value={draft.q}
          placeholder={t('search.placeholder')}
          onInput={(e) => set('q', (e.target as HTMLInputElement).value)}
          autoComplete="off"
        />
        <button type="submit" class="primary">
          {t('search.button')}
        </button>
      </form>
      {stats.status === 'ok' && (
        <p class="muted stats-line">
          {t('search.stats', {
            documents: stats.value.documents,
            statements: stats.value.statements,
            claims: stats.value.claims,
            contested: stats.value.contestedClaims,
          })}
        </p>
      )}
      <div class="search-layout">
        <aside class="filters" aria-label={t('search.filters')}>
          <h2>{t('search.filters')}</h2>
          <label>
            {t('search.actor')}
            <input
              type="text"
              value={draft.actor}
              onInput={(e) => set('actor', (e.target as HTMLInputElement).value)}
              onChange={(e) => set('actor', (e.target as HTMLInputElement).value, true)}
              placeholder="PRK, IDNGOV…"
            />
          </label>
          <CategoryField value={draft.category} onChange={(v) => set('category', v, true)} />
          <label>
            {t('search.factuality')}
            <select
              value={draft.fact}
              onChange={(e) => set('fact', (e.target as HTMLSelectElement).value, true)}
            >
              <option value="">{t('common.any')}</option>
              <option value="positive">{t('search.fact.positive')}</option>
              <option value="negative">{t('search.fact.negative')}</option>
              <option value="neutral">{t('search.fact.neutral')}</option>
            </select>
          </label>
          <label>
            {t('search.contested')}
            <select
              value={draft.contested}
              onChange={(e) => set('contested', (e.target as HTMLSelectElement).value, true)}
            >
              <option value="">{t('common.any')}</option>
              <option value="true">{t('search.contestedOnly')}</option>
              <option value="false">{t('search.uncontested')}</option>
            </select>
          </label>
          <div class="dates">
            <DateField bound="since" value={draft.since} onChange={(v) => set('since', v, true)} />
            <DateField bound="until" value={draft.until} onChange={(v) => set('until', v, true)} />
          </div>
          <label>
            {t('search.language')}
            <select
              value={draft.lang}
              onChange={(e) => set('lang', (e.target as HTMLSelectElement).value, true)}
            >
              <option value="">{t('common.all')}</option>
              <option value="id">Bahasa Indonesia</option>
              <option value="en">English</option>
            </select>
          </label>
          {filtered && (
            <button
              type="button"
              class="link"
              onClick={() => apply({ ...read(new URLSearchParams()), q: applied.q })}
            >
              {t('search.reset')}
            </button>
          )}
        </aside>
        <div class="results" aria-live="polite">
          <Status state={results}>
            {(r) => <ResultList r={r} more={shown < MAX_CLAIMS ? more : undefined} />}
          </Status>
        </div>
      </div>
    </div>
  );
}

function ResultList({ r, more }: { r: Results; more?: () => void }) {
  const { t } = useI18n();
  const nothing = !r.claims.length && !r.statements.length && !r.documents.length && !r.entities.length;
  if (nothing) return <Empty>{t('search.noResults')}</Empty>;
  return (
    <>
      {r.claims.length > 0 && (
        <section aria-labelledby="h-claims">
          <h2 id="h-claims">
            {t('search.claims')} <span class="count">{r.claimTotal ?? r.claims.length}</span>
          </h2>
          <ul class="cards" data-testid="claim-results">
            {r.claims.map((c) => (
              <ClaimCard key={c.id} claim={c} />
            ))}
          </ul>
          {more && r.claimTotal !== undefined && r.claimFetched < r.claimTotal && (
            <button type="button" class="toggle more" onClick={more}>
              {t('common.more')} ({r.claimFetched} / {r.claimTotal})
            </button>
          )}
        </section>
      )}
      <div class="result-columns">
        {r.statements.length > 0 && (
          <section aria-labelledby="h-statements">
            <h2 id="h-statements">
              {t('search.statements')} <span class="count">{r.statements.length}</span>
            </h2>
            <ul class="plain-list">
              {r.statements.map((s) => (
                <li key={`${s.document}/${s.id}`}>
                  <a class="item" href={href('article', s.document, { focus: s.id })}>
                    <span class="who">{s.speaker ?? t('article.unattributed')}</span>
                    {s.speakerCode && <Chip kind="code">{s.speakerCode}</Chip>}{' '}
                    <span class="cue">{s.cue}</span>
                    <q class="said">{s.content}</q>
                    <span class="meta">
                      {[s.title, shortDate(s.date ?? s.published)].filter(Boolean).join(' · ')}
                    </span>
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}
        {(r.documents.length > 0 || r.entities.length > 0) && (
          <div>
            {r.documents.length > 0 && (
              <section aria-labelledby="h-articles">
                <h2 id="h-articles">
                  {t('search.articles')} <span class="count">{r.documents.length}</span>
                </h2>
                <ul class="plain-list">
                  {r.documents.map((d) => (
                    <li key={d.id}>
                      <a class="item" href={href('article', d.id)}>
                        <span class="title">{docLabel(d.title, d.source)}</span>
                        {d.snippet && <span class="snippet">{d.snippet}</span>}
                        <span class="meta">
                          {shortDate(d.published)} · {d.lang}
                        </span>
                      </a>
                    </li>
                  ))}
                </ul>
              </section>
            )}
            {r.entities.length > 0 && (
              <section aria-labelledby="h-actors">
                <h2 id="h-actors">
                  {t('search.actors')} <span class="count">{r.entities.length}</span>
                </h2>
                <ul class="plain-list">
                  {r.entities.map((e) => (
                    <li key={e.id}>
                      <a class="item" href={href('search', null, { actor: e.code ?? e.name })}>
                        <span class="who">{e.name}</span> {e.code && <Chip kind="code">{e.code}</Chip>}{' '}
                        <Chip>{e.kind}</Chip>
                        <span class="meta">
                          {t('search.mentions', { mentions: e.mentions, documents: e.documents })}
                        </span>
                      </a>
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </div>
        )}
      </div>
    </>
  );
}

export function ClaimCard({ claim: c }: { claim: ClaimRecord }) {
  const { t, strings } = useI18n();
  return (
    <li class={`card claim-card${c.contested ? ' contested' : ''}`}>
      <a href={href('claim', c.id)} class="card-link">
        <span class="prop">{proposition(strings, c)}</span>
        <span class="card-meta">
          <Chip kind="cat">{c.category}</Chip>
          {c.mode.map((m) => (
            <Chip key={m}>{m}</Chip>
          ))}
          {c.contested && <Chip kind="contested">{t('claim.contested')}</Chip>}
          <span class="tally" title={`${c.positive} + / ${c.negative} − / ${c.neutral} Uu`}>
            {c.positive > 0 && <span class="badge fact fact-pos">+{c.positive}</span>}
            {c.negative > 0 && <span class="badge fact fact-neg">−{c.negative}</span>}
            {c.neutral > 0 && <span class="badge fact fact-neu">Uu {c.neutral}</span>}
          </span>
          <span class="meta">
            {t(c.documents === 1 ? 'search.documents.one' : 'search.documents', { n: c.documents })} ·{' '}
            {shortDate(c.firstSeen)}
            {c.lastSeen && c.lastSeen !== c.firstSeen ? ` – ${shortDate(c.lastSeen)}` : ''}
          </span>
        </span>
      </a>
    </li>
  );
}
