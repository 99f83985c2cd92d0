import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  consentSummaryResponse,
  journalResponse,
  mandateCreated,
  mandatesResponse,
  mandateView,
} from '../../../src/shared/contracts/assisted.ts';
import {
  assistedApp,
  consentedMandate,
  DAY,
  type AssistedApp,
} from './__fixtures__/assisted-app.ts';

let t: AssistedApp;
beforeAll(async () => {
  t = await assistedApp();
});
afterAll(() => t.close());

const create = async (headers: Record<string, string>, payload: object, extra: object = {}) =>
  t.app.inject({
    method: 'POST',
    url: '/api/agent/mandats',
    headers: { ...headers, ...extra },
    payload,
  });
const tokenOf = (path: string) => path.split('/').pop() ?? '';

describe('creating a mandate', () => {
  it('refuses durations other than 1, 31, 182 and 365 days, in French', async () => {
    const agent = await t.agent('agent-fs');
    for (const durationDays of [0, 2, 30, 90, 366, 1.5]) {
      const res = await create(agent, { domains: ['social'], durationDays });
      expect(res.statusCode, String(durationDays)).toBe(400);
      expect(res.json()).toMatchObject({
        error: 'invalid',
        fields: [{ path: 'durationDays', message: expect.stringMatching(/^Durée du mandat/) }],
      });
    }
    for (const durationDays of [1, 31, 182, 365])
      expect((await create(agent, { domains: ['social'], durationDays })).statusCode).toBe(201);
  });

  it('refuses no domain and unknown ones', async () => {
    const agent = await t.agent('agent-fs');
    expect((await create(agent, { domains: [], durationDays: 31 })).statusCode).toBe(400);
    expect((await create(agent, { domains: ['casino'], durationDays: 31 })).statusCode).toBe(400);
  });

  it('needs an agent session and the agent’s own CSRF token', async () => {
    const agent = await t.agent('agent-fs');
    const anonymous = await create(
      { origin: agent.origin ?? '' },
      { domains: ['social'], durationDays: 31 },
    );
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toMatchObject({ error: 'agent_unauthenticated' });
    const wrong = await create(
      { ...agent, 'x-csrf-token': 'nope' },
      { domains: ['social'], durationDays: 31 },
    );
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json()).toMatchObject({ error: 'csrf' });
  });

  it('creates one mandate when the same request is sent twice with its Idempotency-Key', async () => {
    const agent = await t.agent('agent-fs');
    const body = { domains: ['logement'], durationDays: 182 };
    const key = { 'idempotency-key': 'mandat-twice-1' };
    const first = await create(agent, body, key);
    const second = await create(agent, body, key);
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.json<{ id: string }>().id).toBe(first.json<{ id: string }>().id);
    const rows = await t.db.db
      .selectFrom('assisted_mandates')
      .select('id')
      .where('domains', '=', '["logement"]')
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('answers the summary and a consent path, pending', async () => {
    const agent = await t.agent('agent-fs');
    const res = await create(agent, { domains: ['social', 'famille'], durationDays: 31 });
    const body = mandateCreated.parse(res.json());
    expect(body.status).toBe('en-attente');
    expect(body.consentPath).toMatch(/^\/accompagnement\/consentement\/[\w-]{20,}$/);
    expect(body.summary).toMatchObject({
      structure: { siret: '99900000011112', name: 'France Services Démo de Saint-Flour' },
      agent: { givenName: 'Claire', usualName: 'Guichet' },
      domains: ['social', 'famille'],
      durationDays: 31,
      endsAt: t.clock.now + 31 * DAY,
    });
  });
});

