import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rightsResponse } from '../../../src/shared/contracts/rights.ts';
import { testApp, type TestApp } from './__fixtures__/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe('personal endpoints', () => {
  it.each([
    ['GET', '/api/me/rights'],
    ['GET', '/api/me/preferences'],
    ['GET', '/api/me/error-reports'],
    ['GET', '/api/me/data'],
    ['GET', '/api/me/attestation.pdf'],
  ] as const)('%s %s needs a logged-in person', async (method, url) => {
    const res = await t.app.inject({ method, url });
    expect(res.statusCode).toBe(401);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('gives the dashboard data of every organisation, in the shared contract', async () => {
    const headers = await t.loginAs('julien-fictif');
    const res = await t.app.inject({ url: '/api/me/rights', headers });
    expect(res.statusCode).toBe(200);
    const body = rightsResponse.parse(res.json());
    expect(body.organisations.map((o) => `${o.id}:${o.status}`)).toEqual([
      'caf:no-file',
      'msa:ok',
      'cpam:ok',
      'cnav:ok',
      'agirc-arrco:no-file',
      'france-travail:no-file',
      'urssaf:ok',
      'impots:ok',
    ]);
    expect(body.resources).toHaveLength(12);
    const user = await t.db.db.selectFrom('users').selectAll().executeTakeFirst();
    expect(user?.family_name).toBe('Fictif');
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const { 'x-csrf-token': _, ...headers } = await t.loginAs('nadia-exemple');
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/me/preferences',
      headers,
      payload: { pinned: [], hidden: [] },
    });
    expect(res.statusCode).toBe(403);
  });

  it('saves dashboard preferences and explains a bad one in French', async () => {
    const headers = await t.loginAs('nadia-exemple');
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/me/preferences',
      headers,
      payload: { pinned: ['org:caf', 'resources'], hidden: ['activity'] },
    });
    expect(put.statusCode).toBe(200);
    const get = await t.app.inject({ url: '/api/me/preferences', headers });
    expect(get.json()).toEqual({ pinned: ['org:caf', 'resources'], hidden: ['activity'] });
    const bad = await t.app.inject({
      method: 'PUT',
      url: '/api/me/preferences',
      headers,
      payload: { pinned: ['Carte !'], hidden: [] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      fields: [{ path: 'pinned.0', message: 'identifiant de carte invalide' }],
    });
  });

  it('records an error report, forwards it and keeps it private', async () => {
    const headers = await t.loginAs('nadia-exemple');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/me/error-reports',
      headers,
      payload: {
        organisation: 'caf',
        subject: 'right:aide_logement',
        message: 'Le loyer pris en compte est ancien.',
      },
    });
    expect(res.statusCode).toBe(201);
    const report = res.json<{ id: string; status: string; events: { status: string }[] }>();
    expect(report.status).toBe('forwarded');
    expect(report.events.map((e) => e.status)).toEqual(['received', 'forwarded']);
    const list = await t.app.inject({ url: '/api/me/error-reports', headers });
    expect(list.json<{ reports: unknown[] }>().reports).toHaveLength(1);
    const other = await t.loginAs('lucas-essai');
    const peek = await t.app.inject({ url: `/api/me/error-reports/${report.id}`, headers: other });
    expect(peek.statusCode).toBe(404);
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/me/error-reports',
      headers,
      payload: { organisation: 'nasa', subject: 'right:x', message: 'court' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ fields: { path: string }[] }>().fields.map((f) => f.path)).toEqual([
      'organisation',
      'message',
    ]);
  });

  it('produces a tagged PDF attestation', async () => {
    const headers = await t.loginAs('marcel-modele');
    const res = await t.app.inject({ url: '/api/me/attestation.pdf', headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.rawPayload.toString('latin1');
    expect(pdf.startsWith('%PDF-1.7')).toBe(true);
    for (const marker of [
      '/StructTreeRoot',
      '/MarkInfo',
      '/Lang (fr-FR)',
      '/H1',
      '/Table',
      '/TH',
      '/FontFile',
    ])
      expect(pdf).toContain(marker);
  });

  it('exports everything held, then erases it and ends the session', async () => {
    const headers = await t.loginAs('emilie-brouillon');
    await t.app.inject({ url: '/api/me/rights', headers });
    await t.app.inject({
      method: 'PUT',
      url: '/api/me/preferences',
      headers,
      payload: { pinned: ['situation'], hidden: [] },
    });
    const exported = await t.app.inject({ url: '/api/me/data', headers });
    expect(exported.headers['content-disposition']).toContain('attachment');
    const data = exported.json<{
      account: { familyName: string };
      preferences: { pinned: string[] };
      organisationCopies: { items: { organisation: string }[] };
    }>();
    expect(data.account.familyName).toBe('Brouillon');
    expect(data.preferences.pinned).toEqual(['situation']);
    expect(data.organisationCopies.items.map((i) => i.organisation)).toContain('caf');

    const del = await t.app.inject({ method: 'DELETE', url: '/api/me/data', headers });
    expect(del.statusCode).toBe(200);
    const after = await t.app.inject({ url: '/api/me/rights', headers });
    expect(after.statusCode).toBe(401);
    const { sub } = exported.json<{ identity: { claims: { sub: string } } }>().identity.claims;
    const left = await Promise.all(
      (['connector_cache', 'preferences'] as const).map((table) =>
        t.db.db.selectFrom(table).select('user_sub').where('user_sub', '=', sub).execute(),
      ),
    );
    expect(left.flat()).toEqual([]);
    expect(await t.db.db.selectFrom('users').where('sub', '=', sub).selectAll().execute()).toEqual(
      [],
    );
  });
});

describe('one organisation forced to time out', () => {
  let slow: TestApp;
  beforeAll(async () => {
    slow = await testApp({ CONNECTOR_FAULTS: 'caf:timeout', CONNECTOR_TIMEOUT_MS: '300' });
  });
  afterAll(() => slow.close());

  it('shows a notice for it and the others intact', async () => {
    const headers = await slow.loginAs('nadia-exemple');
    const res = await slow.app.inject({ url: '/api/me/rights', headers });
    const body = rightsResponse.parse(res.json());
    expect(body.organisations.find((o) => o.id === 'caf')).toEqual({
      id: 'caf',
      status: 'unavailable',
      reason: 'timeout',
    });
    expect(body.organisations.find((o) => o.id === 'impots')?.status).toBe('ok');
  });
});
