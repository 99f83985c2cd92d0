import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { possibleRightsResponse } from '../../../src/shared/contracts/possible-rights.ts';
import { testApp, type TestApp } from './__fixtures__/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe('GET /api/me/possible-rights', () => {
  it('needs a logged-in person', async () => {
    const res = await t.app.inject({ url: '/api/me/possible-rights' });
    expect(res.statusCode).toBe(401);
  });

  it('runs the engine on the connected data of the current month', async () => {
    const headers = await t.loginAs('emilie-brouillon');
    const res = await t.app.inject({ url: '/api/me/possible-rights', headers });
    expect(res.statusCode).toBe(200);
    const body = possibleRightsResponse.parse(res.json());
    expect(body.month).toMatch(/^\d{4}-\d{2}$/);
    expect(body.status).toBe('complete');
    // She receives the prime d'activité: it is never listed as missing.
    expect(body.rights.map((r) => r.id)).not.toContain('ppa');
  });

  it('gives no estimate while an organisation does not answer', async () => {
    const failing = await testApp({ CONNECTOR_FAULTS: 'agirc-arrco:error' });
    try {
      const headers = await failing.loginAs('marcel-modele');
      const res = await failing.app.inject({ url: '/api/me/possible-rights', headers });
      const body = possibleRightsResponse.parse(res.json());
      expect(body).toMatchObject({ status: 'partial', unavailable: ['agirc-arrco'], rights: [] });
    } finally {
      await failing.close();
    }
  });
});
