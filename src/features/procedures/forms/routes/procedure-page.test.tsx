import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { procedureById, type ProcedureDef } from '../../../../shared/contracts/procedures.ts';
import { indexedDbDraft, memoryDraft } from '../../../../shared/lib/device-drafts.ts';
import { axeViolations } from '../../../../shared/ui/testing/axe.ts';
import { formDraft, type FormDraft, type PendingRequest } from '../lib/device.ts';
import { fakeServer, renderWithApp, type Handler } from '../testing.tsx';
import { ProcedureScreen } from './procedure-page.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

const def = procedureById('aide-logement') as ProcedureDef;
const receipt = {
  id: '7f1c7a1e-4b3e-4e53-9d0c-1a2b3c4d5e6f',
  procedure: 'aide-logement',
  organisation: 'caf',
  status: 'acknowledged',
  reference: 'CAF-1a2b3c4d',
  createdAt: Date.parse('2026-11-28T10:00:00Z'),
  documents: [],
  clientRef: 'x',
};

const server =
  (o: { submit?: { status: number; body: unknown } } = {}): Handler =>
  (url, init) => {
    if (url === '/api/me') return { status: 200, body: { user: {}, csrfToken: 'tok' } };
    if (url.endsWith('/prefill'))
      return {
        status: 200,
        body: {
          procedure: 'aide-logement',
          values: {
            givenName: 'Nadia',
            familyName: 'Exemple',
            birthDate: '1990-04-12',
            email: 'n@example.org',
          },
          sources: {
            givenName: 'franceconnect',
            familyName: 'franceconnect',
            birthDate: 'franceconnect',
            email: 'franceconnect',
          },
        },
      };
    if (url === '/api/me/procedures' && init?.method === 'POST')
      return o.submit ?? { status: 201, body: receipt };
    if (url === '/api/me/documents')
      return { status: 200, body: { documents: [], maxBytes: 10485760 } };
    return { status: 200, body: { procedures: [] } };
  };

/** Every step answered: the person is on the review step. */
const COMPLETE: FormDraft = {
  values: {
    givenName: 'Nadia',
    familyName: 'Exemple',
    birthDate: '1990-04-12',
    email: 'n@example.org',
    addressLine: '12 rue des Essais',
    postalCode: '59000',
    commune: 'Lille',
    movedInOn: '2019-06-01',
    housingStatus: 'tenant',
    rent: '620',
    monthlyResources: '1450',
  },
  step: 3,
  documents: [],
  clientRef: '0b6f3c1e-8d7a-4b1e-9e1a-2c3d4e5f6a7b',
};

function screenFor(store = memoryDraft<FormDraft>(), pending = memoryDraft<PendingRequest[]>()) {
  return renderWithApp(<ProcedureScreen def={def} store={store} pending={pending} kept />);
}

