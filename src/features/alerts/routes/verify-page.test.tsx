import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../shared/ui/testing/axe.ts';
import { fakeServer, renderAlerts } from '../testing.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('/alertes/verifier', () => {
  it('tells a genuine code with its date, and a false one with what to do', async () => {
    fakeServer(({ url }) => {
      if (url === '/api/alertes/verifier?code=K7P2-9QXM')
        return {
          status: 200,
          body: { genuine: true, sentAt: Date.parse('2026-12-02T14:05:00Z'), channel: 'email' },
        };
      if (url.startsWith('/api/alertes/verifier')) return { status: 200, body: { genuine: false } };
      return undefined;
    });
    const { container } = await renderAlerts('/alertes/verifier?code=K7P2-9QXM');
    expect(screen.getByText(/votre mot de passe/)).toBeVisible();
    expect(screen.getByText(/vos coordonnées bancaires/)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Vérifier' }));
    expect(
      await screen.findByText(
        /vient bien de Droits360 : il vous a été envoyé le 2 décembre 2026 à 15:05 \(Courriel\)/,
      ),
    ).toBeVisible();
    const field = screen.getByLabelText(/Code de vérification/);
    await userEvent.clear(field);
    await userEvent.type(field, 'ZZZZ-0000');
    await userEvent.click(screen.getByRole('button', { name: 'Vérifier' }));
    expect(await screen.findByText(/ne correspond à aucun message/)).toBeVisible();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('refuses an empty code without asking the server, and asks to log in on a 401', async () => {
    const calls = fakeServer(({ url }) =>
      url.startsWith('/api/alertes/verifier') ? { status: 401, body: {} } : undefined,
    );
    await renderAlerts('/alertes/verifier');
    await userEvent.click(screen.getByRole('button', { name: 'Vérifier' }));
    expect(await screen.findByText(/Saisissez le code de vérification/)).toBeVisible();
    expect(calls).toHaveLength(0);
    await userEvent.type(screen.getByLabelText(/Code de vérification/), 'AB12');
    await userEvent.click(screen.getByRole('button', { name: 'Vérifier' }));
    expect(
      await screen.findByRole('link', { name: /S’identifier avec FranceConnect/ }),
    ).toHaveAttribute(
      'href',
      `/auth/login?returnTo=${encodeURIComponent('/alertes/verifier?code=AB12')}`,
    );
  });
});

describe('links from an e-mail', () => {
  it('confirms the address with one click, sending the token', async () => {
    const calls = fakeServer();
    await renderAlerts('/alertes/email/confirmer?jeton=abcdefghijklmnopqrstu');
    await userEvent.click(screen.getByRole('button', { name: 'Confirmer mon adresse' }));
    expect(await screen.findByText(/Votre adresse est confirmée/)).toBeVisible();
    const post = calls.find((c) => c.method === 'POST');
    expect(post).toMatchObject({
      url: '/api/alertes/email/confirmer',
      body: { token: 'abcdefghijklmnopqrstu' },
      csrf: 'tok',
    });
  });

  it('unsubscribes in one click and names what stopped; a bad link says so', async () => {
    fakeServer(({ url, body }) => {
      if (url !== '/api/alertes/desabonnement') return undefined;
      return (body as { token: string }).token === 'abcdefghijklmnopqrstu'
        ? { status: 200, body: { category: 'revaluation', channel: 'email' } }
        : { status: 400, body: { error: 'token', message: 'Lien invalide' } };
    });
    const first = await renderAlerts('/alertes/desabonnement?jeton=abcdefghijklmnopqrstu');
    await userEvent.click(screen.getByRole('button', { name: 'Me désabonner' }));
    expect(
      await screen.findByText(/vous ne recevrez plus « Revalorisation » par courriel/),
    ).toBeVisible();
    first.unmount();
    await renderAlerts('/alertes/desabonnement?jeton=zzzzzzzzzzzzzzzzzzzz');
    await userEvent.click(screen.getByRole('button', { name: 'Me désabonner' }));
    expect(await screen.findByText(/Ce lien de désabonnement n’est pas valable/)).toBeVisible();
  });
});
