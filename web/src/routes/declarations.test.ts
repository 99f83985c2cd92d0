import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DECLARATION_MESSAGES, moveDeadline } from '../../../src/shared/contracts/declarations.ts';
import { testApp, type TestApp } from './__fixtures__/test-app.ts';
import { brestMove } from './__fixtures__/declarations.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const address = brestMove;

type Fields = { fields: { path: string; message: string }[] };

async function post(
  url: string,
  payload: object,
  who = 'emilie-brouillon',
): Promise<LightMyRequestResponse> {
  const headers = await t.loginAs(who);
  return t.app.inject({ method: 'POST', url, headers, payload });
}

describe('tell us once', () => {
  it('lists the organisations concerned and why', async () => {
    const headers = await t.loginAs('emilie-brouillon');
    const res = await t.app.inject({
      url: '/api/me/declarations/recipients?kind=address',
      headers,
    });
    expect(res.json<{ recipients: unknown[] }>().recipients).toEqual([
      { organisation: 'caf', reason: 'pays-benefits', benefits: expect.any(Array) as unknown },
      { organisation: 'cpam', reason: 'health-cover' },
      { organisation: 'cnav', reason: 'pension' },
      { organisation: 'urssaf', reason: 'employment' },
      { organisation: 'impots', reason: 'tax-household' },
    ]);
  });

  it('previews a move: the reference commune name and the organisations to tell', async () => {
    const res = await post('/api/me/declarations/preview', {
      content: { ...address, commune: 'brest ' },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      content: { commune: string };
      recipients: { organisation: string }[];
    }>();
    expect(body.content.commune).toBe('Brest');
    expect(body.recipients.map((r) => r.organisation)).toEqual([
      'caf',
      'cpam',
      'cnav',
      'urssaf',
      'impots',
    ]);
  });

  it('tells pension funds about a death, not about a birth', async () => {
    const death = await post(
      '/api/me/declarations/preview',
      { content: { kind: 'family', event: 'death', date: '2025-06-12', person: 'Roger Témoin' } },
      'jeannine-temoin',
    );
    const orgs = (r: LightMyRequestResponse) =>
      r.json<{ recipients: { organisation: string }[] }>().recipients.map((x) => x.organisation);
    expect(orgs(death)).toEqual(expect.arrayContaining(['cnav', 'agirc-arrco']));
    const birth = await post(
      '/api/me/declarations/preview',
      { content: { kind: 'family', event: 'birth', date: '2025-06-12', person: 'Léa Témoin' } },
      'jeannine-temoin',
    );
    expect(orgs(birth)).not.toContain('cnav');
  });

  it('explains each wrong field in French, naming the field', async () => {
    const res = await post('/api/me/declarations', {
      content: { ...address, postalCode: '2920', since: '2999-01-01' },
      organisations: ['caf'],
      consent: false,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<Fields>().fields).toEqual(
      expect.arrayContaining([
        { path: 'content.postalCode', message: 'Code postal : 5 chiffres attendus (ex. 75011).' },
        { path: 'content.since', message: DECLARATION_MESSAGES.sinceTooFar },
        { path: 'consent', message: DECLARATION_MESSAGES.consent },
      ]),
    );
  });

  it('accepts a move announced up to the notice limit, not a day more', async () => {
    const ok = await post('/api/me/declarations/preview', {
      content: { ...address, since: moveDeadline() },
    });
    expect(ok.statusCode).toBe(200);
    const late = new Date(Date.parse(moveDeadline()) + 86_400_000).toISOString().slice(0, 10);
    const res = await post('/api/me/declarations/preview', {
      content: { ...address, since: late },
    });
    expect(res.json<Fields>().fields).toEqual([
      { path: 'content.since', message: DECLARATION_MESSAGES.sinceTooFar },
    ]);
  });

  it('refuses a birth or a death in the future', async () => {
    const res = await post('/api/me/declarations/preview', {
      content: { kind: 'family', event: 'birth', date: '2999-03-01', person: 'Léa' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<Fields>().fields).toEqual([
      {
        path: 'content.date',
        message: 'Date de l’évènement : elle ne peut pas être dans le futur.',
      },
    ]);
  });

  it('refuses a commune that does not exist for this postal code', async () => {
    const res = await post('/api/me/declarations/preview', {
      content: { ...address, communeCode: '75056' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<Fields>().fields).toEqual([
      { path: 'content.communeCode', message: DECLARATION_MESSAGES.communeUnknown },
    ]);
    const sent = await post('/api/me/declarations', {
      content: { ...address, communeCode: '29999' },
      organisations: ['caf'],
      consent: true,
    });
    expect(sent.statusCode).toBe(400);
    expect(sent.json<Fields>().fields[0]?.path).toBe('content.communeCode');
  });

  it('applies the Corsican rules: 2A/2B commune codes go with 20xxx postal codes', async () => {
    const ajaccio = { ...address, postalCode: '20000', communeCode: '2A004', commune: 'Ajaccio' };
    expect((await post('/api/me/declarations/preview', { content: ajaccio })).statusCode).toBe(200);
    const oldCode = await post('/api/me/declarations/preview', {
      content: { ...ajaccio, communeCode: '20004' },
    });
    expect(oldCode.json<Fields>().fields).toEqual([
      { path: 'content.communeCode', message: DECLARATION_MESSAGES.communeCode },
    ]);
    const mismatch = await post('/api/me/declarations/preview', {
      content: { ...ajaccio, postalCode: '29200' },
    });
    expect(mismatch.json<Fields>().fields).toEqual([
      { path: 'content.communeCode', message: DECLARATION_MESSAGES.corsica },
    ]);
  });

  it('refuses an organisation that is not concerned', async () => {
    const res = await post('/api/me/declarations', {
      content: address,
      organisations: ['caf', 'msa'],
      consent: true,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<Fields>().fields[0]?.message).toContain('msa');
  });

  it('needs a session and the CSRF token', async () => {
    const anonymous = await t.app.inject({ url: '/api/me/declarations' });
    expect(anonymous.statusCode).toBe(401);
    const { 'x-csrf-token': _, ...noToken } = await t.loginAs('emilie-brouillon');
    const forged = await t.app.inject({
      method: 'POST',
      url: '/api/me/declarations/preview',
      headers: noToken,
      payload: { content: address },
    });
    expect(forged.statusCode).toBe(403);
  });

  it('sends the declaration to each chosen organisation and shows the receipts', async () => {
    const res = await post('/api/me/declarations', {
      content: address,
      organisations: ['caf', 'impots', 'cpam'],
      consent: true,
    });
    expect(res.statusCode).toBe(202);
    const { id } = res.json<{ id: string }>();
    await t.app.services.worker.drain();
    const headers = await t.loginAs('emilie-brouillon');
    const one = await t.app.inject({ url: `/api/me/declarations/${id}`, headers });
    const d = one.json<{
      deliveries: { organisation: string; status: string; receipt: string }[];
    }>();
    expect(d.deliveries.map((x) => [x.organisation, x.status])).toEqual([
      ['caf', 'acknowledged'],
      ['cpam', 'acknowledged'],
      ['impots', 'acknowledged'],
    ]);
    expect(d.deliveries[0]?.receipt).toMatch(/^CAF-/);
    expect(t.app.services.inbox.received('impots')[0]?.payload).toEqual(address);
    const list = await t.app.inject({ url: '/api/me/declarations', headers });
    expect(list.json<{ declarations: { id: string }[] }>().declarations[0]?.id).toBe(id);
  });

  it('does not show another person’s declaration', async () => {
    const res = await post('/api/me/declarations', {
      content: address,
      organisations: ['caf'],
      consent: true,
    });
    const { id } = res.json<{ id: string }>();
    const other = await t.loginAs('nadia-exemple');
    const seen = await t.app.inject({ url: `/api/me/declarations/${id}`, headers: other });
    expect(seen.statusCode).toBe(404);
  });
});

describe('the discreet journey', () => {
  it('delivers the declaration but never lists it in the history', async () => {
    const headers = await t.loginAs('thomas-ebauche');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/me/declarations',
      headers,
      payload: { content: address, organisations: ['caf'], consent: true, discreet: true },
    });
    expect(res.statusCode).toBe(202);
    const { id } = res.json<{ id: string }>();
    await t.app.services.worker.drain();
    const receipts = await t.app.inject({ url: `/api/me/declarations/${id}`, headers });
    expect(receipts.json<{ deliveries: { status: string }[] }>().deliveries).toEqual([
      expect.objectContaining({ status: 'acknowledged' }),
    ]);
    const history = await t.app.inject({ url: '/api/me/declarations', headers });
    expect(history.json()).toEqual({ declarations: [] });
    // The person's own export (RGPD) still holds it: nothing is hidden from them.
    const data = await t.app.inject({ url: '/api/me/data', headers });
    expect(data.body).toContain(id);
  });
});

describe('an organisation that does not answer', () => {
  it('is named apart in the preview rather than silently left out', async () => {
    const faulty = await testApp({ CONNECTOR_FAULTS: 'impots:error', CONNECTOR_RETRIES: '0' });
    try {
      const headers = await faulty.loginAs('emilie-brouillon');
      const res = await faulty.app.inject({
        method: 'POST',
        url: '/api/me/declarations/preview',
        headers,
        payload: { content: address },
      });
      const body = res.json<{ recipients: { organisation: string }[]; unreachable: string[] }>();
      expect(body.unreachable).toEqual(['impots']);
      expect(body.recipients.map((r) => r.organisation)).not.toContain('impots');
      expect(body.recipients.map((r) => r.organisation)).toContain('caf');
    } finally {
      await faulty.close();
    }
  });
});

describe('commune lookup', () => {
  it('lists the communes of a postal code, by name', async () => {
    const res = await t.app.inject({ url: '/api/communes?postal_code=29200' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      postalCode: '29200',
      communes: [{ code: '29019', name: 'Brest' }],
    });
  });

  it('knows Corsica and overseas communes', async () => {
    const corsica = await t.app.inject({ url: '/api/communes?postal_code=20000' });
    expect(corsica.json<{ communes: { code: string }[] }>().communes).toContainEqual({
      code: '2A004',
      name: 'Ajaccio',
    });
    const reunion = await t.app.inject({ url: '/api/communes?postal_code=97400' });
    expect(reunion.json<{ communes: { name: string }[] }>().communes[0]?.name).toBe('Saint-Denis');
  });

  it('answers an empty list for an unused postal code and 400 for a malformed one', async () => {
    const none = await t.app.inject({ url: '/api/communes?postal_code=29999' });
    expect(none.json()).toEqual({ postalCode: '29999', communes: [] });
    const bad = await t.app.inject({ url: '/api/communes?postal_code=2920A' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Fields>().fields).toEqual([
      { path: 'postal_code', message: DECLARATION_MESSAGES.postalCode },
    ]);
  });
});
