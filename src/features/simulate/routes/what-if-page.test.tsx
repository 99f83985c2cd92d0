import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import type { BenefitResult } from '../../../engine/contract.ts';
import { axeViolations } from '../../../shared/ui/testing/axe.ts';
import { memoryStore } from '../api/answers-store.ts';
import { renderSimulate } from '../testing/render.tsx';

// The engine answers with RSA depending on the salary in the household it receives.
vi.mock('../api/engine.ts', async () => {
  const { INFOS } = await import('../testing/engine-results.ts');
  const period = { unit: 'month', year: 2026, month: 1 } as const;
  return {
    loadEngine: () =>
      Promise.resolve({
        benefits: INFOS,
        compute: (h: {
          individus: Record<string, { inputs: Record<string, Record<string, number>> }>;
        }): BenefitResult[] => {
          const salary = h.individus.p1?.inputs.salaire_net?.['2026-01'] ?? 0;
          return [
            {
              id: 'rsa',
              period,
              status: 'eligible',
              amount: Math.max(0, 600 - salary * 0.62),
              reasons: [],
              missing: [],
              trace: [],
            },
          ];
        },
      }),
  };
});

it('compares the results before and after taking a job', async () => {
  const store = memoryStore();
  await store.save({
    answers: { couple: false, 'p1.activite': 'chomeur', 'p1.chomage_net': 0 },
    benefits: [],
    prefilled: [],
  });
  const { container } = await renderSimulate('/simuler/et-si', store);
  await userEvent.click(await screen.findByRole('radio', { name: 'Je reprends un emploi' }));
  await userEvent.type(screen.getByRole('textbox', { name: /Salaire mensuel net/ }), '500');
  await userEvent.click(screen.getByRole('button', { name: 'Comparer' }));
  const row = await screen.findByRole('row', { name: /Revenu de solidarité active/ });
  expect(row.textContent.replace(/[\u00a0\u202f]/g, ' ')).toBe(
    'Revenu de solidarité active, par mois600,00 €290,00 €-310,00 €',
  );
  expect(await axeViolations(container)).toEqual([]);
});

it('refuses a separation for someone living alone, in French', async () => {
  const store = memoryStore();
  await store.save({ answers: { couple: false }, benefits: [], prefilled: [] });
  await renderSimulate('/simuler/et-si', store);
  await userEvent.click(await screen.findByRole('radio', { name: /Je me sépare/ }));
  await userEvent.click(screen.getByRole('button', { name: 'Comparer' }));
  expect(screen.getByText(/vous avez indiqué vivre seul·e/)).toBeInTheDocument();
});
