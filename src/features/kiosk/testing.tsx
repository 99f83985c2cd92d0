// Test harness: the kiosk's French catalogue loaded synchronously and a memory router.
import { render } from '@testing-library/react';
import { createInstance } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import fr from '../../locales/fr/kiosk.json';

export async function renderKiosk(ui: ReactNode, path = '/borne') {
  const i18n = createInstance();
  await i18n.use(initReactI18next).init({
    lng: 'fr',
    resources: { fr: { kiosk: fr } },
    ns: ['kiosk'],
    defaultNS: 'kiosk',
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  return render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
    </I18nextProvider>,
  );
}
