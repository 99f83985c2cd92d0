import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { SrOnly } from './sr-only.tsx';
import { axeViolations } from './testing/axe.ts';

it('completes a link name for screen readers', async () => {
  const { container } = render(
    <a href="/simuler/questions?q=loyer">
      {'Modifier'}
      <SrOnly>{' : votre loyer'}</SrOnly>
    </a>,
  );
  expect(screen.getByRole('link', { name: /^Modifier ?: votre loyer$/ })).toBeInTheDocument();
  expect(screen.getByText(': votre loyer')).toHaveClass('fr-sr-only');
  expect(await axeViolations(container)).toEqual([]);
});
