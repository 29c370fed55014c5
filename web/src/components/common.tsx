// Small shared pieces: factuality badges, loading/error states, tone chips.
import type { ComponentChildren } from 'preact';
import { useI18n } from '../i18n/index.js';
import type { AsyncState } from '../lib/useAsync.js';

export type Polarity = 'pos' | 'neg' | 'neu';

/** CT+/PR+/PS+ assert, CT-/PR-/PS- deny, Uu (or anything else) takes no position. */
export function polarity(f: string): Polarity {
  if (f.endsWith('+')) return 'pos';
  if (f.endsWith('-')) return 'neg';
  return 'neu';
}

export function FactBadge({ value }: { value: string }) {
  const { t } = useI18n();
  const shown = value.replace('-', '−');
  return (
    <span class={`badge fact fact-${polarity(value)}`} title={t(`fact.${value}`)}>
      {shown}
    </span>
  );
}

export function Chip({ children, kind }: { children: ComponentChildren; kind?: string }) {
  return <span class={`chip${kind ? ` chip-${kind}` : ''}`}>{children}</span>;
}

export function Status<T>({
  state,
  children,
}: {
  state: AsyncState<T> & { reload?: () => void };
  children: (value: T) => ComponentChildren;
}) {
  const { t } = useI18n();
  if (state.status === 'error') {
    const notFound = (state.error as { status?: number }).status === 404;
    return (
      <div class="status status-error" role="alert">
        {notFound ? t('common.notFound') : t('common.error', { message: state.error.message })}{' '}
        {state.reload && !notFound && (
          <button type="button" class="link" onClick={state.reload}>
            {t('common.retry')}
          </button>
        )}
      </div>
    );
  }
  if (state.value === undefined) {
    return (
      <div class="status" aria-busy="true">
        {t('common.loading')}
      </div>
    );
  }
  return <>{children(state.value)}</>;
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <p class="empty">{children}</p>;
}

/** "2022-11-08" stays as is; a timestamp loses its time part for display. */
export function shortDate(d: string | null | undefined): string {
  if (!d) return '—';
  return d.length > 10 && d[10] === 'T' ? d.slice(0, 10) : d;
}

/** The host of a URL for display, or the raw text when it does not parse. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname || url;
  } catch {
    return url;
  }
}

/** Article URLs are untrusted: only http(s) links become links (no javascript: or data:). */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** A document's name for lists: its title, else the last part of its source path or URL. */
export function docLabel(title: string | null | undefined, source: string): string {
  if (title) return title;
  return source.split(/[\\/]/).filter(Boolean).pop() ?? source;
}
