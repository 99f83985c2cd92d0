import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { Accordion } from './accordion.tsx';
import { axeViolations } from './testing/axe.ts';

it('expands and collapses its content from the keyboard', async () => {
  const { container } = render(
    <Accordion title="Pourquoi ce montant ?">{'Détail du calcul'}</Accordion>,
  );
  const button = screen.getByRole('button', { name: 'Pourquoi ce montant ?' });
  expect(button).toHaveAttribute('aria-expanded', 'false');
  expect(screen.queryByText('Détail du calcul')).not.toBeVisible();
  button.focus();
  await userEvent.keyboard('{Enter}');
  expect(button).toHaveAttribute('aria-expanded', 'true');
  expect(screen.getByText('Détail du calcul')).toBeVisible();
  expect(await axeViolations(container)).toEqual([]);
});
