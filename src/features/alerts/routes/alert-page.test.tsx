import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../shared/ui/testing/axe.ts';
import { declaration } from '../__fixtures__/alerts.ts';
import { fakeServer, renderAlerts } from '../testing.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

const path = `/alertes/${encodeURIComponent(declaration.id)}`;

describe('/alertes/:id', () => {
  it('shows the alert fetched from the server, marks it read and stops a channel in one click', async () => {
    const calls = fakeServer();
    const { container } = await renderAlerts(path);
    expect(await screen.findByRole('heading', { level: 1, name: declaration.title })).toBeVisible();
    expect(screen.getByText(declaration.body)).toBeVisible();
    await vi.waitFor(() => {
      expect(calls.find((c) => c.url.endsWith('/lu'))?.body).toEqual({ read: true });
    });
    const stop = await screen.findByRole('button', {
      name: 'Ne plus recevoir « Échéance » par notification',
    });
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.click(stop);
    expect(
      await screen.findByText('C’est noté : vous ne recevrez plus « Échéance » par notification.'),
    ).toBeVisible();
    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.body).toMatchObject({
      matrix: { deadline: { inapp: true, push: false, email: true } },
    });
  });

  it('says when the alert no longer exists', async () => {
    fakeServer(({ url }) =>
      url.startsWith('/api/alertes/inconnue') ? { status: 404, body: {} } : undefined,
    );
    await renderAlerts('/alertes/inconnue');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /n’existe pas ou n’est plus disponible/,
    );
  });

  it('asks to log in first, coming back to the alert', async () => {
    fakeServer(({ url }) => (url === '/api/me' ? { status: 401, body: {} } : undefined));
    await renderAlerts(path);
    expect(
      await screen.findByRole('link', { name: /S’identifier avec FranceConnect/ }),
    ).toHaveAttribute('href', `/auth/login?returnTo=${encodeURIComponent(path)}`);
  });
});
