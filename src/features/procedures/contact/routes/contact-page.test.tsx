import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryDraft } from '../../../../shared/lib/device-drafts.ts';
import { axeViolations } from '../../../../shared/ui/testing/axe.ts';
import { fakeServer, renderWithApp, type Handler } from '../../forms/testing.tsx';
import type { ContactDraft } from '../lib/draft.ts';
import { Contact } from './contact-page.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

const thread = {
  id: '7f1c7a1e-4b3e-4e53-9d0c-1a2b3c4d5e6f',
  organisation: 'cpam',
  subject: 'Carte Vitale',
  reference: 'CPAM-1a2b3c4d',
  updatedAt: 2,
  messages: [
    {
      id: '1f1c7a1e-4b3e-4e53-9d0c-1a2b3c4d5e6f',
      from: 'me',
      text: 'Ma carte ne marche plus.',
      documents: [],
      at: 1,
    },
    {
      id: '2f1c7a1e-4b3e-4e53-9d0c-1a2b3c4d5e6f',
      from: 'organisation',
      text: 'Votre message a bien été reçu (référence CPAM-1a2b3c4d).',
      documents: [],
      at: 2,
    },
  ],
};

const server =
  (sent: { value: boolean }): Handler =>
  (url, init) => {
    if (url === '/api/me') return { status: 200, body: { csrfToken: 'tok' } };
    if (url === '/api/me/documents')
      return { status: 200, body: { documents: [], maxBytes: 10485760 } };
    if (url === '/api/me/messages' && init?.method === 'POST') {
      sent.value = true;
      return { status: 201, body: thread };
    }
    return { status: 200, body: { threads: sent.value ? [thread] : [] } };
  };

describe('contact an organisation', () => {
  it('keeps what was typed after an error, then shows the thread with the acknowledgement', async () => {
    const calls = fakeServer(server({ value: false }));
    const store = memoryDraft<ContactDraft>();
    const user = userEvent.setup();
    const { container } = await renderWithApp(<Contact store={store} />);
    const subject = await screen.findByRole('textbox', { name: 'Objet' });
    expect(
      screen.getByText('Sauf mention contraire, tous les champs sont obligatoires.'),
    ).toBeVisible();
    expect(subject).toHaveAttribute('aria-required', 'true');
    expect(screen.getByLabelText(/Votre message/)).toBeRequired();
    expect(screen.getByLabelText('Sujet')).not.toBeRequired();
    await user.type(subject, 'Carte Vitale');
    await user.type(screen.getByRole('textbox', { name: /Votre message/ }), 'Court');
    await user.click(screen.getByRole('button', { name: 'Envoyer le message' }));
    expect(await screen.findByText('Certaines informations sont à corriger')).toBeVisible();
    expect(
      screen.getByRole('link', {
        name: 'Votre message : Écrivez votre message (entre 10 et 5 000 caractères).',
      }),
    ).toBeVisible();
    const organisation = screen.getByRole('combobox', { name: /Organisme/ });
    await waitFor(() => {
      expect(organisation).toHaveFocus();
    });
    expect(screen.getByRole('textbox', { name: 'Objet' })).toHaveValue('Carte Vitale');
    expect(calls.some((c) => c.startsWith('POST'))).toBe(false);
    expect(await axeViolations(container)).toEqual([]);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sujet' }), 'health');
    expect(screen.getByText(/Votre message sera transmis à : .*Assurance Maladie/)).toBeVisible();
    await user.type(
      screen.getByRole('textbox', { name: /Votre message/ }),
      ' : ma carte ne marche plus.',
    );
    await user.click(screen.getByRole('button', { name: 'Envoyer le message' }));
    expect(await screen.findByText(/Votre message a bien été reçu/)).toBeVisible();
    expect(calls.find((c) => c.startsWith('POST'))).toContain('"topic":"health"');
  }, 15_000); // a long journey checked with axe, on a shared machine
});
