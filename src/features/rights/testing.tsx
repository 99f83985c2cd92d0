// Test harness: French catalogues, a fresh query client, a memory router and a fake server
// answering the /api/me/* routes the way the real one does.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createInstance } from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { vi } from 'vitest';
import common from '../../locales/fr/common.json';
import pillars from '../../locales/fr/pillars.json';
import fr from '../../locales/fr/rights.json';
import { possible, rights } from './__fixtures__/rights.ts';
import { DashboardPage } from './routes/dashboard-page.tsx';
import { MyDataPage } from './routes/my-data-page.tsx';

export interface Call {
  readonly method: string;
  readonly url: string;
  readonly body: unknown;
  readonly csrf: string | null;
}
export type Reply = { status: number; body: unknown } | undefined;
export type Handler = (call: Call) => Reply;

const defaults: Handler = ({ method, url, body }) => {
  if (url === '/api/me')
    return { status: 200, body: { user: { given_name: 'Nadia' }, csrfToken: 'tok' } };
  if (url === '/api/me/rights') return { status: 200, body: rights };
  if (url === '/api/me/possible-rights') return { status: 200, body: possible };
  if (url === '/api/me/preferences')
    return { status: 200, body: method === 'PUT' ? body : { pinned: [], hidden: [] } };
  if (url === '/api/me/error-reports' && method === 'GET')
    return { status: 200, body: { reports: [] } };
  return undefined;
};

/** Replaces fetch; `handler` answers first, the defaults then. Returns the calls made. */
export function fakeServer(handler: Handler = () => undefined): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', (url: string, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    const call: Call = {
      method: init?.method ?? 'GET',
      url,
      body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
      csrf: headers.get('x-csrf-token'),
    };
    calls.push(call);
    const reply = handler(call) ??
      defaults(call) ?? { status: 404, body: { message: 'introuvable' } };
    return Promise.resolve(new Response(JSON.stringify(reply.body), { status: reply.status }));
  });
  return calls;
}

export async function renderRights(path = '/droits') {
  const i18n = createInstance();
  await i18n.use(initReactI18next).init({
    lng: 'fr',
    resources: { fr: { rights: fr, common, pillars } },
    ns: ['rights', 'common', 'pillars'],
    defaultNS: 'rights',
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={client}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/droits" element={<DashboardPage />} />
            <Route path="/droits/mes-donnees" element={<MyDataPage />} />
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}