describe('consent', () => {
  it('shows the plain summary to the logged-in person, and records the consent proof once', async () => {
    const agent = await t.agent('agent-fs');
    const created = mandateCreated.parse(
      (await create(agent, { domains: ['social'], durationDays: 365 })).json(),
    );
    const token = tokenOf(created.consentPath);
    const anonymous = await t.app.inject({ url: `/api/mandats/consentement/${token}` });
    expect(anonymous.statusCode).toBe(401);
    const nadia = await t.person('nadia-exemple');
    const shown = await t.app.inject({ url: `/api/mandats/consentement/${token}`, headers: nadia });
    expect(shown.statusCode).toBe(200);
    expect(consentSummaryResponse.parse(shown.json()).summary).toEqual(created.summary);

    const refused = await t.app.inject({
      method: 'POST',
      url: `/api/mandats/consentement/${token}`,
      headers: nadia,
      payload: { accept: false },
    });
    expect(refused.statusCode).toBe(400);

    const ok = await t.app.inject({
      method: 'POST',
      url: `/api/mandats/consentement/${token}`,
      headers: nadia,
      payload: { accept: true },
    });
    expect(ok.statusCode).toBe(200);
    const view = mandateView.parse(ok.json());
    expect(view).toMatchObject({ status: 'actif', person: { givenName: 'Nadia Louise' } });
    const row = await t.db.db
      .selectFrom('assisted_mandates')
      .selectAll()
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(row.person_sub).toBeTruthy();
    expect(row.consented_at).toBe(t.clock.now);
    expect(row.consent_summary_hash).toMatch(/^[0-9a-f]{64}$/);

    // Single-use: the same link again, even by the same person, is refused.
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/mandats/consentement/${token}`,
      headers: await t.person('nadia-exemple'),
      payload: { accept: true },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: 'consent_used' });
  });

  it('is bound to the person who opened the link first', async () => {
    const agent = await t.agent('agent-fs');
    const created = mandateCreated.parse(
      (await create(agent, { domains: ['social'], durationDays: 31 })).json(),
    );
    const token = tokenOf(created.consentPath);
    const nadia = await t.person('nadia-exemple');
    expect(
      (await t.app.inject({ url: `/api/mandats/consentement/${token}`, headers: nadia }))
        .statusCode,
    ).toBe(200);
    const julien = await t.person('julien-fictif');
    const other = await t.app.inject({
      method: 'POST',
      url: `/api/mandats/consentement/${token}`,
      headers: julien,
      payload: { accept: true },
    });
    expect(other.statusCode).toBe(403);
    expect(other.json()).toMatchObject({ error: 'consent_other_person' });
    const unknown = await t.app.inject({
      url: '/api/mandats/consentement/pas-un-vrai-jeton-0123456789',
      headers: nadia,
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('expires after 30 minutes', async () => {
    const agent = await t.agent('agent-fs');
    const created = mandateCreated.parse(
      (await create(agent, { domains: ['social'], durationDays: 31 })).json(),
    );
    const start = t.clock.now;
    t.clock.now += 31 * 60 * 1000;
    try {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/mandats/consentement/${tokenOf(created.consentPath)}`,
        headers: await t.person('nadia-exemple'),
        payload: { accept: true },
      });
      expect(res.statusCode).toBe(410);
    } finally {
      t.clock.now = start;
    }
  });
});

