// Interface strings, one JSON per language. The current language lives in localStorage and in
// <html lang>; components read it through the `useI18n` hook so a switch re-renders everything.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import en from './en.json';
import id from './id.json';

export type Lang = 'en' | 'id';
export type Strings = Record<string, string>;

export const catalogs: Record<Lang, Strings> = { en, id };

/** Fills {name} placeholders; a missing key shows itself, so gaps are visible, not silent. */
export function format(strings: Strings, key: string, vars: Record<string, string | number> = {}): string {
  const template = strings[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

export interface I18n {
  lang: Lang;
  strings: Strings;
  t: (key: string, vars?: Record<string, string | number>) => string;
  setLang: (lang: Lang) => void;
}

export function makeI18n(lang: Lang, setLang: (lang: Lang) => void): I18n {
  const strings = catalogs[lang];
  return { lang, strings, t: (key, vars) => format(strings, key, vars), setLang };
}

export function initialLang(): Lang {
  try {
    const saved = localStorage.getItem('warta.lang');
    if (saved === 'en' || saved === 'id') return saved;
  } catch {
    // storage may be disabled (private mode): fall through to the browser's language
  }
  return navigator.language?.toLowerCase().startsWith('id') ? 'id' : 'en';
}

export const I18nContext = createContext<I18n>(makeI18n('en', () => {}));

export function useI18n(): I18n {
  return useContext(I18nContext);
}
