import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../shared/ui/testing/axe.ts';
import { agentMe, created, mandate } from '../__fixtures__/assisted.ts';
import { fakeServer, renderAssisted } from '../testing.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

function server(status: 'en-attente' | 'actif') {
  return fakeServer(({ method, url }) => {
    if (url === '/api/agent/me') return { status: 200, body: agentMe };
    if (method === 'POST' && url === '/api/agent/mandats') return { status: 201, body: created };
    if (url === `/api/agent/mandats/${created.id}`)
      return { status: 200, body: { ...mandate, id: created.id, status } };
    return undefined;
  });
}

async function prepare() {
  await userEvent.click(await screen.findByRole('checkbox', { name: 'Social – Santé' }));
  await userEvent.click(screen.getByRole('checkbox', { name: 'Logement' }));
  await userEvent.click(screen.getByRole('radio', { name: '1 mois (31 jours)' }));
  await userEvent.click(screen.getByRole('button', { name: 'Préparer le mandat' }));
}

describe('/accompagnement/mandat/nouveau', () => {
  it('offers the 10 domains and the 4 durations, and says what is missing without sending', async () => {
    const calls = server('en-attente');
    const { container } = await renderAssisted('/accompagnement/mandat/nouveau');
    expect(await screen.findAllByRole('checkbox')).toHaveLength(10);
    expect(screen.getByRole('checkbox', { name: 'Argent – Impôts – Consommation' })).toBeVisible();
    expect(screen.getAllByRole('radio').map((r) => r.closest('div')?.textContent)).toEqual([
      '1 jour',
      '1 mois (31 jours)',
      '6 mois (182 jours)',
      '1 an (365 jours)',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Préparer le mandat' }));
    expect(await screen.findByText('Choisissez au moins un domaine de démarches.')).toBeVisible();
    expect(screen.getByText(/Durée du mandat : choisissez 1 jour/)).toBeVisible();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('creates the mandate, shows the summary (FALC too), the QR code and this device’s link', async () => {
    const calls = server('en-attente');
    const { container } = await renderAssisted('/accompagnement/mandat/nouveau');
    await prepare();
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.body).toEqual({ domains: ['social', 'logement'], durationDays: 31 });
    expect(post?.csrf).toBe('agent-tok');
    expect(await screen.findByRole('heading', { name: 'Résumé du mandat' })).toBeVisible();
    expect(screen.getByText(/prend fin le 3 janvier 2027/)).toBeVisible();
    expect(
      await screen.findByRole('img', { name: 'QR code de la page de consentement' }),
    ).toBeVisible();
    expect(
      screen.getByRole('link', { name: 'Donner son accord sur cet appareil' }),
    ).toHaveAttribute('href', '/accompagnement/consentement/tok123');
    expect(screen.getByText('En attente de l’accord de la personne…')).toBeVisible();
    await userEvent.click(
      screen.getByRole('button', { name: /version facile à lire et à comprendre/ }),
    );
    expect(screen.getByRole('heading', { name: 'Résumé facile à lire' })).toBeVisible();
    expect(screen.getByText('Vous pouvez arrêter quand vous voulez.')).toBeVisible();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('once the person consented: the way to act and the printable mandate', async () => {
    server('actif');
    await renderAssisted('/accompagnement/mandat/nouveau');
    await prepare();
    expect(await screen.findByText(/le mandat est actif/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Agir pour cette personne' })).toHaveAttribute(
      'href',
      `/accompagnement/mandats/${created.id}`,
    );
    expect(screen.getByRole('link', { name: /Mandat à imprimer/ })).toHaveAttribute(
      'href',
      `/api/agent/mandats/${created.id}/mandat.pdf`,
    );
  });
});
