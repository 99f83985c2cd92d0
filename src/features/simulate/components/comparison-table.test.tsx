import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { expect, it } from 'vitest';
import type { BenefitId, BenefitResult } from '../../../engine/contract.ts';
import type { BenefitInfo } from '../api/engine.ts';
import { testI18n } from '../testing/render.tsx';
import { ComparisonTable } from './comparison-table.tsx';

const period = { unit: 'month', year: 2026, month: 1 } as const;
const granted = (id: BenefitId, amount: number): BenefitResult => ({
  id,
  period,
  status: 'eligible',
  amount,
  reasons: [],
  missing: [],
  trace: [],
});
const INFOS: BenefitInfo[] = [
  { id: 'rsa', label: 'RSA', periodicity: 'month', paidBy: ['caf'] },
  { id: 'ars', label: 'ARS', periodicity: 'year', paidBy: ['caf'] },
  { id: 'css_participation_forfaitaire', label: 'C2S', periodicity: 'month', paidBy: ['cpam'] },
];
const text = (e: HTMLElement) => e.textContent.replace(/[\u00a0\u202f]/g, ' ');

it('marks each row monthly or yearly and totals only the monthly aids, in a scrollable region', async () => {
  const i18n = await testI18n();
  render(
    <I18nextProvider i18n={i18n}>
      <ComparisonTable
        infos={INFOS}
        before={[
          granted('rsa', 600),
          granted('ars', 423.48),
          granted('css_participation_forfaitaire', 14),
        ]}
        after={[
          granted('rsa', 290),
          granted('ars', 423.48),
          granted('css_participation_forfaitaire', 30),
        ]}
      />
    </I18nextProvider>,
  );
  const caption = 'Vos aides avant et après ce changement';
  const table = screen.getByRole('table', { name: caption });
  expect(screen.getByRole('region', { name: caption })).toHaveAttribute('tabindex', '0');
  const header = (name: string) => text(within(table).getByRole('rowheader', { name }));
  expect(header('RSA, par mois')).toBe('RSA, par mois');
  expect(header('ARS, par an')).toBe('ARS, par an');
  expect(header('C2S, participation à votre charge, par mois')).toBeTruthy();
  const total = within(table).getByRole('row', { name: /^Total des aides par mois/ });
  // The yearly ARS and the participation the person pays stay out of the monthly total.
  expect(text(total)).toBe(
    'Total des aides par mois (hors aides annuelles et participation)600,00 €290,00 €-310,00 €',
  );
});
