// The whole app for the kiosk tests, with what they need besides a person's login: a demo agent
// logged in (a real agent session row, its cookie and CSRF token) and an enrolled kiosk.
import { AgentSessions } from '../../auth/agents-sessions.ts';
import type { AgentUser } from '../../auth/agents.ts';
import { demoAgents } from '../../idp/proconnect.ts';
import { testApp, type TestApp } from '../../routes/__fixtures__/test-app.ts';
import type { KioskEnrolmentResponse } from '../../../../src/shared/contracts/kiosk.ts';

export const ORIGIN = 'http://localhost:8080';
export const OPERATOR_TOKEN = 'operator-token-for-the-kiosk-tests-0123456789';

export interface KioskApp extends TestApp {
  /** Headers of a demo agent's browser (agent-fs, manager-fs, agent-ccas). */
  agent(login: string): Promise<Record<string, string>>;
  /** Enrols a kiosk with that code; throws unless 201. */
  enrol(code?: string, extra?: object): Promise<KioskEnrolmentResponse>;
}

export function agentUserOf(login: string): AgentUser {
  const i = demoAgents.findIndex((a) => a.login === login);
  const a = demoAgents[i];
  if (!a) throw new Error(`unknown demo agent ${login}`);
  return {
    sub: `agent-${String(i + 1).padStart(4, '0')}`,
    uid: `uid-${a.login}`,
    givenName: a.given_name,
    usualName: a.usual_name,
    email: a.email,
    siret: a.siret,
    structure: a.structure,
    role: a.role,
  };
}

export const kioskHeaders = (token: string): Record<string, string> => ({
  authorization: `Bearer ${token}`,
  origin: ORIGIN,
});

export async function kioskApp(env: Record<string, string> = {}): Promise<KioskApp> {
  const t = await testApp({ OPERATOR_TOKEN, RATE_LIMIT_SCALE: '10', ...env });
  const sessions = new AgentSessions(t.db.db, {
    idleMs: 15 * 60_000,
    absoluteMs: 4 * 60 * 60_000,
    now: Date.now,
  });
  return {
    ...t,
    async agent(login) {
      const { id, data } = await sessions.create({ agent: agentUserOf(login) });
      return { cookie: `d360_agent=${id}`, origin: ORIGIN, 'x-csrf-token': data.csrfToken };
    },
    async enrol(code = 'DEMO-BORNE', extra = {}) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/borne/enrolement',
        headers: { origin: ORIGIN },
        payload: { code, ...extra },
      });
      if (res.statusCode !== 201) throw new Error(`enrolment ${res.statusCode} ${res.body}`);
      return res.json<KioskEnrolmentResponse>();
    },
  };
}
