import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { Stepper } from './stepper.tsx';
import { axeViolations } from './testing/axe.ts';

it('shows the current step, its state and the next step, accessibly', async () => {
  const { container } = render(
    <Stepper
      current={2}
      count={5}
      title="Situation"
      stateLabel="Étape 2 sur 5"
      nextLabel="Étape suivante : Logement"
    />,
  );
  expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('SituationÉtape 2 sur 5');
  expect(container.querySelector('[data-fr-current-step="2"][data-fr-steps="5"]')).not.toBeNull();
  expect(screen.getByText('Étape suivante : Logement')).toBeInTheDocument();
  expect(await axeViolations(container)).toEqual([]);
});
