import { screen, within } from '@testing-library/react';
import { beforeAll, expect, it } from 'vitest';
import { lifeEvents } from '../../../shared/content/index.ts';
import { setupI18n } from '../../../shared/i18n/index.ts';
import { axeViolations } from '../../../shared/ui/testing/axe.ts';
import { renderLifeEvents } from '../testing.tsx';

beforeAll(async () => {
  await setupI18n('fr');
});

it('lists every life event as a tile, grouped by theme, without axe violations', async () => {
  const { container } = await renderLifeEvents('/evenements-de-vie');
  expect(screen.getByRole('heading', { level: 1, name: 'Évènements de vie' })).toBeVisible();
  const family = screen.getByRole('heading', { level: 2, name: 'Famille' }).closest('section');
  if (!family) throw new Error('pas de section Famille');
  expect(within(family).getByRole('link', { name: 'J’adopte un enfant' })).toHaveAttribute(
    'href',
    '/evenements-de-vie/adoption',
  );
  const tiles = screen.getAllByRole('heading', { level: 3 });
  expect(tiles).toHaveLength(lifeEvents.length);
  expect(await axeViolations(container)).toEqual([]);
});
