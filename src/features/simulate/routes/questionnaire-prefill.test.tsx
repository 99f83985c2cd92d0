import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { enrolTestKiosk } from '../../../shared/lib/__fixtures__/kiosk-config.ts';
import { axeViolations } from '../../../shared/ui/testing/axe.ts';
import { memoryStore } from '../api/answers-store.ts';
import { resetProfilePrefill } from '../hooks/use-profile-prefill.ts';
import { renderSimulate } from '../testing/render.tsx';

vi.mock('../api/engine.ts', () => ({ loadEngine: () => new Promise(() => undefined) }));

const profile = {
  profile: {
    adults: [{ birthDate: '1990-02-03', activity: 'actif', netSalary: 1450 }],
    housing: { status: 'locataire_vide', rent: 700 },
  },
  month: '2026-01',
  sources: ['caf'],
};

afterEach(() => {
  vi.unstubAllGlobals();
  resetProfilePrefill();
});

it('prefills from the profile once, marks it, and lets the person change it', async () => {
  const fetch = vi.fn(() => Promise.resolve(new Response(JSON.stringify(profile))));
  vi.stubGlobal('fetch', fetch);
  const store = memoryStore();
  const { container } = await renderSimulate('/simuler/questions?q=p1.date_naissance', store);
  const date = await screen.findByRole('textbox', { name: /Votre date de naissance/ });
  await waitFor(() => {
    expect(date).toHaveValue('03/02/1990');
  });
  expect(fetch).toHaveBeenCalledTimes(1);
  expect(fetch.mock.calls[0]).toEqual(['/api/me/profile', expect.anything()]);
  expect(date).toHaveValue('03/02/1990');
  expect(date).toHaveAccessibleName(/pré-rempli/);
  expect(date).toHaveAccessibleName(/pré-remplie avec les informations de vos organismes/);
  expect(await axeViolations(container)).toEqual([]);
  await userEvent.clear(date);
  await userEvent.type(date, '04/02/1990');
  expect(date).not.toHaveAccessibleName(/pré-rempli/);
  expect((await store.load()).answers['p1.date_naissance']).toBe('1990-02-04');
  expect(fetch).toHaveBeenCalledTimes(1);
});

it('asks nothing of the network when not logged in, and starts the questions', async () => {
  const fetch = vi.fn(() => Promise.resolve(new Response('{}', { status: 401 })));
  vi.stubGlobal('fetch', fetch);
  await renderSimulate('/simuler/questions');
  expect(await screen.findByRole('radio', { name: 'Non' })).toBeInTheDocument();
  await waitFor(() => {
    expect(fetch).toHaveBeenCalledTimes(1);
  });
  expect(screen.getByRole('radio', { name: 'Non' })).not.toBeChecked();
});

it('never asks for the profile on a shared kiosk', async () => {
  const fetch = vi.fn(() => Promise.resolve(new Response(JSON.stringify(profile))));
  vi.stubGlobal('fetch', fetch);
  enrolTestKiosk();
  await renderSimulate('/simuler/questions');
  expect(await screen.findByRole('radio', { name: 'Non' })).not.toBeChecked();
  expect(fetch).not.toHaveBeenCalled();
});
