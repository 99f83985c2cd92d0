// Test harness for the procedures, documents and contact pages: French catalogues, a fresh
// query client, a memory router, and a fake server answering like the real one.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createInstance } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import common from '../../../locales/fr/common.json';
import contact from '../../../locales/fr/procedures-contact.json';
import documents from '../../../locales/fr/procedures-documents.json';
import forms from '../../../locales/fr/procedures-forms.json';

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

export async function renderWithApp(ui: ReactNode) {
  const i18n = createInstance();
  await i18n.use(initReactI18next).init({
    lng: 'fr',
    resources: {
      fr: {
        'procedures-forms': forms,
        'procedures-documents': documents,
        'procedures-contact': contact,
        common,
      },
    },
    ns: ['procedures-forms', 'procedures-documents', 'procedures-contact', 'common'],
    defaultNS: 'procedures-forms',
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={client}>
        <MemoryRouter>{ui}</MemoryRouter>
      </QueryClientProvider>
    </I18nextProvider>,
  );
}
