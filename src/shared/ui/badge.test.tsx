import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { Badge } from './badge.tsx';
import { axeViolations } from './testing/axe.ts';

it('shows its label with its severity', async () => {
  const { container } = render(<Badge label="Éligible" severity="success" />);
  expect(screen.getByText('Éligible')).toHaveClass('fr-badge--success');
  expect(await axeViolations(container)).toEqual([]);
});
