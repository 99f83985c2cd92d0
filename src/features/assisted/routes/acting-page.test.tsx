import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../shared/ui/testing/axe.ts';
import { agentMe, mandate, MANDATE_ID, receipt, rights } from '../__fixtures__/assisted.ts';
import { fakeServer, renderAssisted, type Call, type Reply } from '../testing.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

const PATH = `/accompagnement/mandats/${MANDATE_ID}`;
const base = `/api/agent/mandats/${MANDATE_ID}`;
const REFUSED = {
  error: 'mandate_forbidden',
  message: 'Ce mandat a été révoqué par la personne : vous ne pouvez plus agir en son nom.',
};

function server(extra: (c: Call) => Reply = () => undefined) {
  return fakeServer((call) => {
    const answer = extra(call);
    if (answer) return answer;
    const { method, url } = call;
    if (url === '/api/agent/me') return { status: 200, body: agentMe };
    if (url === base) return { status: 200, body: mandate };
    if (url === `${base}/droits`) return { status: 200, body: rights };
    if (url === `${base}/situation`)
      return {
        status: 200,
        body: {
          situation: 'seul',
          href: '/simuler?situation=seul',
          prefill: { profile: { adults: [{}] }, month: '2026-12', sources: ['caf'] },
        },
      };
    if (method === 'GET' && url.startsWith(`${base}/demarches/`))
      return {
        status: 200,
        body: {
          procedure: url.split('/').at(-1),
          values: { givenName: 'Nadia', familyName: 'Benali', commune: 'Saint-Flour' },
          sources: { givenName: 'franceconnect', familyName: 'franceconnect', commune: 'caf' },
        },
      };
    if (method === 'POST' && url === `${base}/demarches/aide-logement`)
      return { status: 201, body: receipt };
    if (method === 'POST' && url === `${base}/impression`)
      return { status: 201, body: { recorded: true, at: Date.now() } };
    return undefined;
  });
}

describe('/accompagnement/mandats/:id', () => {
  it(
    'says for whom and until when, and shows the person’s rights',
    { timeout: 20_000 },
    async () => {
      server();
      const { container } = await renderAssisted(PATH);
      expect(
        await screen.findByText(
          'Vous agissez pour Nadia Benali sous mandat jusqu’au 3 janvier 2027.',
        ),
      ).toBeVisible();
      const table = await screen.findByRole('table', { name: 'Droits de Nadia Benali' });
      expect(within(table).getByText('Revenu de solidarité active')).toBeVisible();
      expect(within(table).getByText(/635,12/)).toBeVisible();
      expect(screen.getByText(/Sans réponse pour le moment : Assurance retraite/)).toBeVisible();
      expect(await axeViolations(container)).toEqual([]);
    },
  );

  it('opens the simulator prefilled from the person’s situation', async () => {
    server();
    await renderAssisted(PATH);
    await userEvent.click(await screen.findByRole('button', { name: 'Simuler avec ses données' }));
    expect(await screen.findByTestId('elsewhere')).toHaveTextContent('/simuler?situation=seul');
  });

  it(
    'sends a procedure of its domains in the person’s name and shows the receipt',
    { timeout: 30_000 },
    async () => {
      const calls = server();
      const { container } = await renderAssisted(PATH);
      // Social and housing: the health cover and the housing aid, not the birth grant (family).
      const choice = await screen.findByRole('group', { name: /Démarche à préparer/ });
      expect(
        within(choice)
          .getAllByRole('radio')
          .map((r) => r.closest('div')?.textContent),
      ).toEqual(['Complémentaire santé solidaire', 'Aide au logement']);
      await userEvent.click(within(choice).getByRole('radio', { name: 'Aide au logement' }));
      const form = await screen.findByRole('form', { name: 'Aide au logement' });
      expect(within(form).getByRole('textbox', { name: /^Prénom/ })).toHaveValue('Nadia');
      await userEvent.click(
        within(form).getByRole('button', { name: 'Envoyer la démarche en son nom' }),
      );
      expect(within(form).getAllByText('Ce champ est obligatoire.').length).toBeGreaterThan(0);
      expect(calls.some((c) => c.method === 'POST' && c.url.includes('/demarches/'))).toBe(false);
      expect(within(form).getByRole('textbox', { name: /^Commune/ })).toHaveValue('Saint-Flour');
      const fill = async (label: RegExp, value: string) => {
        await userEvent.type(within(form).getByLabelText(label), value);
      };
      await fill(/^Date de naissance/, '1988-04-12');
      await fill(/^Adresse électronique/, 'nadia@example.fr');
      await fill(/^Adresse\b(?! électronique)/, '3 rue du Lac');
      await fill(/^Code postal/, '15100');
      await fill(/^Date d’entrée/, '2026-10-01');
      await userEvent.selectOptions(
        within(form).getByLabelText(/^Situation dans le logement/),
        'tenant',
      );
      await fill(/^Loyer/, '450');
      await fill(/^Ressources/, '900');
      await userEvent.click(
        within(form).getByRole('button', { name: 'Envoyer la démarche en son nom' }),
      );
      expect(await screen.findByTestId('procedure-receipt')).toHaveTextContent(
        'Référence : CAF-2026-0042',
      );
      const post = calls.find(
        (c) => c.method === 'POST' && c.url === `${base}/demarches/aide-logement`,
      );
      expect(post?.csrf).toBe('agent-tok');
      expect(post?.body).toMatchObject({
        values: { givenName: 'Nadia', familyName: 'Benali', postalCode: '15100', rent: '450' },
      });
      expect(await axeViolations(container)).toEqual([]);
    },
  );

  it('records the printing, then prints the summary laid out for paper', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const calls = server();
    await renderAssisted(PATH);
    await userEvent.click(await screen.findByRole('button', { name: 'Imprimer le récapitulatif' }));
    await vi.waitFor(() => {
      expect(print).toHaveBeenCalledOnce();
    });
    expect(calls.find((c) => c.url === `${base}/impression`)?.body).toEqual({ what: 'resume' });
    expect(screen.getByTestId('print-summary')).toHaveTextContent(
      'Récapitulatif de l’accompagnement de Nadia Benali',
    );
  });

  it('hands the summary to the phone in the URL fragment only', async () => {
    server();
    await renderAssisted(PATH);
    await userEvent.click(await screen.findByRole('button', { name: 'Envoyer sur son téléphone' }));
    const link = await screen.findByRole('link', { name: /accompagnement\/recapitulatif/ });
    const url = new URL(link.getAttribute('href') ?? '');
    expect(url.search).toBe('');
    expect(url.hash).toMatch(/^#d=/);
    expect(await screen.findByRole('img', { name: 'QR code du récapitulatif' })).toBeVisible();
  });

  it('shows the server’s French refusal and the way back', { timeout: 20_000 }, async () => {
    server(({ url }) => (url === `${base}/situation` ? { status: 403, body: REFUSED } : undefined));
    const { container } = await renderAssisted(PATH);
    await userEvent.click(await screen.findByRole('button', { name: 'Simuler avec ses données' }));
    expect(await screen.findByText(REFUSED.message)).toBeVisible();
    expect(
      screen.getAllByRole('link', { name: 'Retour à l’espace conseiller' }).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: 'Simuler avec ses données' })).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('refuses at once when the mandate itself is refused', async () => {
    server(({ url }) => (url === base ? { status: 403, body: REFUSED } : undefined));
    await renderAssisted(PATH);
    expect(await screen.findByText(REFUSED.message)).toBeVisible();
  });
});
