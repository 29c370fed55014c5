// Entry: language state, routing, and the page for the current hash.
import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { Layout } from './components/Layout.js';
import { I18nContext, initialLang, type Lang, makeI18n } from './i18n/index.js';
import { useRoute } from './lib/router.js';
import { useAsync } from './lib/useAsync.js';
import { ArticlePage } from './pages/Article.js';
import { ClaimPage } from './pages/Claim.js';
import { SearchPage } from './pages/Search.js';
import { TimelinePage } from './pages/Timeline.js';
import './styles.css';

// The network (cytoscape) and the map (world shapes) are most of the bundle: load them on first use.
const loadNetwork = () => import('./pages/Network.js');
const loadMap = () => import('./pages/Map.js');

function NetworkLazy({ params }: { params: URLSearchParams }) {
  const mod = useAsync(loadNetwork, 'network');
  return mod.status === 'ok' ? <mod.value.NetworkPage params={params} /> : <LazyStatus state={mod} />;
}

function MapLazy() {
  const mod = useAsync(loadMap, 'map');
  return mod.status === 'ok' ? <mod.value.MapPage /> : <LazyStatus state={mod} />;
}

function LazyStatus({ state }: { state: { status: string; error?: Error } }) {
  return (
    <div class="status" aria-busy={state.status === 'loading'}>
      {state.status === 'error' ? state.error?.message : '…'}
    </div>
  );
}

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
      page = <NetworkLazy params={route.params} />;
      break;
    case 'map':
      page = <MapLazy />;
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
