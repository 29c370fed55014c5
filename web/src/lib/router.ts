// Hash routing (#/claim/ID?x=y): works behind any static server and needs nothing from the API
// but index.html. parse/href are pure; useRoute subscribes a component to hashchange.
import { useEffect, useState } from 'preact/hooks';

export type PageName = 'search' | 'claim' | 'article' | 'timeline' | 'network' | 'map';

export interface Route {
  page: PageName;
  id: string | null;
  params: URLSearchParams;
}

const PAGES: PageName[] = ['search', 'claim', 'article', 'timeline', 'network', 'map'];

export function parse(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path, qs = ''] = raw.split('?', 2);
  const [name, ...rest] = path.split('/').filter(Boolean);
  const page = (PAGES as string[]).includes(name) ? (name as PageName) : 'search';
  const id = rest.length ? decodeURIComponent(rest.join('/')) : null;
  return { page, id, params: new URLSearchParams(qs) };
}

export function href(
  page: PageName,
  id?: string | null,
  params?: Record<string, string | undefined>,
): string {
  let h = `#/${page}`;
  if (id) h += `/${encodeURIComponent(id)}`;
  if (params) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
    const s = q.toString();
    if (s) h += `?${s}`;
  }
  return h;
}

export function navigate(to: string, replace = false): void {
  if (replace) history.replaceState(null, '', to);
  else location.hash = to.replace(/^#/, '');
  if (replace) window.dispatchEvent(new HashChangeEvent('hashchange'));
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parse(location.hash));
  useEffect(() => {
    const on = () => setRoute(parse(location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}
