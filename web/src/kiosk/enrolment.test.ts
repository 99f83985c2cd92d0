import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  KIOSK_MESSAGES,
  type AgentKioskCodeResponse,
  type KioskStatusResponse,
} from '../../../src/shared/contracts/kiosk.ts';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { testDialect } from '../db/__fixtures__/test-database.ts';
import {
  kioskApp,
  kioskHeaders,
  OPERATOR_TOKEN,
  ORIGIN,
  type KioskApp,
} from './__fixtures__/kiosk-app.ts';
import { sha256 } from './kiosks.ts';

let t: KioskApp;
beforeAll(async () => {
  t = await kioskApp();
});
afterAll(() => t.close());

const enrolment = (payload: object) =>
  t.app.inject({
    method: 'POST',
    url: '/api/borne/enrolement',
    headers: { origin: ORIGIN },
    payload,
  });

async function issueCode(login: string, payload: object = {}): Promise<AgentKioskCodeResponse> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/agent/borne/codes',
    headers: await t.agent(login),
    payload,
  });
  expect(res.statusCode).toBe(201);
  return res.json<AgentKioskCodeResponse>();
}

const status = async (headers: Record<string, string>) =>
  t.app.inject({ method: 'GET', url: '/api/borne/statut', headers });

const checkIn = (token: string, payload: object) =>
  t.app.inject({
    method: 'POST',
    url: '/api/borne/pointage',
    headers: kioskHeaders(token),
    payload,
  });

describe(`kiosk enrolment on ${testDialect}`, () => {
  it('enrols the demo reception area with DEMO-BORNE, reusable, and keeps only the token’s hash', async () => {
    const first = await t.enrol('DEMO-BORNE');
    expect(first.config).toEqual({
      receptionAreaId: 'demo-saint-flour',
      receptionName: 'France Services Démo de Saint-Flour',
      organisation: 'France Services',
      printer: true,
      languages: ['fr', 'en'],
      idleSeconds: 120,
      warningSeconds: 30,
      agents: ['Accueil', 'Conseiller France Services', 'Conseiller numérique'],
    });
    const second = await t.enrol(' demo-borne ');
    expect(second.kioskId).not.toBe(first.kioskId);
    expect(second.token).not.toBe(first.token);
    const rows = await t.db.db.selectFrom('kiosks').selectAll().execute();
    const row = rows.find((r) => r.id === first.kioskId);
    expect(row?.token_hash).toBe(sha256(first.token));
    expect(JSON.stringify(rows)).not.toContain(first.token);
    const codes = await t.db.db.selectFrom('kiosk_enrolment_codes').select('code').execute();
    expect(JSON.stringify(codes)).not.toContain('DEMO-BORNE');
  });

  it('refuses an unknown code in French, and takes the minimum delays but nothing below', async () => {
    const unknown = await enrolment({ code: 'PAS-UN-CODE' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toEqual({
      error: 'kiosk_code_invalid',
      message: KIOSK_MESSAGES.codeInvalid,
    });

    const tooShort = await enrolment({ code: 'DEMO-BORNE', idleSeconds: 29, warningSeconds: 10 });
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json()).toEqual({
      error: 'invalid',
      message: 'Certaines informations sont à corriger.',
      fields: [
        { path: 'idleSeconds', message: KIOSK_MESSAGES.idle },
        { path: 'warningSeconds', message: KIOSK_MESSAGES.warning },
      ],
    });
    expect(KIOSK_MESSAGES.idle).toContain('30 au moins');
    const empty = await enrolment({});
    expect(empty.json()).toMatchObject({
      fields: [{ path: 'code', message: KIOSK_MESSAGES.code }],
    });

    const shortest = await t.enrol('DEMO-BORNE', { idleSeconds: 30, warningSeconds: 20 });
    expect(shortest.config).toMatchObject({ idleSeconds: 30, warningSeconds: 20 });
  });

  it('spends a one-time code of an agent once, with the agent’s choices for the kiosk', async () => {
    const issued = await issueCode('agent-fs', {
      printer: false,
      languages: ['fr'],
      idleSeconds: 60,
    });
    expect(issued.link).toBe(`/borne/installer#code=${issued.code}`);
    expect(issued.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(issued.expiresAt).toBeGreaterThan(Date.now() + 23 * 3600_000);
    const enrolled = await t.enrol(issued.code.toLowerCase(), { warningSeconds: 25 });
    expect(enrolled.config).toMatchObject({
      receptionAreaId: 'demo-saint-flour',
      printer: false,
      languages: ['fr'],
      idleSeconds: 60,
      warningSeconds: 25,
    });
    const again = await enrolment({ code: issued.code });
    expect(again.statusCode).toBe(400);
    expect(again.json()).toMatchObject({ error: 'kiosk_code_invalid' });
  });

  it('lets a reusable code enrol several kiosks, and refuses an expired one', async () => {
    const reusable = await issueCode('manager-fs', { reusable: true });
    await t.enrol(reusable.code);
    await t.enrol(reusable.code);
    await t.app.services.kiosks.saveCode('VIEUX-CODE', {
      areaId: 'demo-saint-flour',
      reusable: true,
      expiresAt: Date.now() - 1,
      settings: {},
    });
    const expired = await enrolment({ code: 'VIEUX-CODE' });
    expect(expired.statusCode).toBe(400);
    expect(expired.json()).toMatchObject({ error: 'kiosk_code_invalid' });
  });

  it('issues codes to agents only, with their CSRF token and French messages for bad choices', async () => {
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/agent/borne/codes',
      headers: { origin: ORIGIN },
      payload: {},
    });
    expect(anonymous.statusCode).toBe(401);
    const { 'x-csrf-token': _csrf, ...noCsrf } = await t.agent('agent-fs');
    const forged = await t.app.inject({
      method: 'POST',
      url: '/api/agent/borne/codes',
      headers: noCsrf,
      payload: {},
    });
    expect(forged.statusCode).toBe(403);
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/agent/borne/codes',
      headers: await t.agent('agent-fs'),
      payload: { warningSeconds: 5, languages: [] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      fields: [
        { path: 'warningSeconds', message: KIOSK_MESSAGES.warning },
        { path: 'languages', message: KIOSK_MESSAGES.languages },
      ],
    });
  });
});

