// A request sent twice (a second click, a retry after a network cut) has one effect when the
// client sends an Idempotency-Key: the repeat gets the first answer, concurrent copies run once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageThread } from '../../../src/shared/contracts/messages.ts';
import { expectPortalError } from './__fixtures__/portal-error.ts';
import { testApp, type TestApp } from '../routes/__fixtures__/test-app.ts';
import { brestMove } from '../routes/__fixtures__/declarations.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const address = brestMove;

async function send(
  headers: Record<string, string>,
  url: string,
  payload: object,
  key: string | undefined,
) {
  return t.app.inject({
    method: 'POST',
    url,
    headers: { ...headers, ...(key ? { 'idempotency-key': key } : {}) },
    payload,
  });
}

describe('Idempotency-Key', () => {
  it('delivers a declaration posted twice once, and answers the repeat with the same result', async () => {
    const headers = await t.loginAs('emilie-brouillon');
    const body = { content: address, organisations: ['caf', 'cpam'], consent: true };
    const first = await send(headers, '/api/me/declarations', body, 'decl-1');
    const again = await send(headers, '/api/me/declarations', body, 'decl-1');
    expect(first.statusCode).toBe(202);
    expect(again.statusCode).toBe(202);
    expect(again.json()).toEqual(first.json());
    expect(again.headers['idempotent-replayed']).toBe('true');
    await t.app.services.worker.drain();
    const list = await t.app.inject({ url: '/api/me/declarations', headers });
    expect(list.json<{ declarations: unknown[] }>().declarations).toHaveLength(1);
    const { id } = first.json<{ id: string }>();
    const delivered = t.app.services.inbox
      .received()
      .filter((d) => d.idempotencyKey.startsWith(id));
    expect(delivered.map((d) => d.organisation).sort()).toEqual(['caf', 'cpam']);
  });

  it('runs concurrent copies of one request once', async () => {
    const headers = await t.loginAs('lucas-essai');
    const body = {
      organisation: 'caf',
      subject: 'right:aide_logement',
      message: 'Mon loyer n’est pas le bon sur ma fiche.',
    };
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => send(headers, '/api/me/error-reports', body, 'report-1')),
    );
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    const list = await t.app.inject({ url: '/api/me/error-reports', headers });
    expect(list.json<{ reports: unknown[] }>().reports).toHaveLength(1);
    for (const a of answers.filter((x) => x.statusCode === 409)) {
      expect(a.headers['retry-after']).toBe('1');
      expectPortalError(a.body, 'in-progress');
    }
  });

  it('sends a message retried with its key once, with one acknowledgement', async () => {
    const headers = await t.loginAs('nadia-exemple');
    const body = {
      topic: 'housing',
      subject: 'APL',
      text: 'Bonjour, mon APL a baissé.',
      documents: [],
    };
    const first = await send(headers, '/api/me/messages', body, 'msg-1');
    const again = await send(headers, '/api/me/messages', body, 'msg-1');
    expect(again.json()).toEqual(first.json());
    const threads = (await t.app.inject({ url: '/api/me/messages', headers })).json<{
      threads: MessageThread[];
    }>().threads;
    expect(threads).toHaveLength(1);
    expect(threads[0]?.messages.map((m) => m.from)).toEqual(['me', 'organisation']);
  });

  it('refuses the same key with another request, in French', async () => {
    const headers = await t.loginAs('yanis-prototype');
    const body = {
      organisation: 'caf',
      subject: 'right:aide_logement',
      message: 'Le montant affiché est faux.',
    };
    await send(headers, '/api/me/error-reports', body, 'report-2');
    const other = await send(
      headers,
      '/api/me/error-reports',
      { ...body, message: 'Un tout autre signalement.' },
      'report-2',
    );
    expect(other.statusCode).toBe(422);
    expectPortalError(other.body, 'idempotency-key-reused');
  });

  it('keeps each person’s keys apart', async () => {
    const body = {
      organisation: 'caf',
      subject: 'right:aide_logement',
      message: 'Le montant affiché est faux.',
    };
    const a = await send(await t.loginAs('karim-specimen'), '/api/me/error-reports', body, 'k');
    const b = await send(await t.loginAs('sophie-maquette'), '/api/me/error-reports', body, 'k');
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect(b.headers['idempotent-replayed']).toBeUndefined();
  });

  it('refuses a malformed key, naming the header', async () => {
    const headers = await t.loginAs('marcel-modele');
    const res = await send(headers, '/api/me/error-reports', {}, 'un espace');
    expect(res.statusCode).toBe(400);
    expectPortalError(res.body, 'invalid');
    expect(res.json<{ fields: { path: string }[] }>().fields[0]?.path).toBe('Idempotency-Key');
  });
});

describe('Idempotency-Key for an agent of the assisted mode', () => {
  it('is scoped by the agent’s session, read from request.agentSession', async () => {
    const { buildApp } = await import('../app.ts');
    const { loadConfig } = await import('../config.ts');
    const app = await buildApp(
      loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', STATIC_DIR: '/nonexistent' }),
      { db: t.db },
    );
    let effects = 0;
    // What the assisted mode's module does: an agent session beside the person's.
    app.addHook('onRequest', async (request) => {
      (request as unknown as { agentSession: { id: string } }).agentSession = { id: 'agent-1' };
    });
    app.post('/api/accompagnement/test-effect', async (_request, reply) => {
      effects += 1;
      return reply.code(201).send({ effects });
    });
    const send = () =>
      app.inject({
        method: 'POST',
        url: '/api/accompagnement/test-effect',
        headers: { origin: 'http://localhost:8080', 'idempotency-key': 'agent-k' },
        payload: {},
      });
    const first = await send();
    const again = await send();
    await app.close();
    expect(first.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(effects).toBe(1);
  });
});
