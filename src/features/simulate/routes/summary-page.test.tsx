import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { axeViolations } from '../../../shared/ui/testing/axe.ts';
import { memoryStore } from '../api/answers-store.ts';
import { renderSimulate } from '../testing/render.tsx';

vi.mock('../api/engine.ts', () => ({ loadEngine: () => new Promise(() => undefined) }));

it('lists the answers by step and edits one, coming back to the summary', async () => {
  const store = memoryStore();
  await store.save({
    answers: {
      couple: false,
      'p1.date_naissance': '1991-03-14',
      nb_enfants: 0,
      statut_occupation_logement: 'locataire_vide',
      loyer: 650.5,
    },
    benefits: [],
    prefilled: ['loyer'],
  });
  const { container } = await renderSimulate('/simuler/recapitulatif', store);
  expect(await screen.findByText('14/03/1991')).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: 'Logement' })).toBeInTheDocument();
  expect(await axeViolations(container)).toEqual([]);
  await userEvent.click(
    screen.getByRole('link', { name: /Modifier ?: Quel est votre loyer mensuel/ }),
  );
  const rent = screen.getByRole('textbox', { name: /loyer mensuel/ });
  expect(rent).toHaveValue('650,5');
  expect(rent).toHaveAccessibleName(/pré-rempli/);
  await userEvent.clear(rent);
  await userEvent.type(rent, '1 200,50');
  await userEvent.click(screen.getByRole('button', { name: 'Continuer' }));
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Récapitulatif de mes réponses' }),
  ).toBeInTheDocument();
  expect((await store.load()).answers.loyer).toBe(1200.5);
});
