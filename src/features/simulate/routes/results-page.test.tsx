import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { axeViolations } from '../../../shared/ui/testing/axe.ts';
import { memoryStore } from '../api/answers-store.ts';
import { renderSimulate } from '../testing/render.tsx';

vi.mock('../api/engine.ts', async () => {
  const { testEngine: engine } = await import('../testing/engine-results.ts');
  return { loadEngine: () => Promise.resolve(engine) };
});

const nbsp = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

it('shows amounts, the monthly total, why and why not, where to apply and the disclaimer', async () => {
  const store = memoryStore();
  await store.save({ answers: { couple: false }, benefits: [], prefilled: [] });
  const { container } = await renderSimulate('/simuler/resultats', store);
  const rsa = await screen.findByRole('region', { name: 'Revenu de solidarité active' });
  expect(nbsp(within(rsa).getByLabelText(/Revenu de solidarité active :/).textContent)).toBe(
    '412,35 € par mois',
  );
  expect(nbsp(screen.getByText(/par mois$/, { selector: '[data-total]' }).textContent)).toBe(
    '713,55 € par mois',
  );
  const ars = screen.getByRole('region', { name: 'Allocation de rentrée scolaire' });
  expect(nbsp(within(ars).getByText(/par an/).textContent)).toBe('423,48 € par an');

  await userEvent.click(within(rsa).getByRole('button', { name: 'Pourquoi ce montant ?' }));
  expect(within(rsa).getByText(/Ressources retenues/)).toBeVisible();
  expect(within(rsa).getByRole('link', { name: /art\. L262-2/ })).toHaveAttribute(
    'href',
    expect.stringMatching(/^https:\/\/www\.legifrance\.gouv\.fr\//),
  );
  expect(within(rsa).getByRole('link', { name: /CAF/ })).toHaveAttribute('target', '_blank');

  const aah = screen.getByRole('region', { name: 'Allocation aux adultes handicapés' });
  await userEvent.click(within(aah).getByRole('button', { name: 'Pourquoi pas ?' }));
  expect(within(aah).getByText(/inférieur à 50 %/)).toBeVisible();

  expect(screen.getByText(/n’engage pas les organismes/)).toBeInTheDocument();
  expect(screen.getByText('Votre bail ou une quittance de loyer récente')).toBeInTheDocument();
  expect(await axeViolations(container)).toEqual([]);
});