describe('the structure’s mandates', () => {
  it('lists them for any agent of the structure, flags a renewal due within 30 days, not for another structure', async () => {
    const fs = await t.agent('agent-fs');
    const julien = await t.person('julien-fictif');
    const soon = await consentedMandate(t, fs, julien, { domains: ['argent'], durationDays: 1 });
    const later = await consentedMandate(t, fs, julien, { domains: ['argent'], durationDays: 365 });
    const manager = await t.agent('manager-fs');
    const list = mandatesResponse.parse(
      (await t.app.inject({ url: '/api/agent/mandats', headers: manager })).json(),
    ).mandates;
    expect(list.find((m) => m.id === soon)).toMatchObject({ status: 'actif', renewalDue: true });
    expect(list.find((m) => m.id === later)).toMatchObject({ status: 'actif', renewalDue: false });
    expect(list.filter((m) => m.status === 'en-attente').every((m) => m.consentPath)).toBe(true);

    const ccas = await t.agent('agent-ccas');
    const theirs = mandatesResponse.parse(
      (await t.app.inject({ url: '/api/agent/mandats', headers: ccas })).json(),
    ).mandates;
    expect(theirs).toEqual([]);
    const peek = await t.app.inject({ url: `/api/agent/mandats/${soon}`, headers: ccas });
    expect(peek.statusCode).toBe(403);
    expect(peek.json()).toMatchObject({ error: 'mandate_forbidden' });
  });

  it('renews with a new consent of the same person only', async () => {
    const fs = await t.agent('agent-fs');
    const julien = await t.person('julien-fictif');
    const id = await consentedMandate(t, fs, julien, { domains: ['travail'], durationDays: 31 });
    const bad = await t.app.inject({
      method: 'POST',
      url: `/api/agent/mandats/${id}/renouveler`,
      headers: fs,
      payload: { durationDays: 45 },
    });
    expect(bad.statusCode).toBe(400);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/agent/mandats/${id}/renouveler`,
      headers: fs,
      payload: { durationDays: 182 },
    });
    expect(res.statusCode).toBe(201);
    const renewal = mandateCreated.parse(res.json());
    expect(renewal.summary).toMatchObject({ renews: id, domains: ['travail'], durationDays: 182 });
    const token = tokenOf(renewal.consentPath);
    const other = await t.app.inject({
      url: `/api/mandats/consentement/${token}`,
      headers: await t.person('nadia-exemple'),
    });
    expect(other.statusCode).toBe(403);
    const ok = await t.app.inject({
      method: 'POST',
      url: `/api/mandats/consentement/${token}`,
      headers: julien,
      payload: { accept: true },
    });
    expect(ok.json()).toMatchObject({ status: 'actif', durationDays: 182 });
    const journal = journalResponse.parse(
      (await t.app.inject({ url: '/api/me/accompagnement/journal', headers: julien })).json(),
    ).entries;
    expect(journal.filter((e) => e.mandateId === id).map((e) => e.action)).toEqual([
      'mandat-cree',
      'consentement-donne',
      'renouvellement-demande',
    ]);
    expect(journal.filter((e) => e.mandateId === renewal.id).map((e) => e.action)).toEqual([
      'mandat-renouvele',
    ]);
  });

  it(
    'prints the mandate as a PDF once consented, with the structure, domains and how to revoke',
    { timeout: 60_000 },
    async () => {
      const fs = await t.agent('agent-fs');
      const id = await consentedMandate(t, fs, await t.person('nadia-exemple'), {
        domains: ['social', 'logement'],
        durationDays: 365,
      });
      const res = await t.app.inject({ url: `/api/agent/mandats/${id}/mandat.pdf`, headers: fs });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      expect(res.rawPayload.length).toBeGreaterThan(2000);
      const pending = mandateCreated.parse(
        (await create(fs, { domains: ['social'], durationDays: 1 })).json(),
      );
      expect(
        (await t.app.inject({ url: `/api/agent/mandats/${pending.id}/mandat.pdf`, headers: fs }))
          .statusCode,
      ).toBe(403);
    },
  );
});

describe('the person’s side', () => {
  it('lists their mandates, revokes one, and finds mandates and journal in their data export', async () => {
    const fs = await t.agent('agent-fs');
    const nadia = await t.person('nadia-exemple');
    const id = await consentedMandate(t, fs, nadia, { domains: ['justice'], durationDays: 31 });
    const mine = mandatesResponse.parse(
      (await t.app.inject({ url: '/api/me/mandats', headers: nadia })).json(),
    ).mandates;
    expect(mine.find((m) => m.id === id)).toMatchObject({
      status: 'actif',
      structure: { name: 'France Services Démo de Saint-Flour' },
    });
    const julien = await t.person('julien-fictif');
    const notHers = await t.app.inject({
      method: 'POST',
      url: `/api/me/mandats/${id}/revoquer`,
      headers: julien,
    });
    expect(notHers.statusCode).toBe(404);
    const revoked = await t.app.inject({
      method: 'POST',
      url: `/api/me/mandats/${id}/revoquer`,
      headers: nadia,
    });
    expect(mandateView.parse(revoked.json())).toMatchObject({
      status: 'revoque',
      revokedBy: 'personne',
    });
    const data = await t.app.inject({ url: '/api/me/data', headers: nadia });
    const exported = data.json<{
      mandates: { items: { id: string; consentProof: { summaryHash: string } }[] };
      assistedJournal: { items: { mandateId: string; action: string }[] };
    }>();
    expect(exported.mandates.items.find((m) => m.id === id)?.consentProof.summaryHash).toMatch(
      /^[0-9a-f]{64}$/,
    );
    expect(
      exported.assistedJournal.items.filter((e) => e.mandateId === id).map((e) => e.action),
    ).toEqual(['mandat-cree', 'consentement-donne', 'revoque-par-personne']);
  });
});
