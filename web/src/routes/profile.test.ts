import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profileResponse } from '../../../src/shared/contracts/profile.ts';
import { testApp, type TestApp } from './__fixtures__/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe('GET /api/me/profile', () => {
  it('needs a logged-in person', async () => {
    const res = await t.app.inject({ url: '/api/me/profile' });
    expect(res.statusCode).toBe(401);
  });

  it('answers the simulator’s prefill profile from the organisations’ data', async () => {
    const headers = await t.loginAs('julien-fictif');
    const res = await t.app.inject({ url: '/api/me/profile', headers });
    expect(res.statusCode).toBe(200);
    const body = profileResponse.parse(res.json());
    expect(body.profile.adults[1]).toEqual({ birthDate: '1986-07-19' });
    expect(body.profile.adults[0]).toMatchObject({ birthDate: '1984-11-05', activity: 'actif' });
    expect(body.profile.children).toHaveLength(3);
    expect(body.profile.housing).toEqual({ status: 'proprietaire', zone: 'zone_3' });
    expect(body.sources).toEqual(expect.arrayContaining(['msa', 'urssaf', 'impots']));
    expect(body.sources).not.toContain('caf');
  });
});
