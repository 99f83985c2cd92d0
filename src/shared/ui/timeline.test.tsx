import { render, screen, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import { axeViolations } from './testing/axe.ts';
import { Timeline } from './timeline.tsx';

it('is an ordered list of deadlines, each a heading, in the given order', async () => {
  const { container } = render(
    <Timeline
      groups={[
        { key: 'a', heading: 'Dans les 24 heures', content: <p>Déclarer le décès</p> },
        { key: 'b', heading: 'Dans le mois', content: <p>Prévenir la CAF</p> },
      ]}
    />,
  );
  const items = within(screen.getByRole('list')).getAllByRole('listitem');
  expect(container.querySelector('ol')).not.toBeNull();
  expect(items.map((li) => within(li).getByRole('heading', { level: 3 }).textContent)).toEqual([
    'Dans les 24 heures',
    'Dans le mois',
  ]);
  expect(within(items[1] ?? container).getByText('Prévenir la CAF')).toBeInTheDocument();
  expect(await axeViolations(container)).toEqual([]);
});
