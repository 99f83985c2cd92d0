import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcedureView } from '../../../src/shared/contracts/procedures.ts';
import { PDF, multipart, appWithDocuments } from '../documents/__fixtures__/files.ts';
import { testApp } from './__fixtures__/test-app.ts';

let t: Awaited<ReturnType<typeof appWithDocuments>>;
beforeAll(async () => {
  t = await appWithDocuments();
});
afterAll(() => t.close());

const housing = {
  givenName: 'Nadia',
  familyName: 'Exemple',
  birthDate: '1990-04-12',
  email: 'nadia.exemple@example.org',
  addressLine: '12 rue des Essais',
  postalCode: '59000',
  commune: 'Lille',
  movedInOn: '2019-06-01',
  housingStatus: 'tenant',
  rent: '620',
  monthlyResources: '1 450,20',
};

async function uploadPdf(headers: Record<string, string>, name: string) {
  const file = multipart(name, PDF);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/me/documents',
    headers: { ...headers, ...file.headers },
    payload: file.payload,
  });
  return res.json<{ id: string }>();
}

async function send(who: string, body: object) {
  return t.app.inject({
    method: 'POST',
    url: '/api/me/procedures',
    headers: await t.loginAs(who),
    payload: body,
  });
}

describe('prefilled procedures', () => {
  it('prefills from FranceConnect and the organisations, naming each source', async () => {
    const res = await t.app.inject({
      url: '/api/me/procedures/aide-logement/prefill',
      headers: await t.loginAs('nadia-exemple'),
    });
    const body = res.json<{ values: Record<string, string>; sources: Record<string, string> }>();
    expect(body.values).toMatchObject({
      givenName: 'Nadia Louise',
      postalCode: '59000',
      housingStatus: 'tenant',
      rent: '620',
      charges: '60',
    });
    expect(body.sources).toMatchObject({ givenName: 'franceconnect', rent: 'caf' });
    expect(body.values.monthlyResources).toMatch(/^\d+(,\d{1,2})?$/);
  });

  it('counts the household for the Complémentaire santé solidaire', async () => {
    const res = await t.app.inject({
      url: '/api/me/procedures/complementaire-sante/prefill',
      headers: await t.loginAs('nadia-exemple'),
    });
    const body = res.json<{ values: Record<string, string>; sources: Record<string, string> }>();
    expect(body.values.householdSize).toBe('3'); // Nadia and her two children
    expect(body.values.nir).toBeUndefined(); // never guessed from another number
  });

  it('answers 404 for an unknown procedure', async () => {
    const res = await t.app.inject({
      url: '/api/me/procedures/passeport/prefill',
      headers: await t.loginAs('nadia-exemple'),
    });
    expect(res.statusCode).toBe(404);
  });

  it('refuses bad values field by field, in French', async () => {
    const res = await send('nadia-exemple', {
      procedure: 'aide-logement',
      values: { ...housing, postalCode: '5900', movedInOn: '2999-01-01', rent: 'beaucoup' },
      documents: [],
      clientRef: randomUUID(),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ fields: unknown[] }>().fields).toEqual([
      { path: 'values.postalCode', message: 'Code postal : 5 chiffres attendus (ex. 75011).' },
      { path: 'values.movedInOn', message: 'Cette date ne peut pas être dans le futur.' },
      { path: 'values.rent', message: 'Montant en euros attendu (ex. 450 ou 450,50).' },
    ]);
  });

  it('sends to the organisation with the documents, once per device request', async () => {
    const headers = await t.loginAs('nadia-exemple');
    const doc = await uploadPdf(headers, 'bail.pdf');
    const body = {
      procedure: 'aide-logement',
      values: housing,
      documents: [doc.id],
      clientRef: randomUUID(),
    };
    const first = await send('nadia-exemple', body);
    expect(first.statusCode).toBe(201);
    const sent = first.json<ProcedureView>();
    expect(sent).toMatchObject({
      organisation: 'caf',
      status: 'acknowledged',
      documents: [{ id: doc.id, name: 'bail.pdf' }],
    });
    expect(sent.reference).toMatch(/^CAF-/);
    const replay = await send('nadia-exemple', body);
    expect(replay.json<ProcedureView>().id).toBe(sent.id);
    expect(
      t.app.services.inbox.received('caf').filter((d) => d.idempotencyKey === sent.id),
    ).toHaveLength(1);
    const list = await t.app.inject({ url: '/api/me/procedures', headers });
    expect(list.json<{ procedures: ProcedureView[] }>().procedures.map((p) => p.id)).toEqual([
      sent.id,
    ]);
  });

  it('does not attach someone else’s document', async () => {
    const headers = await t.loginAs('nadia-exemple');
    const doc = await uploadPdf(headers, 'cni.pdf');
    const res = await send('lucas-essai', {
      procedure: 'aide-logement',
      values: housing,
      documents: [doc.id],
      clientRef: randomUUID(),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ fields: { path: string }[] }>().fields[0]?.path).toBe('documents');
  });

  it('requires the CSRF token', async () => {
    const { 'x-csrf-token': _token, ...headers } = await t.loginAs('nadia-exemple');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/me/procedures',
      headers,
      payload: {
        procedure: 'aide-logement',
        values: housing,
        documents: [],
        clientRef: randomUUID(),
      },
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('when the organisation does not answer', () => {
  it('keeps the procedure to retry, without losing it', async () => {
    const down = await testApp({ CONNECTOR_FAULTS: 'caf:error' });
    try {
      const res = await down.app.inject({
        method: 'POST',
        url: '/api/me/procedures',
        headers: await down.loginAs('nadia-exemple'),
        payload: {
          procedure: 'aide-logement',
          values: housing,
          documents: [],
          clientRef: randomUUID(),
        },
      });
      expect(res.statusCode).toBe(201);
      expect(res.json<ProcedureView>()).toMatchObject({ status: 'retry', reference: null });
      const list = await down.app.inject({
        url: '/api/me/procedures',
        headers: await down.loginAs('nadia-exemple'),
      });
      expect(list.json<{ procedures: ProcedureView[] }>().procedures).toMatchObject([
        { status: 'retry' },
      ]);
    } finally {
      await down.close();
    }
  });
});
