// Every route that acts under a mandate, refused on the server in each case the issue names, and
// one journal line per action that succeeds.
import { randomUUID } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assistedSituationResponse,
  journalResponse,
  SIMULATOR_SITUATIONS,
} from '../../../src/shared/contracts/assisted.ts';
import { rightsResponse } from '../../../src/shared/contracts/rights.ts';
import { brestMove } from '../routes/__fixtures__/declarations.ts';
import {
  assistedApp,
  consentedMandate,
  DAY,
  type AssistedApp,
  type Headers,
} from './__fixtures__/assisted-app.ts';

let t: AssistedApp;
let organisations: string[];
beforeAll(async () => {
  t = await assistedApp();
  const nadia = await t.person('nadia-exemple');
  const res = await t.app.inject({
    url: '/api/me/declarations/recipients?kind=address',
    headers: nadia,
  });
  organisations = res
    .json<{ recipients: { organisation: string }[] }>()
    .recipients.map((r) => r.organisation);
});
afterAll(() => t.close());

const housing = {
  givenName: 'Nadia',
  familyName: 'Exemple',
  birthDate: '1990-04-12',
  email: 'nadia.exemple@example.org',
  addressLine: '12 rue des Essais',
  postalCode: '59000',
  commune: 'Lille',
  movedInOn: '2019-06-01',
  housingStatus: 'tenant',
  rent: '620',
  monthlyResources: '1 450,20',
};

/** Every acting route, with a body that would succeed under a mandate covering its domain. */
const ACTS: readonly {
  name: string;
  action: string;
  request: (id: string) => Omit<InjectOptions, 'headers'>;
}[] = [
  {
    name: 'droits',
    action: 'droits-consultes',
    request: (id) => ({ url: `/api/agent/mandats/${id}/droits` }),
  },
  {
    name: 'situation',
    action: 'simulation-preremplie',
    request: (id) => ({ url: `/api/agent/mandats/${id}/situation` }),
  },
  {
    name: 'préparer une démarche',
    action: 'mandat-consulte',
    request: (id) => ({ url: `/api/agent/mandats/${id}/demarches/aide-logement` }),
  },
  {
    name: 'envoyer une démarche',
    action: 'demarche-envoyee',
    request: (id) => ({
      method: 'POST',
      url: `/api/agent/mandats/${id}/demarches/aide-logement`,
      payload: { values: housing, clientRef: randomUUID() },
    }),
  },
  {
    name: 'déclaration',
    action: 'declaration-envoyee',
    request: (id) => ({
      method: 'POST',
      url: `/api/agent/mandats/${id}/declarations`,
      payload: { content: brestMove, organisations, consent: true },
    }),
  },
  {
    name: 'impression',
    action: 'impression',
    request: (id) => ({
      method: 'POST',
      url: `/api/agent/mandats/${id}/impression`,
      payload: { what: 'droits' },
    }),
  },
];

const act = (headers: Headers, r: Omit<InjectOptions, 'headers'>) =>
  t.app.inject({ ...r, headers } as InjectOptions);

const journalOf = async (person: Headers) =>
  journalResponse.parse(
    (await t.app.inject({ url: '/api/me/accompagnement/journal', headers: person })).json(),
  ).entries;

describe('acting under a mandate', () => {
  it(
    'works within the mandate, with one journal line per action',
    { timeout: 120_000 },
    async () => {
      const agent = await t.agent('agent-fs');
      const nadia = await t.person('nadia-exemple');
      const id = await consentedMandate(t, agent, nadia, {
        domains: ['social', 'logement'],
        durationDays: 31,
      });
      for (const a of ACTS) {
        const res = await act(agent, a.request(id));
        expect(res.statusCode, `${a.name}: ${res.body}`).toBeLessThan(300);
      }
      const actions = (await journalOf(nadia)).filter((e) => e.mandateId === id);
      expect(actions.map((e) => e.action)).toEqual([
        'mandat-cree',
        'consentement-donne',
        ...ACTS.map((a) => a.action),
      ]);
      for (const e of actions.slice(2))
        expect(e).toMatchObject({
          agent: { givenName: 'Claire', usualName: 'Guichet' },
          structure: { siret: '99900000011112' },
        });
    },
  );

  it('gives the person’s dashboard and a simulator link ready for the URL', async () => {
    const agent = await t.agent('manager-fs');
    const id = await consentedMandate(
      t,
      await t.agent('agent-fs'),
      await t.person('julien-fictif'),
      {
        domains: ['social'],
        durationDays: 1,
      },
    );
    // Any agent of the structure may use the structure's mandate.
    const rights = await act(agent, { url: `/api/agent/mandats/${id}/droits` });
    expect(rightsResponse.parse(rights.json()).person.familyName).toBe('Fictif');
    const s = assistedSituationResponse.parse(
      (await act(agent, { url: `/api/agent/mandats/${id}/situation` })).json(),
    );
    expect(SIMULATOR_SITUATIONS).toContain(s.situation);
    expect(s.href).toBe(`/simuler?situation=${s.situation}`);
  });

  it('sends the procedure once when the same request comes twice', async () => {
    const agent = await t.agent('agent-fs');
    const nadia = await t.person('nadia-exemple');
    const id = await consentedMandate(t, agent, nadia, { domains: ['logement'], durationDays: 31 });
    const body = { values: housing, clientRef: randomUUID() };
    const url = `/api/agent/mandats/${id}/demarches/aide-logement`;
    const first = await act(agent, { method: 'POST', url, payload: body });
    const second = await act(agent, { method: 'POST', url, payload: body });
    expect(second.json<{ id: string }>().id).toBe(first.json<{ id: string }>().id);
    const sent = (await journalOf(nadia)).filter(
      (e) => e.mandateId === id && e.action === 'demarche-envoyee',
    );
    expect(sent).toHaveLength(1);
    const mine = await t.app.inject({ url: '/api/me/procedures', headers: nadia });
    expect(mine.json<{ procedures: { id: string }[] }>().procedures.map((p) => p.id)).toContain(
      first.json<{ id: string }>().id,
    );
  });
});

