import { render, screen } from '@testing-library/react';
import { createInstance } from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { expect, it } from 'vitest';
import type { BenefitResult } from '../../../engine/contract.ts';
import en from '../../../locales/en/simulate.json';
import { TraceView } from './trace-view.tsx';

const result: BenefitResult = {
  id: 'rsa',
  period: { unit: 'month', year: 2026, month: 11 },
  status: 'eligible',
  amount: 412.35,
  reasons: [{ code: 'x', message: 'Vos ressources dépassent le plafond' }],
  missing: [],
  trace: [
    {
      label: 'Montant forfaitaire pour 1 adulte',
      value: 646.52,
      unit: 'currency',
      formula: '607,75 € × 1,5',
      ref: {
        title: 'Code de l’action sociale, art. L262-2',
        url: 'https://www.legifrance.gouv.fr',
      },
    },
  ],
};

it('marks every French explanation with lang="fr" in the English interface (RGAA 8.7)', async () => {
  const i18n = createInstance();
  await i18n.use(initReactI18next).init({
    lng: 'en',
    resources: { en: { simulate: en } },
    defaultNS: 'simulate',
    interpolation: { escapeValue: false },
  });
  render(
    <I18nextProvider i18n={i18n}>
      <TraceView result={result} />
    </I18nextProvider>,
  );
  for (const text of [
    'Montant forfaitaire pour 1 adulte',
    '607,75 € × 1,5',
    'Code de l’action sociale, art. L262-2',
    'Vos ressources dépassent le plafond',
  ]) {
    expect(screen.getByText(text).closest('[lang]')).toHaveAttribute('lang', 'fr');
  }
  // The interface's own words around them stay in the page's language.
  expect(screen.getByText('Montant forfaitaire pour 1 adulte').closest('li')).not.toHaveAttribute(
    'lang',
  );
});

it('names the simulator in English as the menu does', async () => {
  const common = (await import('../../../locales/en/common.json')).default;
  expect(en.entry.title).toBe(common.nav.simulate);
});
