import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../shared/ui/testing/axe.ts';
import { fakeServer, renderRights } from '../testing.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('/droits', () => {
  it('offers FranceConnect to someone not logged in, coming back here', async () => {
    fakeServer(({ url }) => (url === '/api/me' ? { status: 401, body: {} } : undefined));
    await renderRights();
    const button = await screen.findByRole('link', { name: /S’identifier avec FranceConnect/ });
    expect(button).toHaveAttribute('href', '/auth/login?returnTo=%2Fdroits');
  });

  it('keeps its title and says what to do when the network is down', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const { container } = await renderRights();
    expect(
      await screen.findByText(/Impossible de vérifier votre connexion/, {}, { timeout: 5000 }),
    ).toBeVisible();
    expect(screen.getByRole('heading', { level: 1, name: 'Mes droits' })).toBeVisible();
    expect(document.title).toMatch(/^Mes droits — Droits360$/);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows situation, every organisation and the resources table', async () => {
    fakeServer();
    const { container } = await renderRights();
    expect(await screen.findByRole('status', { name: '' })).toBeDefined();
    await screen.findByText(/Vos droits sont affichés : 4 organismes consultés/);
    expect(screen.getByRole('heading', { level: 1, name: 'Mes droits' })).toBeVisible();
    for (const name of [
      'Ma situation',
      'Mes ressources sur 12 mois',
      'Mon activité professionnelle',
    ])
      expect(screen.getByRole('heading', { level: 2, name })).toBeVisible();
    const caf = screen.getByRole('region', { name: /Caisse d’allocations familiales|CAF/ });
    expect(within(caf).getByRole('heading', { name: 'Revenu de solidarité active' })).toBeVisible();
    expect(within(caf).getByText(/635,24\s€ le 5 novembre 2026/)).toBeVisible();
    expect(within(caf).getByRole('link', { name: /Mon espace/ })).toHaveAttribute(
      'target',
      '_blank',
    );
    // Several schemes: employee of the general scheme and farmer.
    expect(screen.getByText(/Vous relevez de plusieurs régimes/)).toBeVisible();
    const table = screen.getByRole('table', { name: /Ressources des 12 derniers mois/ });
    expect(within(table).getAllByRole('columnheader')).toHaveLength(3);
    expect(within(table).getByRole('rowheader', { name: 'octobre 2026' })).toBeVisible();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('keeps the page whole when organisations do not answer: notice, cached data and its date', async () => {
    fakeServer();
    await renderRights();
    await screen.findByText(/Vos droits sont affichés/);
    const cnav = document.querySelector('[data-organisation="cnav"]');
    if (!(cnav instanceof HTMLElement)) throw new Error('no CNAV block');
    expect(
      within(cnav).getByRole('heading', { name: /ne répond pas pour le moment/ }),
    ).toBeVisible();
    expect(within(cnav).getByText(/datées du 20 novembre 2026/)).toBeVisible();
    expect(within(cnav).getByText('Allocation de solidarité aux personnes âgées')).toBeVisible();
    const ft = document.querySelector('[data-organisation="france-travail"]');
    if (!(ft instanceof HTMLElement)) throw new Error('no France Travail block');
    expect(within(ft).getByText(/Aucune information connue/)).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Revenu de solidarité active' })).toBeVisible();
  });

  it('says when the rights cannot be loaded, in a live region', async () => {
    fakeServer(({ url }) => (url === '/api/me/rights' ? { status: 500, body: {} } : undefined));
    await renderRights();
    expect(await screen.findByRole('alert')).toHaveTextContent(/n’ont pas pu être chargés/);
  });

  it('hides a card, saves it with the CSRF token, moves focus, and shows it again', async () => {
    const calls = fakeServer();
    await renderRights();
    await screen.findByText(/Vos droits sont affichés/);
    await userEvent.click(
      screen.getByRole('button', { name: 'Masquer : Mon activité professionnelle' }),
    );
    expect(screen.queryByRole('heading', { name: 'Mon activité professionnelle' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Cartes masquées' })).toHaveFocus();
    const put = calls.find((c) => c.method === 'PUT');
    expect(put).toMatchObject({ csrf: 'tok', body: { pinned: [], hidden: ['activity'] } });
    await userEvent.click(
      screen.getByRole('button', { name: 'Afficher à nouveau : Mon activité professionnelle' }),
    );
    expect(screen.getByRole('heading', { name: 'Mon activité professionnelle' })).toHaveFocus();
  });

  it('pins a card to the top and tells it is pinned', async () => {
    fakeServer();
    await renderRights();
    await screen.findByText(/Vos droits sont affichés/);
    const pin = screen.getByRole('button', {
      name: 'Épingler en haut : Mes ressources sur 12 mois',
    });
    await userEvent.click(pin);
    const cards = [...document.querySelectorAll('[data-card]')].map((c) =>
      c.getAttribute('data-card'),
    );
    expect(cards[0]).toBe('resources');
    expect(
      screen.getByRole('button', { name: 'Épingler en haut : Mes ressources sur 12 mois' }),
    ).toHaveAttribute('aria-pressed', 'true');
  });

  it('lists possible unclaimed rights with the simulator prefilled', async () => {
    fakeServer();
    await renderRights();
    const link = await screen.findByRole('link', {
      name: 'Vérifier dans le simulateur : Prime d’activité',
    });
    expect(link).toHaveAttribute('href', '/simuler?prefill=me&benefit=ppa');
    expect(screen.getByText(/Estimation : 123,45\s€ par mois/)).toBeVisible();
  });
});
