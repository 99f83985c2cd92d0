import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { expect, it } from 'vitest';
import { axeViolations } from './testing/axe.ts';
import { Tile } from './tile.tsx';

it('is a heading link with its description', async () => {
  const { container } = render(
    <MemoryRouter>
      <Tile
        title="J’ai des enfants"
        description="Allocations familiales"
        to="/simuler/questions?situation=enfants"
      />
    </MemoryRouter>,
  );
  expect(screen.getByRole('link', { name: 'J’ai des enfants' })).toHaveAttribute(
    'href',
    '/simuler/questions?situation=enfants',
  );
  expect(screen.getByText('Allocations familiales')).toBeInTheDocument();
  expect(await axeViolations(container)).toEqual([]);
});
