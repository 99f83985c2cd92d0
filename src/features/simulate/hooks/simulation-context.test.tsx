import { screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { memoryStore } from '../api/answers-store.ts';
import { renderSimulate } from '../testing/render.tsx';
import { encodeFragment } from '../utils/fragment.ts';

vi.mock('../api/engine.ts', () => ({ loadEngine: () => new Promise(() => undefined) }));

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

it('reads answers received by link, invites checking them and drops the fragment', async () => {
  window.history.replaceState(
    null,
    '',
    `/simuler/recapitulatif#${encodeFragment({ answers: { couple: false, nb_enfants: 1 }, benefits: [] })}`,
  );
  const store = memoryStore();
  await store.save({ answers: { couple: true }, benefits: [], prefilled: [] });
  await renderSimulate('/simuler/questions?q=e1.date_naissance', store);
  expect(
    await screen.findByText(/Les réponses reçues par lien ont été chargées/),
  ).toBeInTheDocument();
  expect(window.location.hash).toBe('');
  expect((await store.load()).answers).toEqual({ couple: false, nb_enfants: 1 });
});
