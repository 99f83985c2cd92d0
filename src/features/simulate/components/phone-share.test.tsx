import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { memoryStore } from '../api/answers-store.ts';
import { renderSimulate } from '../testing/render.tsx';
import { decodeFragment } from '../utils/fragment.ts';

vi.mock('../api/engine.ts', () => ({ loadEngine: () => new Promise(() => undefined) }));

it('shows a QR code and a link carrying the answers in the fragment only', async () => {
  const store = memoryStore();
  await store.save({ answers: { couple: false, loyer: 720 }, benefits: ['rsa'], prefilled: [] });
  await renderSimulate('/simuler/resultats', store);
  await userEvent.click(await screen.findByRole('button', { name: 'Envoyer sur mon téléphone' }));
  expect(
    await screen.findByRole('img', { name: 'Code QR contenant le lien vers votre simulation' }),
  ).toHaveAttribute('src', expect.stringMatching(/^data:image\/svg\+xml/));
  const link = screen.getByRole('link', { name: /\/simuler\/resultats#r=/ });
  const url = new URL(link.getAttribute('href')!);
  expect(url.search).toBe('');
  expect(decodeFragment(url.hash)).toEqual({
    answers: { couple: false, loyer: 720 },
    benefits: ['rsa'],
  });
});
