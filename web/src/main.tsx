// Entry: language state, routing, and the page for the current hash.
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { Layout } from './components/Layout.js';
import { I18nContext, initialLang, type Lang, makeI18n } from './i18n/index.js';
import { useRoute } from './lib/router.js';
import { ArticlePage } from './pages/Article.js';
import { ClaimPage } from './pages/Claim.js';
import { MapPage } from './pages/Map.js';
import { NetworkPage } from './pages/Network.js';
import { SearchPage } from './pages/Search.js';
import { TimelinePage } from './pages/Timeline.js';
import './styles.css';

function App() {
  const [lang, setLang] = useState<Lang>(initialLang);
  const i18n = useMemo(() => makeI18n(lang, setLang), [lang]);
  const route = useRoute();
  useEffect(() => {
    document.documentElement.lang = lang;
    try {
      localStorage.setItem('warta.lang', lang);
    } catch {
      // storage disabled: the choice lasts for this page only
    }
  }, [lang]);
  useEffect(() => {
    document.title = `warta · ${i18n.t(`nav.${route.page === 'claim' || route.page === 'article' ? 'search' : route.page}`)}`;
  }, [route.page, i18n]);
  let page = null;
  switch (route.page) {
    case 'claim':
      page = <ClaimPage id={route.id ?? ''} />;
      break;
    case 'article':
      page = <ArticlePage id={route.id ?? ''} focus={route.params.get('focus')} />;
      break;
    case 'timeline':
      page = <TimelinePage params={route.params} />;
      break;
    case 'network':
      page = <NetworkPage params={route.params} />;
      break;
    case 'map':
      page = <MapPage />;
      break;
    default:
      page = <SearchPage params={route.params} />;
  }
  return (
    <I18nContext.Provider value={i18n}>
      <Layout page={route.page}>{page}</Layout>
    </I18nContext.Provider>
  );
}

const root = document.getElementById('app');
if (root) render(<App />, root);
