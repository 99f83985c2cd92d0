import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handoffUrl } from '../lib/fragment.ts';
import { renderAssisted } from '../testing.tsx';

afterEach(() => {
  window.location.hash = '';
  vi.unstubAllGlobals();
});

describe('/accompagnement/recapitulatif', () => {
  it('shows on the phone the summary carried by the fragment', async () => {
    const url = new URL(
      handoffUrl('http://localhost', {
        title: 'Récapitulatif de Nadia',
        lines: [['Structure', 'France Services']],
      }),
    );
    window.location.hash = url.hash;
    await renderAssisted('/accompagnement/recapitulatif');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Récapitulatif de Nadia' }),
    ).toBeVisible();
    expect(screen.getByText('France Services')).toBeVisible();
  });

  it('says when there is nothing to read', async () => {
    await renderAssisted('/accompagnement/recapitulatif');
    expect(await screen.findByText(/ne peut pas être lu/)).toBeVisible();
  });
});