describe(`kiosk check-ins and fleet status on ${testDialect}`, () => {
  it('records check-ins and shows them to the structure’s agents, the operator, nobody else', async () => {
    const kiosk = await t.enrol();
    expect((await checkIn('x'.repeat(43), { appVersion: '1.0.0', offlineMs: 0 })).statusCode).toBe(
      401,
    );
    const bad = await checkIn(kiosk.token, { appVersion: '', offlineMs: -1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      fields: [
        { path: 'appVersion', message: KIOSK_MESSAGES.appVersion },
        { path: 'offlineMs', message: KIOSK_MESSAGES.offlineMs },
      ],
    });
    expect(
      (await checkIn(kiosk.token, { appVersion: '2026.12.1', offlineMs: 1500 })).statusCode,
    ).toBe(204);
    const reset = Date.now() - 60_000;
    const second = await checkIn(kiosk.token, {
      appVersion: '2026.12.2',
      offlineMs: 500,
      lastReset: reset,
    });
    expect(second.statusCode).toBe(204);

    const ccasCode = await issueCode('agent-ccas');
    const ccasKiosk = await t.enrol(ccasCode.code);
    expect(ccasKiosk.config).toMatchObject({ receptionName: 'CCAS Démo de Lille', printer: false });

    const mine = (await status(await t.agent('agent-fs'))).json<KioskStatusResponse>();
    const shown = mine.kiosks.find((k) => k.kioskId === kiosk.kioskId);
    expect(shown).toEqual({
      kioskId: kiosk.kioskId,
      receptionName: 'France Services Démo de Saint-Flour',
      organisation: 'France Services',
      appVersion: '2026.12.2',
      lastCheckIn: expect.any(Number) as unknown,
      offlineMs: 2000,
      lastReset: reset,
    });
    expect(mine.kiosks.map((k) => k.kioskId)).not.toContain(ccasKiosk.kioskId);
    const manager = (await status(await t.agent('manager-fs'))).json<KioskStatusResponse>();
    expect(manager.kiosks.map((k) => k.kioskId)).toContain(kiosk.kioskId);
    const ccas = (await status(await t.agent('agent-ccas'))).json<KioskStatusResponse>();
    expect(ccas.kiosks.map((k) => k.kioskId)).toEqual([ccasKiosk.kioskId]);
    const operator = (
      await status({ authorization: `Bearer ${OPERATOR_TOKEN}` })
    ).json<KioskStatusResponse>();
    expect(operator.kiosks.map((k) => k.kioskId)).toEqual(
      expect.arrayContaining([kiosk.kioskId, ccasKiosk.kioskId]),
    );

    for (const headers of [
      {},
      { authorization: `Bearer ${OPERATOR_TOKEN}x` },
      kioskHeaders(kiosk.token),
    ]) {
      const refused = await status(headers);
      expect(refused.statusCode).toBe(401);
      expect(refused.json()).toEqual({
        error: 'agent_unauthenticated',
        message: KIOSK_MESSAGES.statusUnauthenticated,
      });
    }
  });
});

