import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { Suspense } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupI18n } from '../shared/i18n/index.ts';
import { leaveDiscreet } from '../shared/lib/device-mode.ts';
import { routes } from './router.tsx';

// The discreet journey (domestic violence) must hold on every page reached from it: the quick
// exit, a neutral title, nothing written on the device. Rendered through the real shell and routes.

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  return { router, ...render(<Suspense>{<RouterProvider router={router} />}</Suspense>) };
}
// Lazy route chunks load slowly on a busy machine.
const SLOW = { timeout: 10_000 };
const quickExit = () => screen.queryByRole('button', { name: 'Quitter rapidement ce site' });

describe('the discreet journey through the shell', () => {
  beforeAll(async () => {
    await setupI18n('fr');
  });
  afterEach(() => {
    act(() => {
      leaveDiscreet();
    });
    vi.unstubAllGlobals();
  });

  it('keeps the quick exit, a neutral title and nothing stored from the life event into the simulator', async () => {
    const factory = new IDBFactory();
    vi.stubGlobal('indexedDB', factory);
    const user = userEvent.setup();
    renderAt('/evenements-de-vie/violences-conjugales');
    await screen.findByRole('heading', { level: 1, name: /violences conjugales/ }, SLOW);
    expect(quickExit()).toBeVisible();
    await user.click(screen.getByRole('link', { name: 'Estimer mes droits' }));
    await screen.findByRole('button', { name: 'Continuer' }, SLOW);
    expect(screen.getByText(/ne sont pas enregistrées sur cet appareil/)).toBeVisible();
    expect(quickExit()).toBeVisible();
    expect(document.title).toBe('Informations pratiques — Droits360');
    expect(document.head.querySelector('meta[name="robots"]')).toHaveAttribute(
      'content',
      'noindex, nofollow',
    );
    await user.type(screen.getByRole('textbox', { name: /Votre date de naissance/ }), '14/03/1991');
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    await act(() => Promise.resolve());
    expect(await factory.databases()).toEqual([]);
    // Any other page of the portal, until the person leaves the site.
    await user.click(
      within(screen.getByRole('navigation', { name: 'Menu principal' })).getByRole('link', {
        name: 'Voir mes droits',
      }),
    );
    await screen.findByRole('heading', { level: 1, name: 'Mes droits' }, SLOW);
    expect(quickExit()).toBeVisible();
    expect(document.title).toBe('Informations pratiques — Droits360');
  }, 30_000);

  it('opens from a discreet link to the simulator (a reload) and keeps the answers in memory', async () => {
    const factory = new IDBFactory();
    vi.stubGlobal('indexedDB', factory);
    window.history.replaceState(null, '', '/simuler/questions?discret=1');
    const user = userEvent.setup();
    renderAt('/simuler/questions?discret=1');
    await screen.findByRole('radio', { name: 'Non' }, SLOW);
    expect(quickExit()).toBeVisible();
    await user.click(screen.getByRole('radio', { name: 'Non' }));
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    await act(() => Promise.resolve());
    expect(await factory.databases()).toEqual([]);
    window.history.replaceState(null, '', '/');
  }, 30_000);

  it('is absent from the other journeys', { timeout: 30_000 }, async () => {
    renderAt('/evenements-de-vie/naissance');
    await screen.findByRole('heading', { level: 1 }, SLOW);
    expect(quickExit()).toBeNull();
    expect(document.head.querySelector('meta[name="robots"]')).toBeNull();
  });
});
