// /borne on a device that is not a kiosk, through the real shell and routes.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { routes } from './router.tsx';
import { setupI18n } from '../shared/i18n/index.ts';
import { isEnrolledKiosk, kioskConfig } from '../shared/lib/device-mode.ts';
import { axeViolations } from '../shared/ui/testing/axe.ts';

const SLOW = { timeout: 10_000 };
const settings = {
  receptionAreaId: 'demo-saint-flour',
  receptionName: 'France Services Démo de Saint-Flour',
  organisation: 'France Services',
  printer: true,
  languages: ['fr', 'en'],
  idleSeconds: 120,
  warningSeconds: 30,
  agents: ['Accueil'],
};

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  return render(<Suspense>{<RouterProvider router={router} />}</Suspense>);
}

describe('/borne on a device that is not a kiosk', () => {
  beforeAll(async () => {
    await setupI18n('fr');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('says what a kiosk is, enrols this device with a typed code and points agents to their workspace', async () => {
    const posts: { url: string; body: unknown }[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
        const url =
          typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        if (url === '/api/borne/enrolement' && init?.method === 'POST') {
          posts.push({
            url,
            body: JSON.parse(typeof init.body === 'string' ? init.body : '') as unknown,
          });
          return Response.json(
            { kioskId: 'k9', token: 'jeton', config: settings },
            { status: 201 },
          );
        }
        return Response.json({ unread: 0 });
      }),
    );
    const user = userEvent.setup();
    const { container } = renderAt('/borne');
    await screen.findByRole('heading', { level: 1, name: 'Borne en libre-service' }, SLOW);
    expect(screen.getByRole('link', { name: /Créer un lien d’installation/ })).toHaveAttribute(
      'href',
      '/accompagnement',
    );
    expect(await axeViolations(container)).toEqual([]);

    // An empty code is refused in French, nothing sent.
    await user.click(screen.getByRole('button', { name: 'Installer la borne' }));
    expect(await screen.findByText(/indiquez le code reçu/)).toBeVisible();
    expect(posts).toEqual([]);

    await user.type(screen.getByLabelText(/Code d’installation/), 'DEMO-BORNE');
    await user.click(screen.getByRole('button', { name: 'Installer la borne' }));
    await vi.waitFor(() => {
      expect(isEnrolledKiosk()).toBe(true);
    });
    expect(posts).toEqual([{ url: '/api/borne/enrolement', body: { code: 'DEMO-BORNE' } }]);
    expect(kioskConfig()).toMatchObject({ kioskId: 'k9', receptionName: settings.receptionName });
  });
});
