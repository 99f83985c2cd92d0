import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { enrolTestKiosk } from '../../../shared/lib/__fixtures__/kiosk-config.ts';
import { axeViolations } from '../../../shared/ui/testing/axe.ts';
import { fakeServer, renderRights } from '../testing.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

const data = {
  exportedAt: '2026-11-28T10:00:00.000Z',
  identity: { source: 'FranceConnect', claims: {} },
  preferences: { source: 'Vous', pinned: [], hidden: [] },
  errorReports: { source: 'Vous', items: [{}, {}] },
  organisationCopies: { source: 'Organismes', items: [{}, {}, {}] },
};

const server = (onDelete: () => { status: number; body: unknown }) =>
  fakeServer(({ method, url }) => {
    if (url !== '/api/me/data') return undefined;
    return method === 'DELETE' ? onDelete() : { status: 200, body: data };
  });

describe('/droits/mes-donnees', () => {
  it('lists what is held and from where, and offers the JSON export', async () => {
    server(() => ({ status: 200, body: {} }));
    const { container } = await renderRights('/droits/mes-donnees');
    const table = await screen.findByRole('table', { name: /Données conservées par Droits360/ });
    const copies = within(table).getByRole('rowheader', {
      name: 'Copies des réponses des organismes',
    });
    expect(copies.closest('tr')).toHaveTextContent(/3$/);
    expect(screen.getByRole('link', { name: /Télécharger mes données/ })).toHaveAttribute(
      'href',
      '/api/me/data',
    );
    expect(await axeViolations(container)).toEqual([]);
  });

  it('offers no download on a shared device', async () => {
    enrolTestKiosk();
    server(() => ({ status: 200, body: {} }));
    await renderRights('/droits/mes-donnees');
    await screen.findByRole('table');
    expect(screen.queryByRole('link', { name: /Télécharger/ })).toBeNull();
    expect(screen.getByText(/Sur une borne partagée/)).toBeVisible();
  });

  it('erases only after confirmation, with the CSRF token, and says so', async () => {
    const calls = server(() => ({ status: 200, body: { deleted: true } }));
    await renderRights('/droits/mes-donnees');
    await screen.findByRole('table');
    await userEvent.click(screen.getByRole('button', { name: 'Effacer mes données' }));
    const dialog = screen.getByRole('dialog', { name: 'Effacer vos données ?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Effacer mes données' }));
    await userEvent.click(screen.getByRole('button', { name: 'Oui, tout effacer' }));
    expect(await screen.findByTestId('erased')).toHaveFocus();
    expect(screen.getByText('Vos données ont été effacées')).toBeVisible();
    expect(calls.find((c) => c.method === 'DELETE')).toMatchObject({ csrf: 'tok' });
  });
});
