import { screen } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import { axeViolations } from '../../../shared/ui/testing/axe.ts';
import { memoryStore } from '../api/answers-store.ts';
import { renderSimulate } from '../testing/render.tsx';

vi.mock('../api/engine.ts', () => ({ loadEngine: () => new Promise(() => undefined) }));

it('offers both ways in, leading to the same questionnaire', async () => {
  const { container } = await renderSimulate('/simuler');
  expect(screen.getByRole('heading', { level: 1, name: 'Simuler mes droits' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'J’ai des enfants' })).toHaveAttribute(
    'href',
    '/simuler/questions?situation=enfants',
  );
  expect(screen.getByRole('link', { name: 'Aides au logement' })).toHaveAttribute(
    'href',
    '/simuler/questions?benefits=logement',
  );
  expect(screen.getByRole('link', { name: 'Simuler toutes les aides' })).toHaveAttribute(
    'href',
    '/simuler/questions',
  );
  expect(await axeViolations(container)).toEqual([]);
});

it('offers to resume a simulation in progress', async () => {
  const store = memoryStore();
  await store.save({ answers: { couple: false }, benefits: [], prefilled: [] });
  await renderSimulate('/simuler', store);
  expect(
    await screen.findByRole('link', { name: 'Reprendre ma simulation en cours' }),
  ).toHaveAttribute('href', '/simuler/questions');
});

it('opens the questionnaire oriented when linked with benefits and a situation', async () => {
  await renderSimulate('/simuler?benefits=rsa,ppa&situation=children');
  expect(await screen.findByText(/Vivez-vous en couple/)).toBeInTheDocument();
  expect(screen.queryByRole('heading', { name: 'Partir de ma situation' })).toBeNull();
});
