import { screen, within } from '@testing-library/react';
import { beforeAll, expect, it } from 'vitest';
import { setupI18n } from '../../../shared/i18n/index.ts';
import { axeViolations } from '../../../shared/ui/testing/axe.ts';
import { renderLifeEvents } from '../testing.tsx';

beforeAll(async () => {
  await setupI18n('en');
});

it('speaks English from the same reviewed file, documents included', async () => {
  const { container } = await renderLifeEvents('/evenements-de-vie/deces-proche');
  expect(screen.getByRole('heading', { level: 1, name: 'A relative has died' })).toBeVisible();
  const first = screen.getByRole('heading', { level: 3, name: 'Within 24 hours' }).closest('li');
  if (!first) throw new Error('no first deadline');
  expect(
    within(first).getByRole('heading', { level: 4, name: 'Register the death at the town hall' }),
  ).toBeVisible();
  expect(within(first).getByText('Family record book')).toBeVisible();
  expect(screen.getByRole('link', { name: 'Estimate my rights' })).toBeVisible();
  expect(await axeViolations(container)).toEqual([]);
});
