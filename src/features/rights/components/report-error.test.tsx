import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../shared/ui/testing/axe.ts';
import { fakeServer, renderRights } from '../testing.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

const report = {
  id: 'r1',
  organisation: 'caf',
  subject: 'right:rsa',
  message: 'Le montant ne correspond pas à mon relevé.',
  status: 'forwarded',
  createdAt: Date.parse('2026-11-28T10:00:00Z'),
  updatedAt: Date.parse('2026-11-28T10:00:00Z'),
  events: [
    { status: 'received', note: null, at: Date.parse('2026-11-28T10:00:00Z') },
    { status: 'forwarded', note: null, at: Date.parse('2026-11-28T10:00:01Z') },
  ],
};

async function openForm() {
  await renderRights();
  await screen.findByText(/Vos droits sont affichés/);
  const button = screen.getByRole('button', {
    name: 'Signaler une erreur sur Revenu de solidarité active',
  });
  await userEvent.click(button);
  expect(button).toHaveAttribute('aria-expanded', 'true');
  return screen.getByRole('form', {
    name: 'Signaler une erreur sur Revenu de solidarité active',
  });
}

describe('Signaler une erreur', () => {
  it('tells a too short message in French, focuses it and sends nothing', async () => {
    const calls = fakeServer();
    const form = await openForm();
    const field = within(form).getByRole('textbox', { name: /Ce qui est faux/ });
    expect(
      within(form).getByText('Sauf mention contraire, tous les champs sont obligatoires.'),
    ).toBeVisible();
    expect(field).toBeRequired();
    expect(field).toHaveAttribute('aria-required', 'true');
    await userEvent.type(field, 'faux');
    await userEvent.click(within(form).getByRole('button', { name: 'Envoyer le signalement' }));
    expect(within(form).getByText(/10 caractères au moins/)).toBeVisible();
    expect(field).toHaveFocus();
    expect(field).toHaveValue('faux');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    expect(await axeViolations(form)).toEqual([]);
  });

  it('keeps the text when the server refuses, then sends it and lists the report', async () => {
    let refuse = true;
    let reports: unknown[] = [];
    const calls = fakeServer(({ method, url }) => {
      if (url !== '/api/me/error-reports') return undefined;
      if (method === 'GET') return { status: 200, body: { reports } };
      if (refuse) return { status: 503, body: { message: 'Service momentanément indisponible.' } };
      reports = [report];
      return { status: 201, body: report };
    });
    const form = await openForm();
    const field = within(form).getByRole('textbox', { name: /Ce qui est faux/ });
    await userEvent.type(field, report.message);
    await userEvent.click(within(form).getByRole('button', { name: 'Envoyer le signalement' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(/Votre texte est conservé/);
    expect(field).toHaveValue(report.message);
    refuse = false;
    await userEvent.click(within(form).getByRole('button', { name: 'Envoyer le signalement' }));
    const sent = await screen.findByText(/Votre signalement a été transmis à/);
    expect(sent).toBeVisible();
    await waitFor(() => {
      expect(document.activeElement).toBe(sent.closest('[role="status"]'));
    });
    expect(calls.filter((c) => c.method === 'POST').at(-1)).toMatchObject({
      csrf: 'tok',
      body: { organisation: 'caf', subject: 'right:rsa', message: report.message },
    });
    const list = await screen.findByTestId('reports');
    expect(await within(list).findByText('Transmis à l’organisme')).toBeVisible();
  });

  it('asks which organisation when the data comes from several', async () => {
    fakeServer();
    await renderRights();
    await screen.findByText(/Vos droits sont affichés/);
    await userEvent.click(
      screen.getByRole('button', { name: 'Signaler une erreur sur Ma situation' }),
    );
    const form = screen.getByRole('form', { name: 'Signaler une erreur sur Ma situation' });
    await userEvent.type(within(form).getByRole('textbox'), 'Mon adresse a changé en mars.');
    await userEvent.click(within(form).getByRole('button', { name: 'Envoyer le signalement' }));
    expect(
      within(form).getByText('Choisissez l’organisme qui détient cette information.'),
    ).toBeVisible();
    expect(within(form).getByRole('combobox', { name: /Organisme concerné/ })).toHaveFocus();
  });
});
