import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mayKeep } from '../../../shared/lib/device-mode.ts';
import { axeViolations } from '../../../shared/ui/testing/axe.ts';
import { agentMe, journal, managerMe, mandate } from '../__fixtures__/assisted.ts';
import { fakeServer, type Call } from '../testing.tsx';
import { renderAssisted } from '../testing.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

const ticket = {
  id: 't1',
  number: 'A-012',
  createdAt: Date.parse('2026-12-03T09:15:00Z'),
  receptionName: 'Accueil',
};

function agentServer(
  me: unknown = agentMe,
  extra: (c: Call) => { status: number; body?: unknown } | undefined = () => undefined,
) {
  let waiting = [ticket];
  return fakeServer((call) => {
    const answer = extra(call);
    if (answer) return answer;
    const { method, url } = call;
    if (url === '/api/agent/me') return { status: 200, body: me };
    if (url === '/api/agent/tickets') return { status: 200, body: { tickets: waiting } };
    if (method === 'POST' && url === '/api/agent/tickets/t1/prendre') {
      waiting = [];
      return { status: 200, body: ticket };
    }
    if (method === 'POST' && url === '/api/agent/tickets/t1/terminer') return { status: 204 };
    if (url === '/api/agent/mandats') return { status: 200, body: { mandates: [mandate] } };
    if (url === '/api/agent/journal') return { status: 200, body: { entries: journal } };
    return undefined;
  });
}

