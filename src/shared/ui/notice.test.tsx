import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { Alert, Callout } from './notice.tsx';
import { axeViolations } from './testing/axe.ts';

it('renders an announced alert and a callout', async () => {
  const { container } = render(
    <>
      <Alert severity="error" live>
        {'Hors ligne'}
      </Alert>
      <Callout title="Important">{'Une simulation n’engage pas les organismes.'}</Callout>
    </>,
  );
  expect(screen.getByRole('alert')).toHaveTextContent('Hors ligne');
  expect(screen.getByRole('heading', { name: 'Important' })).toBeInTheDocument();
  expect(await axeViolations(container)).toEqual([]);
});
