// Test harness: French catalogues, a fresh query client, a memory router on the assisted pages
// and a fake server at the HTTP boundary (fetch), answering the way the real routes do.
import 'fake-indexeddb/auto';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createInstance } from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { vi } from 'vitest';
import common from '../../locales/fr/common.json';
import pillars from '../../locales/fr/pillars.json';
import fr from '../../locales/fr/assisted.json';
import { AssistedRoutes } from './routes/assisted-page.tsx';
import { MyMandatesPage } from './routes/my-mandates-page.tsx';

export interface Call {
  readonly method: string;
  readonly url: string;
  readonly body: unknown;
  readonly csrf: string | null;
  readonly idempotencyKey: string | null;
}
export type Reply = { status: number; body?: unknown } | undefined;
export type Handler = (call: Call) => Reply;

/** Replaces fetch; `handler` answers, anything else is a 404. Returns the calls made. */
export function fakeServer(handler: Handler): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', (url: string, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    const call: Call = {
      method: init?.method ?? 'GET',
      url,
      body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
      csrf: headers.get('x-csrf-token'),
      idempotencyKey: headers.get('idempotency-key'),
    };
    calls.push(call);
    const reply = handler(call) ?? { status: 404, body: { message: 'introuvable' } };
    return Promise.resolve(
      new Response(reply.status === 204 ? null : JSON.stringify(reply.body ?? {}), {
        status: reply.status,
      }),
    );
  });
  return calls;
}

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
