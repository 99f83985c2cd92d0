import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from './__fixtures__/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const address = {
  kind: 'address',
  line: '3 quai de la Douane',
  postalCode: '29200',
  commune: 'Brest',
  since: '2026-09-15',
};

describe('tell us once', () => {
  it('lists the organisations concerned and why', async () => {
    const headers = await t.loginAs('emilie-brouillon');
    const res = await t.app.inject({
      url: '/api/me/declarations/recipients?kind=address',
      headers,
    });
    expect(res.json()).toEqual({
      recipients: [
        { organisation: 'caf', reason: 'pays-benefits' },
        { organisation: 'cpam', reason: 'health-cover' },
        { organisation: 'urssaf', reason: 'employment' },
        { organisation: 'impots', reason: 'tax-household' },
      ],
    });
  });

  it('explains each wrong field in French', async () => {
    const headers = await t.loginAs('emilie-brouillon');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/me/declarations',
      headers,
      payload: {
        content: { ...address, postalCode: '2920', since: '2999-01-01' },
        organisations: ['caf'],
        consent: false,
      },
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json<{ fields: { path: string; message: string }[] }>().fields;
    expect(fields).toEqual(
      expect.arrayContaining([
        { path: 'content.postalCode', message: 'code postal à 5 chiffres attendu (ex. 75011)' },
        { path: 'content.since', message: 'la date ne peut pas être dans le futur' },
        { path: 'consent', message: 'votre accord est nécessaire pour transmettre la déclaration' },
      ]),
    );
  });

  it('refuses an organisation that is not concerned', async () => {
    const headers = await t.loginAs('emilie-brouillon');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/me/declarations',
      headers,
      payload: { content: address, organisations: ['caf', 'msa'], consent: true },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ fields: { message: string }[] }>().fields[0]?.message).toContain('msa');
  });

  it('sends the declaration to each chosen organisation and shows the receipts', async () => {
    const headers = await t.loginAs('emilie-brouillon');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/me/declarations',
      headers,
      payload: { content: address, organisations: ['caf', 'impots', 'cpam'], consent: true },
    });
    expect(res.statusCode).toBe(202);
    await t.app.services.worker.drain();
    const list = await t.app.inject({ url: '/api/me/declarations', headers });
    const [d] = list.json<{
      declarations: { deliveries: { organisation: string; status: string; receipt: string }[] }[];
    }>().declarations;
    expect(d?.deliveries.map((x) => [x.organisation, x.status])).toEqual([
      ['caf', 'acknowledged'],
      ['cpam', 'acknowledged'],
      ['impots', 'acknowledged'],
    ]);
    expect(d?.deliveries[0]?.receipt).toMatch(/^CAF-/);
    expect(t.app.services.inbox.received('impots')[0]?.payload).toEqual(address);
  });
});