describe('refused on the server', () => {
  const refused = async (headers: Headers, id: string, expected: 401 | 403) => {
    for (const a of ACTS) {
      const res = await act(headers, a.request(id));
      expect(res.statusCode, `${a.name}: ${res.body}`).toBe(expected);
      if (expected === 403) {
        const body = res.json<{ error: string; message: string }>();
        expect(body.error, a.name).toBe('mandate_forbidden');
        expect(body.message).toMatch(/mandat/);
      }
    }
  };

  it('without an agent session', async () => {
    const id = await consentedMandate(
      t,
      await t.agent('agent-fs'),
      await t.person('nadia-exemple'),
      {
        domains: ['social', 'logement'],
        durationDays: 31,
      },
    );
    const nadia = await t.person('nadia-exemple');
    await refused({ origin: nadia.origin ?? '' }, id, 401);
    // A person's session is not an agent's.
    await refused(nadia, id, 401);
  });

  it('for an agent of another structure', async () => {
    const id = await consentedMandate(
      t,
      await t.agent('agent-fs'),
      await t.person('nadia-exemple'),
      {
        domains: ['social', 'logement'],
        durationDays: 31,
      },
    );
    await refused(await t.agent('agent-ccas'), id, 403);
  });

  it('outside the mandate’s domains', async () => {
    const agent = await t.agent('agent-fs');
    const id = await consentedMandate(t, agent, await t.person('nadia-exemple'), {
      domains: ['justice'],
      durationDays: 31,
    });
    await refused(agent, id, 403);
    const res = await act(agent, { url: `/api/agent/mandats/${id}/droits` });
    expect(res.json<{ message: string }>().message).toContain('« Social – Santé »');
  });

  it('before the person consented', async () => {
    const agent = await t.agent('agent-fs');
    const created = await act(agent, {
      method: 'POST',
      url: '/api/agent/mandats',
      payload: { domains: ['social', 'logement'], durationDays: 31 },
    });
    await refused(agent, created.json<{ id: string }>().id, 403);
  });

  it('after the end date', async () => {
    const nadia = await t.person('nadia-exemple');
    const id = await consentedMandate(t, await t.agent('agent-fs'), nadia, {
      domains: ['social', 'logement'],
      durationDays: 1,
    });
    const start = t.clock.now;
    t.clock.now += DAY + 60_000;
    try {
      const agent = await t.agent('agent-fs');
      await refused(agent, id, 403);
      const view = await act(agent, { url: `/api/agent/mandats/${id}` });
      expect(view.json()).toMatchObject({ status: 'expire' });
      const expired = (await journalOf(nadia)).filter(
        (e) => e.mandateId === id && e.action === 'mandat-expire',
      );
      expect(expired).toHaveLength(1);
    } finally {
      t.clock.now = start;
    }
  });

  it('after revocation by the person or by the structure', async () => {
    const agent = await t.agent('agent-fs');
    const nadia = await t.person('nadia-exemple');
    const byPerson = await consentedMandate(t, agent, nadia, {
      domains: ['social', 'logement'],
      durationDays: 31,
    });
    await t.app.inject({
      method: 'POST',
      url: `/api/me/mandats/${byPerson}/revoquer`,
      headers: nadia,
    });
    await refused(agent, byPerson, 403);
    const byStructure = await consentedMandate(t, agent, nadia, {
      domains: ['social', 'logement'],
      durationDays: 31,
    });
    const revoked = await act(agent, {
      method: 'POST',
      url: `/api/agent/mandats/${byStructure}/revoquer`,
    });
    expect(revoked.json()).toMatchObject({ status: 'revoque', revokedBy: 'structure' });
    await refused(agent, byStructure, 403);
    // Another structure may not revoke it either.
    const ccas = await t.agent('agent-ccas');
    expect(
      (await act(ccas, { method: 'POST', url: `/api/agent/mandats/${byPerson}/revoquer` }))
        .statusCode,
    ).toBe(403);
  });
});
