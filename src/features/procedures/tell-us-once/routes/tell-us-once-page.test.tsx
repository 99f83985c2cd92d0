import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { indexedDbDraft, memoryDraft } from '../../../../shared/lib/device-drafts.ts';
import { deviceMode, leaveDiscreet } from '../../../../shared/lib/device-mode.ts';
import { axeViolations } from '../../../../shared/ui/testing/axe.ts';
import { draftSchema, type FormDraft } from '../hooks/use-form-draft.ts';
import { fakeServer, renderTellUsOnce, type Handler } from '../testing.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
  act(() => {
    leaveDiscreet();
  });
});

const brest = { postalCode: '29200', communes: [{ code: '29019', name: 'Brest' }] };
const receipt = (organisation: string, status: string) => ({
  organisation,
  status,
  receipt: status === 'acknowledged' ? `${organisation.toUpperCase()}-1a2b3c4d` : null,
  lastError: null,
  attempts: 1,
  updatedAt: Date.parse('2026-11-28T10:00:00Z'),
});

/** A logged-in person, Brest as the only commune of 29200, CAF and impots concerned. */
const server =
  (o: { loggedIn?: boolean; preview?: { status: number; body: unknown } } = {}): Handler =>
  (url, init) => {
    if (url === '/api/me')
      return o.loggedIn === false
        ? { status: 401, body: { error: 'unauthenticated' } }
        : { status: 200, body: { user: {}, csrfToken: 'tok' } };
    if (url.startsWith('/api/communes')) return { status: 200, body: brest };
    if (url === '/api/me/declarations/preview')
      return (
        o.preview ?? {
          status: 200,
          body: {
            content: (JSON.parse(init?.body as string) as { content: unknown }).content,
            recipients: [
              { organisation: 'caf', reason: 'pays-benefits', benefits: ['Prime d’activité'] },
              { organisation: 'impots', reason: 'tax-household' },
            ],
            unreachable: ['cnav'],
          },
        }
      );
    const declaration = {
      id: '7f1c7a1e-4b3e-4e53-9d0c-1a2b3c4d5e6f',
      kind: 'address',
      payload: {},
      createdAt: Date.now(),
      deliveries: [receipt('caf', 'acknowledged'), receipt('impots', 'retry')],
    };
    if (url === '/api/me/declarations' && init?.method === 'POST')
      return { status: 202, body: { ...declaration, deliveries: [receipt('caf', 'pending')] } };
    if (url.startsWith('/api/me/declarations/')) return { status: 200, body: declaration };
    return { status: 200, body: { declarations: [] } };
  };

async function fillMove(user: ReturnType<typeof userEvent.setup>, postalCode = '29200') {
  await user.click(screen.getByRole('radio', { name: /Un déménagement/ }));
  await user.click(screen.getByRole('button', { name: 'Continuer' }));
  await user.type(screen.getByRole('textbox', { name: /Numéro et voie/ }), '3 quai de la Douane');
  await user.type(screen.getByRole('textbox', { name: /Code postal/ }), postalCode);
}

