import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../shared/ui/testing/axe.ts';
import { fakeServer, renderAlerts } from '../testing.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('/alertes/preferences', () => {
  it('is a table of named checkboxes with the server’s defaults, saved with the CSRF token', async () => {
    const calls = fakeServer();
    const { container } = await renderAlerts('/alertes/preferences');
    const table = await screen.findByRole('table', { name: 'Sujets et moyens d’être alerté' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Sujet', 'Dans l’application', 'Notification sur vos appareils', 'Courriel']);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(5);
    const info = screen.getByRole('checkbox', {
      name: 'Informations et prévention : Notification sur vos appareils',
    });
    expect(info).not.toBeChecked();
    const push = screen.getByRole('checkbox', {
      name: /^Échéances .* : Notification sur vos appareils$/,
    });
    expect(push).toBeChecked();
    await userEvent.click(push);
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer mes choix' }));
    expect(await screen.findByText('Vos choix sont enregistrés.')).toBeVisible();
    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.csrf).toBe('tok');
    expect(put?.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(put?.body).toMatchObject({
      matrix: { deadline: { inapp: true, push: false, email: true } },
    });
    expect(await axeViolations(container)).toEqual([]);
  });

  it('sends the e-mail confirmation and says so; refuses a malformed address without a request', async () => {
    let address: string | null = null;
    const calls = fakeServer(({ method, url, body }) => {
      if (method === 'POST' && url === '/api/alertes/email') {
        address = (body as { address: string }).address;
        return { status: 200, body: {} };
      }
      if (url === '/api/alertes/preferences' && address)
        return {
          status: 200,
          body: {
            matrix: {
              deadline: { inapp: true, push: true, email: true },
              change: { inapp: true, push: true, email: true },
              revaluation: { inapp: true, push: true, email: true },
              unclaimed: { inapp: true, push: true, email: true },
              information: { inapp: false, push: false, email: false },
            },
            email: { address, confirmed: false },
          },
        };
      return undefined;
    });
    await renderAlerts('/alertes/preferences');
    const field = await screen.findByLabelText(/Adresse électronique/);
    await userEvent.type(field, 'nadia@exemple');
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer le lien de confirmation' }));
    expect(await screen.findByText(/Saisissez une adresse électronique valide/)).toBeVisible();
    expect(calls.some((c) => c.url === '/api/alertes/email')).toBe(false);
    await userEvent.type(field, '.fr');
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer le lien de confirmation' }));
    expect(await screen.findByText(/Confirmation envoyée à nadia@exemple\.fr/)).toBeVisible();
  });

  it('asks for notification permission only after a click', async () => {
    fakeServer();
    const requestPermission = vi.fn(() => Promise.resolve('default'));
    vi.stubGlobal('Notification', { permission: 'default', requestPermission });
    vi.stubGlobal('PushManager', function PushManager() {});
    Object.defineProperty(navigator, 'serviceWorker', {
      configurable: true,
      value: { getRegistration: () => Promise.resolve(undefined) },
    });
    await renderAlerts('/alertes/preferences');
    const button = await screen.findByRole('button', {
      name: 'Activer les notifications sur cet appareil',
    });
    await vi.waitFor(() => {
      expect(button).toBeEnabled();
    });
    expect(requestPermission).not.toHaveBeenCalled();
    await userEvent.click(button);
    expect(requestPermission).toHaveBeenCalledOnce();
    expect(await screen.findByText(/Vous n’avez pas autorisé les notifications/)).toBeVisible();
    Reflect.deleteProperty(navigator, 'serviceWorker');
  });

  it('on an iPhone not installed on the home screen, explains installing first', async () => {
    fakeServer();
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Safari/604.1',
    );
    vi.stubGlobal('matchMedia', () => ({ matches: false }));
    await renderAlerts('/alertes/preferences');
    expect(await screen.findByText(/Sur l’écran d’accueil/)).toBeVisible();
    expect(screen.queryByRole('button', { name: /Activer les notifications/ })).toBeNull();
    vi.restoreAllMocks();
  });
});
