// The channel routes a person or a mail client reaches without a session: the push key, the
// RFC 8058 one-click unsubscribe, the operator's view of the jobs, and the refusals.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'droits360-alert-routes-'));
const TOKEN = 'operateur-de-test-0123456789-abcdefghij';
let app: FastifyInstance;
beforeAll(async () => {
  app = await buildApp(
    loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      SQLITE_FILE: ':memory:',
      STATIC_DIR: dir,
      MAIL_DIR: path.join(dir, 'mail'),
      OPERATOR_TOKEN: TOKEN,
    }),
  );
});
afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('alert channel routes', () => {
  it('gives the same generated VAPID public key every time', async () => {
    const a = await app.inject('/api/push/cle');
    const b = await app.inject('/api/push/cle');
    expect(a.statusCode).toBe(200);
    expect(a.json<{ publicKey: string }>().publicKey).toMatch(/^[\w-]{87}$/);
    expect(b.json()).toEqual(a.json());
  });

  it('unsubscribes in one click from the List-Unsubscribe POST, with no session nor Origin', async () => {
    const { secrets } = app.services.alertChannels;
    const token = await secrets.unsubscribeToken('p1', 'deadline', 'email', 'k1', Date.now());
    const res = await app.inject({
      method: 'POST',
      url: `/alertes/desabonnement?jeton=${token}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ category: 'deadline', channel: 'email' });
    const prefs = await app.services.alerts.getPreferences('p1');
    expect(prefs.matrix.deadline).toEqual({ inapp: true, push: true, email: false });
    const bad = await app.inject({
      method: 'POST',
      url: '/alertes/desabonnement?jeton=pas-un-jeton-du-portail',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ message: string }>().message).toMatch(/désabonnement/);
  });

  it('shows the jobs to the operator only', async () => {
    expect((await app.inject('/api/operateur/travaux')).statusCode).toBe(401);
    const wrong = await app.inject({
      url: '/api/operateur/travaux',
      headers: { authorization: 'Bearer pas-le-bon-jeton-0000000' },
    });
    expect(wrong.statusCode).toBe(401);
    const res = await app.inject({
      url: '/api/operateur/travaux',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ counts: { dead: 0 }, dead: [] });
  });

  it('asks to log in before checking a code or subscribing a device', async () => {
    expect((await app.inject('/api/alertes/verifier?code=ABCD-EFGH')).statusCode).toBe(401);
  });
});