describe('tell us once, the form', () => {
  it('asks what changes first, with the error summary and focus when nothing is chosen', async () => {
    fakeServer(server());
    const { container } = await renderTellUsOnce(memoryDraft());
    expect(
      screen.getByText('Sauf mention contraire, tous les champs sont obligatoires.'),
    ).toBeVisible();
    for (const radio of screen.getAllByRole('radio')) {
      expect(radio).toBeRequired();
    }
    await userEvent.click(screen.getByRole('button', { name: 'Continuer' }));
    const message = 'Ce qui change : choisissez ce que vous souhaitez déclarer.';
    expect(screen.getByRole('link', { name: message })).toBeVisible();
    expect(document.title).toMatch(/^Erreur : /);
    await waitFor(() => {
      expect(screen.getByRole('radio', { name: /Un déménagement/ })).toHaveFocus();
    });
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows each wrong field by its name, focuses the first, keeps what was typed', async () => {
    fakeServer(server());
    const user = userEvent.setup();
    const { container } = await renderTellUsOnce(memoryDraft());
    await fillMove(user, '2920');
    await user.type(screen.getByLabelText(/Date du déménagement/), '2999-01-01');
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    const postal = screen.getByRole('textbox', { name: /Code postal/ });
    expect(screen.getByRole('link', { name: /^Code postal : 5 chiffres/ })).toBeVisible();
    expect(screen.getByRole('link', { name: /au plus 90 jours à l’avance/ })).toBeVisible();
    expect(postal).toHaveAccessibleDescription('Code postal : 5 chiffres attendus (ex. 75011).');
    await waitFor(() => {
      expect(postal).toHaveFocus();
    });
    expect(postal).toHaveValue('2920');
    expect(screen.getByRole('textbox', { name: /Numéro et voie/ })).toHaveValue(
      '3 quai de la Douane',
    );
    expect(await axeViolations(container)).toEqual([]);
  });

  it('chooses the commune among those of the postal code', async () => {
    fakeServer(server());
    const user = userEvent.setup();
    await renderTellUsOnce(memoryDraft());
    await user.click(screen.getByRole('radio', { name: /Un déménagement/ }));
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    // The new step's title has the focus, so that it is announced.
    expect(
      screen.getByRole('heading', { level: 2, name: /Vos nouvelles informations/ }),
    ).toHaveFocus();
    await user.type(screen.getByRole('textbox', { name: /Code postal/ }), '29200');
    const select = screen.getByRole('combobox', { name: 'Commune' });
    await waitFor(() => {
      expect(select).toHaveValue('29019');
    });
  });

  it('shows the server’s refusal of the commune on the commune field', async () => {
    const message =
      'Commune : aucune commune de ce nom n’a ce code postal ; choisissez-la dans la liste.';
    fakeServer(
      server({
        preview: {
          status: 400,
          body: { fields: [{ path: 'content.communeCode', message }] },
        },
      }),
    );
    const user = userEvent.setup();
    await renderTellUsOnce(memoryDraft());
    await fillMove(user);
    await user.type(screen.getByLabelText(/Date du déménagement/), '2026-09-15');
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    const select = await screen.findByRole('combobox', { name: 'Commune' });
    await waitFor(() => {
      expect(select).toHaveAccessibleDescription(message);
    });
    expect(screen.getByRole('link', { name: message })).toBeVisible();
  });

  it('keeps the draft across a reload', async () => {
    fakeServer(server());
    const factory = new IDBFactory();
    const user = userEvent.setup();
    const first = await renderTellUsOnce(indexedDbDraft('t', draftSchema, factory));
    await fillMove(user);
    first.unmount();
    await renderTellUsOnce(indexedDbDraft<FormDraft>('t', draftSchema, factory));
    expect(await screen.findByRole('textbox', { name: /Numéro et voie/ })).toHaveValue(
      '3 quai de la Douane',
    );
    expect(screen.getByRole('textbox', { name: /Code postal/ })).toHaveValue('29200');
  });
});

describe('tell us once, family and network', () => {
  it('refuses a birth in the future and asks who was born, in French, field by field', async () => {
    fakeServer(server());
    const user = userEvent.setup();
    const { container } = await renderTellUsOnce(memoryDraft());
    await user.click(screen.getByRole('radio', { name: /Un changement familial/ }));
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    await user.click(screen.getByRole('radio', { name: 'Une naissance' }));
    await user.type(screen.getByLabelText(/Date de l’évènement/), '2999-05-01');
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(
      screen.getByRole('link', {
        name: 'Date de l’évènement : elle ne peut pas être dans le futur.',
      }),
    ).toBeVisible();
    expect(
      screen.getByRole('textbox', { name: 'Prénom et nom de l’enfant' }),
    ).toHaveAccessibleDescription('Prénom et nom : indiquez la personne concernée.');
    await waitFor(() => {
      expect(screen.getByLabelText(/Date de l’évènement/)).toHaveFocus();
    });
    expect(screen.getByLabelText(/Date de l’évènement/)).toHaveValue('2999-05-01');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says so when the service does not answer, and keeps everything typed', async () => {
    fakeServer(server({ preview: { status: 503, body: {} } }));
    const user = userEvent.setup();
    await renderTellUsOnce(memoryDraft());
    await fillMove(user);
    await user.type(screen.getByLabelText(/Date du déménagement/), '2026-09-15');
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Le service ne répond pas. Vos informations sont gardées',
    );
    expect(screen.getByRole('textbox', { name: /Numéro et voie/ })).toHaveValue(
      '3 quai de la Douane',
    );
  });
});

