// Test harness: French catalogue, a fresh query client, a memory router, and a fake server
// answering the declarations API the way the real one does.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { createInstance } from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import fr from '../../../locales/fr/procedures-tell-us-once.json';
import common from '../../../locales/fr/common.json';
import type { DraftStore } from '../../../shared/lib/device-drafts.ts';
import type { FormDraft } from './hooks/use-form-draft.ts';
import { TellUsOnce } from './routes/tell-us-once-page.tsx';

export type Handler = (url: string, init?: RequestInit) => { status: number; body: unknown };

/** Replaces fetch; returns the calls made, as "METHOD url body". */
export function fakeServer(handler: Handler): string[] {
  const calls: string[] = [];
  vi.stubGlobal('fetch', (url: string, init?: RequestInit) => {
    calls.push(
      `${init?.method ?? 'GET'} ${url} ${typeof init?.body === 'string' ? init.body : ''}`,
    );
    const { status, body } = handler(url, init);
    return Promise.resolve(new Response(JSON.stringify(body), { status }));
  });
  return calls;
}

export async function renderTellUsOnce(store?: DraftStore<FormDraft>, path = '/') {
  const i18n = createInstance();
  await i18n.use(initReactI18next).init({
    lng: 'fr',
    resources: { fr: { 'procedures-tell-us-once': fr, common } },
    ns: ['procedures-tell-us-once', 'common'],
    defaultNS: 'procedures-tell-us-once',
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const result = render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={client}>
        <MemoryRouter initialEntries={[path]}>
          <TellUsOnce {...(store ? { store } : {})} />
        </MemoryRouter>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  await screen.findByRole('button', { name: 'Continuer' });
  return result;
}
