// i18next set-up: French is the source; each feature has its own namespace file in
// src/locales/<lng>/<namespace>.json, loaded when a route needs it (and precached offline).
import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import frCommon from '../../locales/fr/common.json';
import frHome from '../../locales/fr/home.json';
import { directionOf, initialLanguage, loadCatalogue, SOURCE_LANGUAGE } from './languages.ts';

const lazyBackend: BackendModule = {
  type: 'backend',
  init() {
    // Nothing to set up: catalogues are bundled by Vite as lazy chunks.
  },
  read(language, namespace, callback) {
    const load = loadCatalogue(language, namespace);
    if (!load) {
      callback(null, {});
      return;
    }
    load.then(
      (module) => {
        callback(null, module.default);
      },
      (error: unknown) => {
        callback(error instanceof Error ? error : new Error(String(error)), null);
      },
    );
  },
};

function applyDocumentLanguage(language: string): void {
  if (typeof document === 'undefined') return; // build-time rendering
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

export async function setupI18n(language = initialLanguage()) {
  i18next.on('languageChanged', applyDocumentLanguage);
  await i18next
    .use(lazyBackend)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: SOURCE_LANGUAGE,
      ns: ['common'],
      defaultNS: 'common',
      partialBundledLanguages: true,
      // The first screen's catalogues in the source language ship with the shell.
      resources: { fr: { common: frCommon, home: frHome } },
      interpolation: { escapeValue: false },
      react: { useSuspense: true },
      returnNull: false,
    });
  applyDocumentLanguage(language);
  return i18next;
}

export { i18next };
