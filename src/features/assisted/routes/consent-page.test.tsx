import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../shared/ui/testing/axe.ts';
import { agentMe, created, mandate } from '../__fixtures__/assisted.ts';
import { fakeServer, renderAssisted, type Call } from '../testing.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

const PATH = '/accompagnement/consentement/tok123';

function server(o: { person: boolean; agent: boolean }) {
  return fakeServer(({ method, url }: Call) => {
    if (url === '/api/me')
      return o.person
        ? { status: 200, body: { user: {}, csrfToken: 'person-tok' } }
        : { status: 401 };
    if (url === '/api/agent/me') return o.agent ? { status: 200, body: agentMe } : { status: 401 };
    if (url === '/api/mandats/consentement/tok123')
      return method === 'POST'
        ? { status: 200, body: mandate }
        : {
            status: 200,
            body: { summary: created.summary, consentExpiresAt: created.consentExpiresAt },
          };
    if (method === 'POST' && url === '/auth/logout')
      return { status: 200, body: { logoutUrl: 'http://idp.example/logout' } };
    return undefined;
  });
}

describe('/accompagnement/consentement/:token', () => {
  it('asks the person to log in with FranceConnect first, back here', async () => {
    server({ person: false, agent: false });
    const { container } = await renderAssisted(PATH);
    expect(
      await screen.findByRole('link', { name: /S’identifier avec FranceConnect/ }),
    ).toHaveAttribute('href', `/auth/login?returnTo=${encodeURIComponent(PATH)}`);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('on the person’s own phone: the summary, the consent, the way to Mes mandats', async () => {
    const calls = server({ person: true, agent: false });
    const { container } = await renderAssisted(PATH);
    expect(
      await screen.findByText(
        /France Services Démo de Saint-Flour, où vous reçoit Camille Fontaine/,
      ),
    ).toBeVisible();
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'J’accepte et je donne mandat' }));
    expect(
      await screen.findByText(/votre accord est enregistré, le mandat est actif/),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Voir mes mandats' })).toHaveAttribute(
      'href',
      '/mes-mandats',
    );
    const post = calls.find((c) => c.method === 'POST');
    expect(post).toMatchObject({ body: { accept: true }, csrf: 'person-tok' });
    expect(calls.some((c) => c.url === '/auth/logout')).toBe(false);
  });

  it('on the agent’s device: the person is logged out and nothing of theirs stays', async () => {
    const assign = vi.fn();
    vi.stubGlobal('location', { assign, pathname: PATH, origin: 'http://localhost' });
    localStorage.setItem('droits360-simulate-something', 'personal');
    const calls = server({ person: true, agent: true });
    await renderAssisted(PATH);
    await userEvent.click(
      await screen.findByRole('button', { name: 'J’accepte et je donne mandat' }),
    );
    expect(await screen.findByText(/Vous allez être déconnecté de cet appareil/)).toBeVisible();
    await vi.waitFor(() => {
      expect(assign).toHaveBeenCalledWith('http://idp.example/logout');
    });
    expect(calls.find((c) => c.url === '/auth/logout')?.csrf).toBe('person-tok');
    expect(localStorage.getItem('droits360-simulate-something')).toBeNull();
  });

  it('says plainly when the link is no longer valid', async () => {
    fakeServer(({ url }) => {
      if (url === '/api/me') return { status: 200, body: { csrfToken: 'person-tok' } };
      if (url === '/api/agent/me') return { status: 401 };
      if (url === '/api/mandats/consentement/tok123')
        return {
          status: 410,
          body: {
            error: 'consent_expired',
            message: 'Ce lien a expiré : demandez au conseiller de le préparer à nouveau.',
          },
        };
      return undefined;
    });
    await renderAssisted(PATH);
    expect(await screen.findByText(/Ce lien a expiré/)).toBeVisible();
  });
});
