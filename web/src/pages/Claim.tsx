// A claim: the proposition in plain words, then the sources for and against it, each with its
// evidence sentence shown in the article around it and the spans that carry it highlighted.
import { Chip, Empty, FactBadge, hostOf, polarity, Status, shortDate } from '../components/common.js';
import { Highlighted, Legend } from '../components/Highlighted.js';
import { useI18n } from '../i18n/index.js';
import { api } from '../lib/api.js';
import { evidenceView, viaNames } from '../lib/evidence.js';
import { proposition } from '../lib/proposition.js';
import { href } from '../lib/router.js';
import type { Mark } from '../lib/segments.js';
import type { ClaimDetail, ClaimSourceRecord, DocumentRecord } from '../lib/types.js';
import { useAsync } from '../lib/useAsync.js';

interface Loaded {
  claim: ClaimDetail;
  documents: Map<string, DocumentRecord>;
}

async function load(id: string): Promise<Loaded> {
  const claim = await api.claim(id);
  const ids = [...new Set(claim.evidence.map((e) => e.document))];
  const docs = await Promise.all(ids.map((d) => api.document(d).catch(() => null)));
  const documents = new Map<string, DocumentRecord>();
  for (let i = 0; i < ids.length; i++) {
    const d = docs[i];
    if (d) documents.set(ids[i], d);
  }
  return { claim, documents };
}

export function useLegendLabels(): Partial<Record<Mark['kind'], string>> {
  const { t } = useI18n();
  return {
    speaker: t('legend.speaker'),
    cue: t('legend.cue'),
    content: t('legend.content'),
    trigger: t('legend.trigger'),
    evidence: t('legend.evidence'),
    entity: t('legend.entity'),
    event: t('legend.event'),
  };
}

export function ClaimPage({ id }: { id: string }) {
  const state = useAsync(() => load(id), id);
  return <Status state={state}>{(v) => <ClaimView {...v} />}</Status>;
}

function ClaimView({ claim, documents }: Loaded) {
  const { t, strings } = useI18n();
  const labels = useLegendLabels();
  const via: string[] = [];
  for (const e of claim.evidence) {
    const doc = documents.get(e.document);
    if (!doc) continue;
    const event = doc.analysis.events.find((v) => v.id === e.event) ?? null;
    for (const name of viaNames(doc.analysis, event)) if (!via.includes(name)) via.push(name);
  }
  const groups = {
    pos: [] as ClaimSourceRecord[],
    neg: [] as ClaimSourceRecord[],
    neu: [] as ClaimSourceRecord[],
  };
  for (const e of claim.evidence) groups[polarity(e.factuality)].push(e);

  return (
    <article class="claim-page" data-testid="claim">
      <header class="page-head">
        <p class="eyebrow">
          {t('claim.title')} · <Chip kind="cat">{claim.category}</Chip>
          {claim.mode.map((m) => (
            <Chip key={m}>{m}</Chip>
          ))}
          {claim.contested ? (
            <Chip kind="contested">{t('claim.contested')}</Chip>
          ) : (
            <Chip>{t('claim.uncontested')}</Chip>
          )}
        </p>
        <h1 class="proposition">{proposition(strings, { ...claim, via })}</h1>
        <dl class="facts">
          <div>
            <dt>{t('claim.sources')}</dt>
            <dd>
              <span class="badge fact fact-pos">+{claim.positive}</span>{' '}
              <span class="badge fact fact-neg">−{claim.negative}</span>{' '}
              <span class="badge fact fact-neu">Uu {claim.neutral}</span>
            </dd>
          </div>
          <div>
            <dt>{t('claim.documents')}</dt>
            <dd>{claim.documents}</dd>
          </div>
          <div>
            <dt>{t('claim.firstSeen')}</dt>
            <dd>{shortDate(claim.firstSeen)}</dd>
          </div>
          <div>
            <dt>{t('claim.lastSeen')}</dt>
            <dd>{shortDate(claim.lastSeen)}</dd>
          </div>
          <div>
            <dt>{t('claim.code')}</dt>
            <dd>
              <code>{claim.id}</code>
            </dd>
          </div>
        </dl>
        <Legend
          kinds={['speaker', 'cue', 'content', 'trigger', 'evidence']}
          labels={labels}
          title={t('legend.title')}
        />
      </header>
      <div class="sides">
        <section class="side side-for" aria-labelledby="h-for" data-testid="sources-for">
          <h2 id="h-for">{t('claim.for')}</h2>
          {groups.pos.length ? (
            groups.pos.map((e) => (
              <SourceCard
                key={`${e.document}/${e.event}/${e.source}`}
                item={e}
                doc={documents.get(e.document)}
              />
            ))
          ) : (
            <Empty>{t('claim.noneFor')}</Empty>
          )}
        </section>
        <section class="side side-against" aria-labelledby="h-against" data-testid="sources-against">
          <h2 id="h-against">{t('claim.against')}</h2>
          {groups.neg.length ? (
            groups.neg.map((e) => (
              <SourceCard
                key={`${e.document}/${e.event}/${e.source}`}
                item={e}
                doc={documents.get(e.document)}
              />
            ))
          ) : (
            <Empty>{t('claim.noneAgainst')}</Empty>
          )}
        </section>
      </div>
      {groups.neu.length > 0 && (
        <section class="side side-neutral" aria-labelledby="h-neutral">
          <h2 id="h-neutral">{t('claim.neutral')}</h2>
          <div class="neutral-grid">
            {groups.neu.map((e) => (
              <SourceCard
                key={`${e.document}/${e.event}/${e.source}`}
                item={e}
                doc={documents.get(e.document)}
              />
            ))}
          </div>
        </section>
      )}
    </article>
  );
}

function SourceCard({ item, doc }: { item: ClaimSourceRecord; doc: DocumentRecord | undefined }) {
  const { t } = useI18n();
  const labels = useLegendLabels();
  const who = item.source === 'author' ? t('common.author') : (item.sourceName ?? t('common.unknown'));
  const view = doc ? evidenceView(doc.analysis, item.event, item.statement, item.source) : null;
  return (
    <div class={`source-card pol-${polarity(item.factuality)}`} data-testid="source-card">
      <div class="source-head">
        <FactBadge value={item.factuality} />
        <span class="who">{who}</span>
        {item.sourceCode && <Chip kind="code">{item.sourceCode}</Chip>}
        <span class="fact-text">{t(`fact.${item.factuality}`)}</span>
      </div>
      <blockquote class="evidence" lang={item.lang} data-testid="evidence">
        {view ? (
          <>
            {view.window.start > 0 && '… '}
            <Highlighted
              text={doc!.analysis.document.text}
              marks={view.marks}
              from={view.window.start}
              to={view.window.end}
              labels={labels}
            />
            {view.window.end < doc!.analysis.document.text.length && ' …'}
          </>
        ) : (
          item.evidence
        )}
      </blockquote>
      <div class="source-foot">
        <a href={href('article', item.document, { focus: item.statement ?? item.event })}>
          {item.title || t('claim.openArticle')}
        </a>
        <span class="meta">
          {shortDate(item.published)}
          {item.url && (
            <>
              {' · '}
              <span class="url">{hostOf(item.url)}</span>
            </>
          )}
        </span>
      </div>
    </div>
  );
}
