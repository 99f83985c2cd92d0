import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from './__fixtures__/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe('the commune reference', () => {
  it('may be cached a day: it is public and the same for everybody', async () => {
    const res = await t.app.inject({ url: '/api/communes?postal_code=29200' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=86400');
  });

  it('while personal answers and refusals are never cached', async () => {
    const refused = await t.app.inject({ url: '/api/communes?postal_code=2920' });
    expect(refused.headers['cache-control']).toBe('no-store');
    const mine = await t.app.inject({
      url: '/api/me/rights',
      headers: await t.loginAs('nadia-exemple'),
    });
    expect(mine.headers['cache-control']).toBe('no-store');
  });
});
