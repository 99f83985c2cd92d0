// The lighter share: a code valid 24 hours at most, revocable, read-only for an adviser, hard to
// guess (long random codes, a rate limit on lookups).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARE_CODE, shareCreated, shareView } from '../../../src/shared/contracts/assisted.ts';
import { assistedApp, type AssistedApp, type Headers } from './__fixtures__/assisted-app.ts';

let t: AssistedApp;
beforeAll(async () => {
  t = await assistedApp();
});
afterAll(() => t.close());

const situation = { answers: { couple: false, 'p1.activite': 'chomeur' }, benefits: ['rsa'] };
const share = async (person: Headers) => {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/me/partages',
    headers: person,
    payload: { situation },
  });
  expect(res.statusCode).toBe(201);
  return shareCreated.parse(res.json());
};
const read = (agent: Headers, code: string) =>
  t.app.inject({ url: `/api/agent/partages/${code}`, headers: agent });

describe('sharing a simulation', () => {
  it('gives a long random code valid 24 hours, read-only for any adviser', async () => {
    const nadia = await t.person('nadia-exemple');
    const { code, expiresAt } = await share(nadia);
    expect(code).toMatch(SHARE_CODE);
    expect(expiresAt).toBe(t.clock.now + 24 * 3600_000);
    expect((await share(nadia)).code).not.toBe(code);
    const res = await read(await t.agent('agent-ccas'), code.toLowerCase());
    expect(res.statusCode).toBe(200);
    expect(shareView.parse(res.json())).toMatchObject({
      situation,
      person: { givenName: 'Nadia Louise' },
    });
    expect((await t.app.inject({ url: `/api/agent/partages/${code}` })).statusCode).toBe(401);
    const start = t.clock.now;
    t.clock.now += 24 * 3600_000;
    try {
      expect((await read(await t.agent('agent-fs'), code)).statusCode).toBe(404);
    } finally {
      t.clock.now = start;
    }
  });

  it('is revocable by the person only, and then unreadable', async () => {
    const nadia = await t.person('nadia-exemple');
    const { code } = await share(nadia);
    const revoke = (headers: Headers) =>
      t.app.inject({ method: 'POST', url: `/api/me/partages/${code}/revoquer`, headers });
    expect((await revoke(await t.person('julien-fictif'))).statusCode).toBe(404);
    const agent = await t.agent('agent-fs');
    expect((await read(agent, code)).statusCode).toBe(200);
    expect((await revoke(nadia)).statusCode).toBe(204);
    const gone = await read(agent, code);
    expect(gone.statusCode).toBe(404);
    expect(gone.json()).toMatchObject({ error: 'share_not_found' });
    const journal = await t.app.inject({ url: '/api/me/accompagnement/journal', headers: nadia });
    const actions = journal.json<{ entries: { action: string }[] }>().entries.map((e) => e.action);
    expect(actions.filter((a) => a === 'partage-revoque')).toHaveLength(1);
    expect(actions).toContain('partage-consulte');
  });

  it('refuses an empty or malformed simulation in French', async () => {
    const nadia = await t.person('nadia-exemple');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/me/partages',
      headers: nadia,
      payload: { situation: { answers: { couple: { deep: true } } } },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'invalid' });
  });

  it('slows down guessing: ten lookups a minute for an agent session', async () => {
    const agent = await t.agent('agent-fs');
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await read(agent, 'AAAA-BBBB-CCCC')).statusCode);
    expect(statuses.slice(0, 10).every((s) => s === 404)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});