describe('/accompagnement', () => {
  it('shows a visitor what accompaniment is and the ProConnect login', async () => {
    fakeServer(({ url }) =>
      url === '/api/agent/me'
        ? { status: 401, body: { error: 'agent_unauthenticated' } }
        : undefined,
    );
    const { container } = await renderAssisted('/accompagnement');
    expect(
      await screen.findByRole('link', { name: 'Se connecter avec ProConnect' }),
    ).toHaveAttribute(
      'href',
      `/auth/agent/login?returnTo=${encodeURIComponent('/accompagnement')}`,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Être accompagné' })).toBeVisible();
    // The person helped finds their own mandates and history from here too.
    expect(
      screen.getByRole('link', { name: 'Mes mandats et mon historique d’accompagnement' }),
    ).toHaveAttribute('href', '/mes-mandats');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('gives an agent the waiting list (take, then done) and the structure’s mandates', async () => {
    const calls = agentServer();
    const { container } = await renderAssisted('/accompagnement');
    expect(
      await screen.findByText(/Camille Fontaine, France Services Démo de Saint-Flour/),
    ).toBeVisible();
    // An agent works on this browser: nothing personal may be kept on it.
    expect(mayKeep()).toBe(false);
    expect(screen.getByRole('link', { name: 'Accompagner une personne' })).toHaveAttribute(
      'href',
      '/accompagnement/mandat/nouveau',
    );
    const waiting = await screen.findByRole('list', { name: 'Tickets en attente' });
    expect(within(waiting).getByText(/Ticket A-012/)).toBeVisible();

    const table = await screen.findByRole('table', { name: /Mandats en cours et passés/ });
    expect(within(table).getByText('Nadia Benali')).toBeVisible();
    expect(within(table).getByText('Social – Santé, Logement')).toBeVisible();
    expect(within(table).getByText('3 janvier 2027')).toBeVisible();
    expect(within(table).getByText('à renouveler')).toBeVisible();
    expect(within(table).getByRole('link', { name: 'Agir pour Nadia Benali' })).toHaveAttribute(
      'href',
      `/accompagnement/mandats/${mandate.id}`,
    );
    expect(screen.queryByRole('heading', { name: 'Journal de la structure' })).toBeNull();
    expect(await axeViolations(container)).toEqual([]);

    await userEvent.click(within(waiting).getByRole('button', { name: 'Prendre en charge' }));
    expect(await screen.findByText('Vous recevez le ticket A-012.')).toBeVisible();
    expect(await screen.findByText('Personne n’attend pour le moment.')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Terminé' }));
    await vi.waitFor(() => {
      expect(screen.queryByText('Vous recevez le ticket A-012.')).toBeNull();
    });
    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts.map((c) => [c.url, c.csrf])).toEqual([
      ['/api/agent/tickets/t1/prendre', 'agent-tok'],
      ['/api/agent/tickets/t1/terminer', 'agent-tok'],
    ]);
    expect(posts.every((c) => c.idempotencyKey)).toBe(true);
  });

  it('says a ticket a colleague took is gone', async () => {
    agentServer(agentMe, ({ url }) =>
      url === '/api/agent/tickets/t1/prendre'
        ? { status: 409, body: { error: 'ticket_taken', message: 'déjà pris' } }
        : undefined,
    );
    await renderAssisted('/accompagnement');
    await userEvent.click(await screen.findByRole('button', { name: 'Prendre en charge' }));
    expect(
      await screen.findByText('Ce ticket a déjà été pris en charge par un collègue.'),
    ).toBeVisible();
  });

  it('renews a mandate due within 30 days: the person consents again', async () => {
    const calls = agentServer(agentMe, ({ method, url }) => {
      if (method === 'POST' && url === `/api/agent/mandats/${mandate.id}/renouveler`)
        return {
          status: 201,
          body: {
            id: '7d1f2b3c-4a5e-4f60-8a7b-9c0d1e2f3a4b',
            status: 'en-attente',
            consentPath: '/accompagnement/consentement/renew1',
            consentExpiresAt: Date.now() + 900_000,
            summary: {
              structure: mandate.structure,
              agent: mandate.agent,
              domains: mandate.domains,
              durationDays: 31,
              endsAt: Date.now() + 31 * 86_400_000,
              renews: mandate.id,
            },
          },
        };
      if (url === '/api/agent/mandats/7d1f2b3c-4a5e-4f60-8a7b-9c0d1e2f3a4b')
        return {
          status: 200,
          body: { ...mandate, id: '7d1f2b3c-4a5e-4f60-8a7b-9c0d1e2f3a4b', status: 'en-attente' },
        };
      return undefined;
    });
    await renderAssisted('/accompagnement');
    await userEvent.click(
      await screen.findByRole('button', { name: 'Renouveler le mandat de Nadia Benali' }),
    );
    expect(await screen.findByRole('heading', { name: 'L’accord de la personne' })).toBeVisible();
    expect(
      screen.getByRole('link', { name: 'Donner son accord sur cet appareil' }),
    ).toHaveAttribute('href', '/accompagnement/consentement/renew1');
    expect(calls.find((c) => c.url.endsWith('/renouveler'))?.body).toEqual({ durationDays: 31 });
  });

  it('shows a manager the structure’s journal', async () => {
    agentServer(managerMe);
    await renderAssisted('/accompagnement');
    const table = await screen.findByRole('table', { name: /Toutes les actions faites/ });
    expect(within(table).getByText('Démarche envoyée — Logement — Aide au logement')).toBeVisible();
  });
  it('creates a kiosk installation link (QR code and address) and lists the area’s kiosks', async () => {
    const checkIn = Date.parse('2026-12-03T10:00:00Z');
    const calls = agentServer(agentMe, ({ method, url }) => {
      if (url === '/api/borne/statut')
        return {
          status: 200,
          body: {
            kiosks: [
              {
                kioskId: 'k1',
                receptionName: 'France Services Démo de Saint-Flour',
                organisation: 'France Services',
                appVersion: '1.4.0',
                lastCheckIn: checkIn,
                offlineMs: 120_000,
                lastReset: null,
              },
            ],
          },
        };
      if (method === 'POST' && url === '/api/agent/borne/codes')
        return {
          status: 201,
          body: {
            code: 'ABCD-EFGH-JKLM',
            link: '/borne/installer#code=ABCD-EFGH-JKLM',
            expiresAt: checkIn + 86_400_000,
          },
        };
      return undefined;
    });
    const { container } = await renderAssisted('/accompagnement');
    const table = await screen.findByRole('table', { name: 'État des bornes de l’accueil' });
    expect(within(table).getByText('1.4.0')).toBeVisible();
    expect(within(table).getByText('2 minutes')).toBeVisible();
    expect(within(table).getByText('jamais')).toBeVisible();

    await userEvent.click(screen.getByRole('button', { name: 'Créer un lien d’installation' }));
    expect(await screen.findByText(/Code d’installation ABCD-EFGH-JKLM/)).toBeVisible();
    expect(
      screen.getByRole('link', { name: /\/borne\/installer#code=ABCD-EFGH-JKLM$/ }),
    ).toHaveAttribute('href', `${window.location.origin}/borne/installer#code=ABCD-EFGH-JKLM`);
    const post = calls.find((c) => c.url === '/api/agent/borne/codes');
    expect(post).toMatchObject({
      method: 'POST',
      csrf: 'agent-tok',
      body: { printer: true, reusable: false },
    });
    expect(await axeViolations(container)).toEqual([]);
  });
});
