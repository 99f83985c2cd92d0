import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../shared/ui/testing/axe.ts';
import { clearKioskConfig, saveKioskConfig } from '../../../shared/lib/device-mode.ts';
import { declaration } from '../__fixtures__/alerts.ts';
import { SNAPSHOT_DB } from '../lib/snapshot.ts';
import { fakeServer, renderAlerts } from '../testing.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('/alertes', () => {
  it('explains and offers FranceConnect to someone not logged in', async () => {
    fakeServer(({ url }) => (url === '/api/me' ? { status: 401, body: {} } : undefined));
    const { container } = await renderAlerts();
    const button = await screen.findByRole('link', { name: /S’identifier avec FranceConnect/ });
    expect(button).toHaveAttribute('href', '/auth/login?returnTo=%2Falertes');
    expect(screen.getByText(/Vos alertes sont personnelles/)).toBeVisible();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('lists alerts with a due date for people, one action, the read state and the delivery log', async () => {
    fakeServer();
    const { container } = await renderAlerts();
    await screen.findByText(/2 alertes affichées\. Non lues : 1\. Synchronisé le 3 décembre 2026/);
    const item = screen.getByRole('article', { name: declaration.title });
    expect(within(item).getByText('À faire avant le 15 janvier 2027')).toBeVisible();
    expect(within(item).queryByText(/2027-01-15/)).toBeNull();
    expect(within(item).getByText('Non lue')).toBeVisible();
    expect(within(item).getByRole('link', { name: 'Faire ma déclaration' })).toHaveAttribute(
      'href',
      '/demarches',
    );
    const log = within(item).getByRole('list', { name: 'Envois de cette alerte' });
    expect(within(log).getByText(/Dans l’application : envoyée le 3 décembre 2026/)).toBeVisible();
    expect(
      within(log).getByText(/Notification sur vos appareils : échec de l’envoi/),
    ).toBeVisible();
    expect(
      within(log).getByText(/Courriel : non envoyée : vous vous êtes désabonné/),
    ).toBeVisible();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('marks read and archives with the CSRF token and one idempotency key per action', async () => {
    const calls = fakeServer();
    await renderAlerts();
    const item = await screen.findByRole('article', { name: declaration.title });
    await userEvent.click(within(item).getByRole('button', { name: /Marquer comme lue/ }));
    await userEvent.click(within(item).getByRole('button', { name: /Archiver/ }));
    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts.map((c) => [c.url, c.body, c.csrf])).toEqual([
      [`/api/alertes/${encodeURIComponent(declaration.id)}/lu`, { read: true }, 'tok'],
      [`/api/alertes/${encodeURIComponent(declaration.id)}/archiver`, { archived: true }, 'tok'],
    ]);
    const keys = posts.map((c) => c.idempotencyKey);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).not.toBe(keys[0]);
  });

  it('filters by category and shows the archived alerts', async () => {
    const calls = fakeServer();
    await renderAlerts();
    await screen.findByRole('article', { name: declaration.title });
    await userEvent.selectOptions(screen.getByLabelText('Catégorie'), 'Changement de vos droits');
    expect(await screen.findByText(/1 alerte affichée/)).toBeVisible();
    expect(screen.queryByRole('article', { name: declaration.title })).toBeNull();
    await userEvent.click(screen.getByLabelText('Alertes archivées'));
    expect(await screen.findByText('Vous n’avez aucune alerte archivée.')).toBeVisible();
    expect(calls.map((c) => c.url)).toContain('/api/alertes?categorie=change&archivees=1');
  });

  it('offline, shows the last synchronised inbox with its date, read-only', async () => {
    fakeServer();
    const first = await renderAlerts();
    await screen.findByRole('article', { name: declaration.title });
    first.unmount();
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    await renderAlerts();
    expect(
      await screen.findByText(
        /hors ligne : voici vos alertes telles qu’elles étaient le 3 décembre 2026/,
      ),
    ).toBeVisible();
    const item = screen.getByRole('article', { name: declaration.title });
    expect(within(item).queryByRole('button', { name: /Archiver/ })).toBeNull();
  });
});

describe('/alertes on a kiosk', () => {
  afterEach(() => {
    clearKioskConfig();
  });

  it('keeps nothing of the inbox on the device', async () => {
    saveKioskConfig({
      kioskId: 'k1',
      token: 'secret',
      receptionAreaId: 'demo',
      receptionName: 'France Services Démo',
      organisation: 'France Services',
      printer: false,
      languages: ['fr'],
      idleSeconds: 120,
      warningSeconds: 30,
      agents: [],
    });
    await new Promise((resolve) => {
      indexedDB.deleteDatabase(SNAPSHOT_DB).onsuccess = resolve;
    });
    fakeServer();
    await renderAlerts();
    await screen.findByRole('article', { name: declaration.title });
    expect(
      screen.getByText(/Sur cet appareil partagé, vos alertes ne sont pas gardées/),
    ).toBeVisible();
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain(SNAPSHOT_DB);
  });
});
