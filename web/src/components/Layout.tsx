// Page frame: header with the sections, the language switch, a skip link; the page in <main>.
import type { ComponentChildren } from 'preact';
import { useI18n } from '../i18n/index.js';
import { href, type PageName } from '../lib/router.js';

const SECTIONS: PageName[] = ['search', 'timeline', 'network', 'map'];

export function Layout({ page, children }: { page: PageName; children: ComponentChildren }) {
  const { t, lang, setLang } = useI18n();
  const other = lang === 'en' ? 'id' : 'en';
  return (
    <>
      {/* A button, not a link: with hash routing, href="#main" would be read as a route. */}
      <button type="button" class="skip" onClick={() => document.getElementById('main')?.focus()}>
        {t('app.skip')}
      </button>
      <header class="top">
        <a class="brand" href={href('search')}>
          warta
        </a>
        <nav aria-label={t('nav.main')}>
          <ul>
            {SECTIONS.map((s) => (
              <li key={s}>
                <a
                  href={href(s)}
                  aria-current={page === s ? 'page' : undefined}
                  class={page === s ? 'active' : ''}
                >
                  {t(`nav.${s}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <button
          type="button"
          class="lang"
          lang={other}
          title={t('lang.other')}
          aria-label={`${t('lang.label')}: ${t('lang.other')}`}
          onClick={() => setLang(other)}
        >
          {t('lang.otherCode')}
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
