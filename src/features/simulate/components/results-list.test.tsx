import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { expect, it } from 'vitest';
import type { BenefitResult } from '../../../engine/contract.ts';
import { axeViolations } from '../../../shared/ui/testing/axe.ts';
import { INFOS, RESULTS } from '../testing/engine-results.ts';
import { testI18n } from '../testing/render.tsx';
import { ResultsList } from './results-list.tsx';

const nbsp = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const period = { unit: 'month', year: 2026, month: 1 } as const;
const participation: BenefitResult = {
  id: 'css_participation_forfaitaire',
  period,
  status: 'eligible',
  amount: 14,
  reasons: [],
  missing: [],
  trace: [],
};

it('shows the C2S participation apart, as a sum paid each month, never in the total', async () => {
  const i18n = await testI18n();
  const { container } = render(
    <I18nextProvider i18n={i18n}>
      <ResultsList
        infos={[
          ...INFOS,
          {
            id: 'css_participation_forfaitaire',
            label: 'Complémentaire santé solidaire avec participation',
            periodicity: 'month',
            paidBy: ['cpam'],
          },
        ]}
        results={[...RESULTS, participation]}
      />
    </I18nextProvider>,
  );
  // RSA 412,35 + housing aid 301,20; the yearly ARS and the participation are left out.
  const total = container.querySelector('[data-total]');
  expect(nbsp(total?.textContent ?? null)).toBe('713,55 € par mois');
  const section = (name: string) => {
    const s = screen.getByRole('heading', { level: 2, name }).closest('section');
    if (!s) throw new Error(`no section ${name}`);
    return s;
  };
  const aids = section('Aides auxquelles vous pourriez avoir droit');
  expect(within(aids).queryByText(/Complémentaire santé solidaire/)).toBeNull();
  const paid = section('Ce que vous paieriez');
  const card = within(paid).getByRole('region', {
    name: 'Complémentaire santé solidaire avec participation',
  });
  expect(nbsp(within(card).getByText(/participation/i, { selector: 'strong' }).textContent)).toBe(
    'Participation de 14,00 € par mois, à votre charge',
  );
  expect(within(paid).getByText(/n’est pas comptée dans le total/)).toBeInTheDocument();
  expect(await axeViolations(container)).toEqual([]);
});
