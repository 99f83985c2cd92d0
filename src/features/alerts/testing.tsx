// Test harness: French catalogues, a fresh query client, a memory router on /alertes/* and a
// fake server answering the alerts routes the way the real one does.
import 'fake-indexeddb/auto';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createInstance } from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import common from '../../locales/fr/common.json';
import {
  fakeServer as serve,
  type Call,
  type Handler,
  type Reply,
} from '../../shared/lib/__fixtures__/fake-server.ts';
import fr from '../../locales/fr/alerts.json';
import { declaration, payment, preferences } from './__fixtures__/alerts.ts';
import { AlertsRoutes } from './routes/alerts-page.tsx';

export type { Call, Handler, Reply };

export const SYNCED = Date.parse('2026-12-03T09:30:00Z');

const defaults: Handler = ({ method, url, body }) => {
  if (url === '/api/me') return { status: 200, body: { user: {}, csrfToken: 'tok' } };
  if (url.startsWith('/api/alertes?')) {
    const q = new URLSearchParams(url.split('?')[1]);
    const all = q.get('archivees') === '1' ? [] : [declaration, payment];
    const alerts = all.filter((a) => !q.get('categorie') || a.category === q.get('categorie'));
    return { status: 200, body: { alerts, unread: 1, syncedAt: SYNCED } };
  }
  if (url === `/api/alertes/${encodeURIComponent(declaration.id)}`)
    return { status: 200, body: { alert: declaration } };
  if (url === '/api/alertes/preferences')
    return {
      status: 200,
      body: method === 'PUT' ? { ...preferences, ...(body as object) } : preferences,
    };
  if (method === 'POST' && url.startsWith('/api/alertes/')) return { status: 200, body: {} };
  return undefined;
};

/** Replaces fetch; `handler` answers first, the defaults then. Returns the calls made. */
export const fakeServer = (handler: Handler = () => undefined): Call[] =>
  serve((call) => handler(call) ?? defaults(call));

export async function renderAlerts(path = '/alertes') {
  const i18n = createInstance();
  await i18n.use(initReactI18next).init({
    lng: 'fr',
    resources: { fr: { alerts: fr, common } },
    ns: ['alerts', 'common'],
    defaultNS: 'alerts',
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={client}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/alertes/*" element={<AlertsRoutes />} />
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}