describe(`kiosk withdrawal on ${testDialect}`, () => {
  const retrait = (token: string, agent: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/api/borne/retrait',
      headers: { ...agent, ...kioskHeaders(token) },
    });

  it('needs an agent of the kiosk’s structure, then the token opens nothing', async () => {
    const kiosk = await t.enrol();
    const alone = await retrait(kiosk.token);
    expect(alone.statusCode).toBe(401);
    expect(alone.json()).toEqual({
      error: 'agent_unauthenticated',
      message: KIOSK_MESSAGES.agentRequired,
    });
    const other = await retrait(kiosk.token, await t.agent('agent-ccas'));
    expect(other.statusCode).toBe(403);
    expect(other.json()).toEqual({
      error: 'kiosk_wrong_structure',
      message: KIOSK_MESSAGES.wrongStructure,
    });
    expect((await retrait(kiosk.token, await t.agent('agent-fs'))).statusCode).toBe(204);

    const after = await checkIn(kiosk.token, { appVersion: '1', offlineMs: 0 });
    expect(after.statusCode).toBe(401);
    expect(after.json()).toMatchObject({ error: 'kiosk_unauthenticated' });
    const listed = (await status(await t.agent('agent-fs'))).json<KioskStatusResponse>();
    expect(listed.kiosks.map((k) => k.kioskId)).not.toContain(kiosk.kioskId);
  });
});

/** A second server on the same database (one test database per file, as on PostgreSQL). */
const restart = (env: Record<string, string>) =>
  buildApp(
    loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', STATIC_DIR: '/nonexistent', ...env }),
    {
      db: t.db,
    },
  );

describe('kiosk enrolment without demo data, and its rate limit', () => {
  it('has no DEMO-BORNE code when demo data is off, even in a database that had it', async () => {
    // The same database counts the attempts of the app above: limits raised as there.
    const off = await restart({ DEMO_DATA: '0', RATE_LIMIT_SCALE: '10' });
    try {
      const res = await off.inject({
        method: 'POST',
        url: '/api/borne/enrolement',
        headers: { origin: ORIGIN },
        payload: { code: 'DEMO-BORNE' },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: 'kiosk_code_invalid' });
    } finally {
      await off.close();
    }
  });

  it('makes guessing codes slow: a few tries per quarter hour and address, then a French 429', async () => {
    const strict = await restart({ RATE_LIMIT_SCALE: '1' });
    try {
      const tries = [];
      for (let i = 0; i < 11; i += 1)
        tries.push(
          await strict.inject({
            method: 'POST',
            url: '/api/borne/enrolement',
            remoteAddress: '192.0.2.10',
            headers: { origin: ORIGIN },
            payload: { code: `ESSAI-${i}` },
          }),
        );
      expect(tries.slice(0, 10).map((r) => r.statusCode)).toEqual(Array(10).fill(400));
      const last = tries[10];
      expect(last?.statusCode).toBe(429);
      expect(last?.json<{ message: string }>().message).toMatch(
        /^Trop de demandes en peu de temps : patientez/,
      );
      expect(Number(last?.headers['retry-after'])).toBeGreaterThan(60);
    } finally {
      await strict.close();
    }
  });
});
