import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../shared/ui/testing/axe.ts';
import { journal, mandate } from '../__fixtures__/assisted.ts';
import { fakeServer, renderAssisted, type Call, type Reply } from '../testing.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

function server(extra: (c: Call) => Reply = () => undefined) {
  let current = mandate;
  return fakeServer((call) => {
    const answer = extra(call);
    if (answer) return answer;
    const { method, url } = call;
    if (url === '/api/me') return { status: 200, body: { user: {}, csrfToken: 'person-tok' } };
    if (url === '/api/me/mandats') return { status: 200, body: { mandates: [current] } };
    if (url === '/api/me/accompagnement/journal')
      return { status: 200, body: { entries: journal } };
    if (method === 'POST' && url === `/api/me/mandats/${mandate.id}/revoquer`) {
      current = { ...mandate, status: 'revoque', revokedAt: Date.now(), revokedBy: 'personne' };
      return { status: 200, body: current };
    }
    if (method === 'POST' && url === '/api/me/partages')
      return {
        status: 201,
        body: { code: 'ABCD-EFGH-JKLM', expiresAt: Date.parse('2026-12-04T10:00:00Z') },
      };
    if (method === 'POST' && url === '/api/me/partages/ABCD-EFGH-JKLM/revoquer')
      return { status: 204 };
    return undefined;
  });
}

async function saveSimulation() {
  await new Promise<void>((resolve, reject) => {
    const req = indexedDB.open('droits360-simulate', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('drafts');
    req.onsuccess = () => {
      const tx = req.result.transaction('drafts', 'readwrite');
      tx.objectStore('drafts').put(
        { answers: { couple: false }, benefits: ['rsa'], prefilled: [] },
        'current',
      );
      tx.oncomplete = () => {
        req.result.close();
        resolve();
      };
      tx.onerror = () => {
        reject(new Error('idb'));
      };
    };
  });
}

describe('/mes-mandats', () => {
  it('asks a visitor to log in with FranceConnect', async () => {
    fakeServer(({ url }) => (url === '/api/me' ? { status: 401 } : undefined));
    await renderAssisted('/mes-mandats');
    expect(
      await screen.findByRole('link', { name: /S’identifier avec FranceConnect/ }),
    ).toHaveAttribute('href', `/auth/login?returnTo=${encodeURIComponent('/mes-mandats')}`);
  });

  it(
    'lists the mandates and the history, and revokes after a confirmation',
    { timeout: 20_000 },
    async () => {
      const calls = server();
      const { container } = await renderAssisted('/mes-mandats');
      const item = await screen.findByTestId('my-mandate');
      expect(
        within(item).getByRole('heading', { name: 'France Services Démo de Saint-Flour' }),
      ).toBeVisible();
      expect(within(item).getByText(/Social – Santé, Logement/)).toBeVisible();
      const history = await screen.findByRole('table', { name: /Ce qui a été fait en votre nom/ });
      expect(
        within(history).getByText('Démarche envoyée — Logement — Aide au logement'),
      ).toBeVisible();
      expect(
        within(history).getByText('Camille Fontaine (France Services Démo de Saint-Flour)'),
      ).toBeVisible();
      expect(
        screen.getByRole('heading', { name: 'Mon historique d’accompagnement' }),
      ).toBeVisible();
      expect(await axeViolations(container)).toEqual([]);

      await userEvent.click(within(item).getByRole('button', { name: 'Révoquer' }));
      expect(calls.some((c) => c.url.endsWith('/revoquer'))).toBe(false);
      await userEvent.click(screen.getByRole('button', { name: 'Oui, révoquer le mandat' }));
      expect(await within(item).findByText('révoqué')).toBeVisible();
      expect(within(item).queryByRole('button', { name: 'Révoquer' })).toBeNull();
      expect(calls.find((c) => c.url.endsWith('/revoquer'))?.csrf).toBe('person-tok');
    },
  );

  it('shares the simulation kept on this device with a code, then revokes it', async () => {
    await saveSimulation();
    const calls = server();
    await renderAssisted('/mes-mandats');
    await userEvent.click(await screen.findByRole('button', { name: 'Créer un code de partage' }));
    expect(await screen.findByTestId('share-code')).toHaveTextContent('ABCD-EFGH-JKLM');
    expect(screen.getByText(/Valable jusqu’au 4 décembre 2026/)).toBeVisible();
    expect(calls.find((c) => c.url === '/api/me/partages')?.body).toEqual({
      situation: { answers: { couple: false }, benefits: ['rsa'] },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Révoquer le partage' }));
    expect(await screen.findByText(/le code ne fonctionne plus/)).toBeVisible();
  });
});
