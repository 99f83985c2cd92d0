// The journal is append-only: no route changes it, the person sees theirs, the structure's
// manager sees the structure's, an agent does not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { journalResponse } from '../../../src/shared/contracts/assisted.ts';
import { assistedApp, consentedMandate, type AssistedApp } from './__fixtures__/assisted-app.ts';

let t: AssistedApp;
beforeAll(async () => {
  t = await assistedApp();
});
afterAll(() => t.close());

describe('the journal', () => {
  it('has no route that updates or deletes it', async () => {
    const nadia = await t.person('nadia-exemple');
    const manager = await t.agent('manager-fs');
    await consentedMandate(t, await t.agent('agent-fs'), nadia, {
      domains: ['social'],
      durationDays: 31,
    });
    const before = await t.db.db.selectFrom('assisted_journal').selectAll().execute();
    const [line] = before;
    expect(line).toBeDefined();
    const paths = [
      '/api/me/accompagnement/journal',
      `/api/me/accompagnement/journal/${line?.id ?? ''}`,
      '/api/agent/journal',
      `/api/agent/journal/${line?.id ?? ''}`,
    ];
    for (const url of paths)
      for (const method of ['PUT', 'PATCH', 'DELETE', 'POST'] as const)
        for (const headers of [nadia, manager]) {
          const res = await t.app.inject({ method, url, headers, payload: { action: 'effacé' } });
          expect([404, 405], `${method} ${url}`).toContain(res.statusCode);
        }
    expect(await t.db.db.selectFrom('assisted_journal').selectAll().execute()).toEqual(before);
  });

  it('shows the structure’s lines to its manager only, with the person', async () => {
    const fs = await t.agent('agent-fs');
    const julien = await t.person('julien-fictif');
    const id = await consentedMandate(t, fs, julien, { domains: ['argent'], durationDays: 1 });
    const manager = await t.agent('manager-fs');
    const res = await t.app.inject({ url: '/api/agent/journal', headers: manager });
    const entries = journalResponse.parse(res.json()).entries.filter((e) => e.mandateId === id);
    expect(entries.map((e) => e.action).sort()).toEqual(['consentement-donne', 'mandat-cree']);
    expect(entries.find((e) => e.action === 'consentement-donne')?.person).toMatchObject({
      familyName: 'Fictif',
    });
    const agent = await t.app.inject({ url: '/api/agent/journal', headers: fs });
    expect(agent.statusCode).toBe(403);
    expect(agent.json()).toMatchObject({ error: 'manager_only' });
    const ccas = await t.app.inject({
      url: '/api/agent/journal',
      headers: await t.agent('agent-ccas'),
    });
    expect(ccas.statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/agent/journal' })).statusCode).toBe(401);
  });

  it('is kept when the person erases their data, and their running mandates are revoked', async () => {
    const fs = await t.agent('agent-fs');
    const nadia = await t.person('nadia-exemple');
    const id = await consentedMandate(t, fs, nadia, { domains: ['social'], durationDays: 31 });
    const erased = await t.app.inject({ method: 'DELETE', url: '/api/me/data', headers: nadia });
    expect(erased.statusCode).toBe(200);
    const lines = await t.db.db
      .selectFrom('assisted_journal')
      .select('action')
      .where('mandate_id', '=', id)
      .orderBy('id')
      .execute();
    expect(lines.map((l) => l.action)).toEqual([
      'mandat-cree',
      'consentement-donne',
      'revoque-par-personne',
    ]);
    const refused = await t.app.inject({ url: `/api/agent/mandats/${id}/droits`, headers: fs });
    expect(refused.statusCode).toBe(403);
    const row = await t.db.db
      .selectFrom('assisted_mandates')
      .select('person_identity')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.person_identity).toBeNull();
  });
});