describe('a prefilled procedure', () => {
  it('starts from known data, marked and editable, and keeps what is typed after an error', async () => {
    fakeServer(server());
    const user = userEvent.setup();
    const { container } = await screenFor();
    const given = await screen.findByRole('textbox', { name: /Prénom/ });
    await waitFor(() => {
      expect(given).toHaveValue('Nadia');
    });
    expect(screen.getAllByText('Pré-rempli : FranceConnect').length).toBeGreaterThan(0);
    expect(
      screen.getByText('Sauf mention contraire, tous les champs sont obligatoires.'),
    ).toBeVisible();
    expect(given).toBeRequired();
    expect(given).toHaveAttribute('aria-required', 'true');
    expect(screen.getByLabelText(/Téléphone/)).not.toBeRequired();
    await user.clear(screen.getByRole('textbox', { name: /Adresse électronique/ }));
    await user.type(screen.getByRole('textbox', { name: /Adresse électronique/ }), 'nadia@');
    await user.type(screen.getByRole('textbox', { name: /Téléphone/ }), '06 12 34 56 78');
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(await screen.findByText('Certaines informations sont à corriger')).toBeVisible();
    expect(document.title).toMatch(/^Erreur : /);
    const email = screen.getByRole('textbox', { name: /Adresse électronique/ });
    await waitFor(() => {
      expect(email).toHaveFocus();
    });
    expect(email).toHaveAccessibleDescription(
      'Adresse électronique au format nom@exemple.fr attendue.',
    );
    expect(screen.getByRole('textbox', { name: /Téléphone/ })).toHaveValue('06 12 34 56 78');
    await user.clear(email);
    await user.type(email, 'nadia@exemple.fr');
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    await waitFor(() => {
      expect(document.title).not.toMatch(/^Erreur/);
    });
    expect(await axeViolations(container)).toEqual([]);
  }, 15_000); // a long journey checked with axe, on a shared machine

  it('restores the draft kept on the device after a reload', async () => {
    fakeServer(server());
    const store = indexedDbDraft('d360-test-procedure', formDraft, new IDBFactory());
    const user = userEvent.setup();
    const first = await screenFor(store);
    const phone = await screen.findByRole('textbox', { name: /Téléphone/ });
    await user.type(phone, '0612345678');
    await waitFor(async () => {
      expect((await store.load())?.values.phone).toBe('0612345678');
    });
    first.unmount();
    await screenFor(store);
    expect(await screen.findByRole('textbox', { name: /Téléphone/ })).toHaveValue('0612345678');
    expect(screen.getByText(/Brouillon enregistré sur cet appareil/)).toBeVisible();
  });

  it('waits for the network, then sends when it returns', async () => {
    const calls = fakeServer(server());
    const pending = memoryDraft<PendingRequest[]>();
    const store = memoryDraft<FormDraft>();
    await store.save(COMPLETE);
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const user = userEvent.setup();
    await screenFor(store, pending);
    await user.click(await screen.findByRole('button', { name: 'Envoyer ma demande' }));
    expect(await screen.findByText('Envoi en attente du réseau')).toBeVisible();
    expect((await pending.load())?.map((r) => r.clientRef)).toEqual([
      '0b6f3c1e-8d7a-4b1e-9e1a-2c3d4e5f6a7b',
    ]);
    expect(calls.some((c) => c.startsWith('POST /api/me/procedures'))).toBe(false);
    online.mockReturnValue(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(await screen.findByText('Accusé de réception')).toBeVisible();
    expect(screen.getByText('Référence : CAF-1a2b3c4d')).toBeVisible();
    expect(await pending.load()).toBeUndefined();
    online.mockRestore();
  });

  it('moves the focus to the receipt once sent (the form that had it is gone)', async () => {
    fakeServer(server());
    const store = memoryDraft<FormDraft>();
    await store.save(COMPLETE);
    const user = userEvent.setup();
    await screenFor(store);
    await user.click(await screen.findByRole('button', { name: 'Envoyer ma demande' }));
    const title = await screen.findByText('Accusé de réception');
    await waitFor(() => {
      expect(document.activeElement).toBe(title.closest('[tabindex="-1"]'));
    });
    expect(document.activeElement).not.toBe(document.body);
  });

  it('shows the server’s refusal on its field and goes back to that step', async () => {
    fakeServer(
      server({
        submit: {
          status: 400,
          body: {
            error: 'invalid',
            message: 'Certaines informations sont à corriger.',
            fields: [
              { path: 'values.rent', message: 'Montant en euros attendu (ex. 450 ou 450,50).' },
            ],
          },
        },
      }),
    );
    const store = memoryDraft<FormDraft>();
    await store.save(COMPLETE);
    const user = userEvent.setup();
    await screenFor(store);
    await user.click(await screen.findByRole('button', { name: 'Envoyer ma demande' }));
    const rent = await screen.findByRole('textbox', { name: /Loyer mensuel/ });
    expect(rent).toHaveValue('620');
    expect(rent).toHaveAccessibleDescription('Montant en euros attendu (ex. 450 ou 450,50).');
  });
});
