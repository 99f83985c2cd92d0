// Test harness: French catalogues, a fresh query client, a memory router on the assisted pages
// and a fake server at the HTTP boundary (fetch), answering the way the real routes do.
import 'fake-indexeddb/auto';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createInstance } from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import common from '../../locales/fr/common.json';
import pillars from '../../locales/fr/pillars.json';
import fr from '../../locales/fr/assisted.json';
import { AssistedRoutes } from './routes/assisted-page.tsx';
import { MyMandatesPage } from './routes/my-mandates-page.tsx';

export {
  fakeServer,
  type Call,
  type Handler,
  type Reply,
} from '../../shared/lib/__fixtures__/fake-server.ts';

function Elsewhere() {
  const location = useLocation();
  return <p data-testid="elsewhere">{`${location.pathname}${location.search}`}</p>;
}

export async function renderAssisted(path: string) {
  const i18n = createInstance();
  await i18n.use(initReactI18next).init({
    lng: 'fr',
    resources: { fr: { assisted: fr, common, pillars } },
    ns: ['assisted', 'common', 'pillars'],
    defaultNS: 'assisted',
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={client}>
        <MemoryRouter initialEntries={[path]}>
          <main>
            <Routes>
              <Route path="/accompagnement/*" element={<AssistedRoutes />} />
              <Route path="/mes-mandats" element={<MyMandatesPage />} />
              <Route path="*" element={<Elsewhere />} />
            </Routes>
          </main>
        </MemoryRouter>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}
