/**
 * i18next setup: Italian by default, English available. Each feature keeps its
 * strings beside its code (`features/<x>/strings.ts`, one object per language)
 * and registers them here as a namespace, so features never edit one shared
 * file and a missing English string falls back to Italian.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { appStrings } from './strings';

export type Strings = { it: Record<string, unknown>; en: Record<string, unknown> };

const namespaces: Record<string, Strings> = {
  app: appStrings,
};

/** Register a feature's strings under its namespace (call before first render). */
export function registerStrings(namespace: string, strings: Strings): void {
  namespaces[namespace] = strings;
  if (i18next.isInitialized) {
    i18next.addResourceBundle('it', namespace, strings.it, true, true);
    i18next.addResourceBundle('en', namespace, strings.en, true, true);
  }
}

export function initI18n(language: 'it' | 'en' = 'it') {
  const resources: Record<string, Record<string, Record<string, unknown>>> = { it: {}, en: {} };
  for (const [ns, s] of Object.entries(namespaces)) {
    resources.it[ns] = s.it;
    resources.en[ns] = s.en;
  }
  void i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'it',
    defaultNS: 'app',
    ns: Object.keys(namespaces),
    resources,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}