describe('tell us once, sending', () => {
  it('offers FranceConnect when nobody is logged in, keeping the draft', async () => {
    fakeServer(server({ loggedIn: false }));
    const store = memoryDraft<FormDraft>();
    const user = userEvent.setup();
    const { container } = await renderTellUsOnce(store);
    await fillMove(user);
    await user.type(screen.getByLabelText(/Date du déménagement/), '2026-09-15');
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    const login = await screen.findByRole('link', { name: /S’identifier avec FranceConnect/ });
    expect(login).toHaveAttribute(
      'href',
      '/auth/login?returnTo=%2Fdemarches%2Fchangement-de-situation',
    );
    expect((await store.load())?.values.line).toBe('3 quai de la Douane');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('asks consent per organisation, sends, and shows each receipt with its status', async () => {
    const calls = fakeServer(server());
    const user = userEvent.setup();
    const { container } = await renderTellUsOnce(memoryDraft());
    await fillMove(user);
    await user.type(screen.getByLabelText(/Date du déménagement/), '2026-09-15');
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    const caf = await screen.findByRole('checkbox', { name: /Caisse d’allocations familiales/ });
    expect(caf).not.toBeChecked();
    expect(screen.getByText('Vous verse : Prime d’activité')).toBeVisible();
    expect(screen.getByText(/n’ont pas répondu.*Assurance retraite/)).toBeVisible();
    expect(await axeViolations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Transmettre aux organismes cochés' }));
    expect(
      screen.getByRole('link', { name: /Organismes : choisissez au moins un organisme/ }),
    ).toBeVisible();
    await user.click(caf);
    await user.click(screen.getByRole('button', { name: 'Transmettre aux organismes cochés' }));
    expect(await screen.findByText('Accusé de réception')).toBeVisible();
    expect(screen.getByText('À réessayer')).toBeVisible();
    expect(screen.getByText('Référence : CAF-1a2b3c4d')).toBeVisible();
    const sent = calls.find((c) => c.startsWith('POST /api/me/declarations '));
    expect(sent).toContain('"organisations":["caf"]');
    expect(sent).toContain('"consent":true');
    expect(sent).toContain('"discreet":false');
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('the discreet journey', () => {
  it('comes back discreet from the login', async () => {
    fakeServer(server({ loggedIn: false }));
    const user = userEvent.setup();
    await renderTellUsOnce(memoryDraft(), '/?discret=1');
    await fillMove(user);
    await user.type(screen.getByLabelText(/Date du déménagement/), '2026-09-15');
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(
      await screen.findByRole('link', { name: /S’identifier avec FranceConnect/ }),
    ).toHaveAttribute(
      'href',
      '/auth/login?returnTo=%2Fdemarches%2Fchangement-de-situation%3Fdiscret%3D1',
    );
    expect(
      screen.getByText(/rien n’est gardé sur cet appareil : vous devrez saisir à nouveau/),
    ).toBeVisible();
  });

  it('opens the discreet mode (the shell shows the quick exit) and keeps nothing on the device', async () => {
    const calls = fakeServer(server());
    const factory = new IDBFactory();
    vi.stubGlobal('indexedDB', factory);
    const user = userEvent.setup();
    await renderTellUsOnce(undefined, '/?discret=1');
    expect(deviceMode()).toBe('discreet');
    expect(document.title).toMatch(/^Informations pratiques/);
    await fillMove(user);
    await act(() => Promise.resolve());
    expect(await factory.databases()).toEqual([]);
    expect(screen.queryByRole('heading', { name: 'Vos déclarations' })).toBeNull();
    await user.type(screen.getByLabelText(/Date du déménagement/), '2026-09-15');
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    await user.click(
      await screen.findByRole('checkbox', { name: /Caisse d’allocations familiales/ }),
    );
    await user.click(screen.getByRole('button', { name: 'Transmettre aux organismes cochés' }));
    await screen.findByText('Accusé de réception');
    // Marked discreet: the server leaves it out of the history on screen.
    expect(calls.find((c) => c.startsWith('POST /api/me/declarations '))).toContain(
      '"discreet":true',
    );
    expect(await factory.databases()).toEqual([]);
  });
});
