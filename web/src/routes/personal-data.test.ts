import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoSub } from '../demo/series.ts';
import { testApp, type TestApp } from './__fixtures__/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe('erasing "Mes données"', () => {
  it('ends the person’s sessions on every device, and no one else’s', async () => {
    const phone = await t.loginAs('sophie-maquette');
    const laptop = await t.loginAs('sophie-maquette');
    const someoneElse = await t.loginAs('karim-specimen');
    const erased = await t.app.inject({ method: 'DELETE', url: '/api/me/data', headers: phone });
    expect(erased.statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/me', headers: phone })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/me', headers: laptop })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/me', headers: someoneElse })).statusCode).toBe(200);
  });

  it('erases the answers kept for Idempotency-Key too', async () => {
    const headers = await t.loginAs('yanis-prototype');
    const report = {
      organisation: 'caf',
      subject: 'right:aide_logement',
      message: 'Le montant affiché est faux.',
    };
    const sent = await t.app.inject({
      method: 'POST',
      url: '/api/me/error-reports',
      headers: { ...headers, 'idempotency-key': 'erase-1' },
      payload: report,
    });
    expect(sent.statusCode).toBe(201);
    await t.app.inject({ method: 'DELETE', url: '/api/me/data', headers });
    const kept = await t.db.db
      .withTables<{ idempotency_keys: { scope: string } }>()
      .selectFrom('idempotency_keys')
      .select('scope')
      .where('scope', '=', `u:${demoSub('yanis')}`)
      .execute();
    expect(kept).toEqual([]);
  });
});
