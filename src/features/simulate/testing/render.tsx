// Test harness: French catalogues loaded synchronously, a memory router and a memory store,
// around the feature's real routes.
import { render } from '@testing-library/react';
import { createInstance } from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import frCommon from '../../../locales/fr/common.json';
import fr from '../../../locales/fr/simulate.json';
import { memoryStore } from '../api/answers-store.ts';
import type { DraftStore } from '../api/answers-store.ts';
import { SimulatePage } from '../routes/simulate-page.tsx';

export async function testI18n() {
  const i18n = createInstance();
  await i18n.use(initReactI18next).init({
    lng: 'fr',
    resources: { fr: { simulate: fr, common: frCommon } },
    ns: ['simulate', 'common'],
    defaultNS: 'simulate',
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  return i18n;
}

export async function renderSimulate(path: string, store: DraftStore = memoryStore()) {
  const i18n = await testI18n();
  return render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/simuler/*" element={<SimulatePage store={store} />} />
        </Routes>
      </MemoryRouter>
    </I18nextProvider>,
  );
}
