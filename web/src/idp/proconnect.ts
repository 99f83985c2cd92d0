// A ProConnect-like provider for agents (France Services, CAF, CCAS) who help people in the
// assisted mode: ProConnect's pivot identity (usual_name, given_name, email, uid, siret), plus
// the structure's name and the agent's role in it, which a real deployment would read from its
// own list of structures and managers rather than from the identity provider.
import type { SigningJwk } from './keys.ts';
import type { IdpClient } from './provider.ts';
import { startLocalIdp, type LocalIdp } from './server.ts';

export const PROCONNECT_CLAIMS = [
  'given_name',
  'usual_name',
  'email',
  'uid',
  'siret',
  'structure',
  'role',
] as const;

interface DemoAgent {
  readonly login: string;
  readonly password: string;
  readonly given_name: string;
  readonly usual_name: string;
  readonly email: string;
  readonly siret: string;
  readonly structure: string;
  readonly role: 'agent' | 'manager';
}

/** Fictitious agents of fictitious structures (SIRET prefixed 999, never a real one). */
export const demoAgents: readonly DemoAgent[] = [
  {
    login: 'agent-fs',
    password: 'agent-2026',
    given_name: 'Claire',
    usual_name: 'Guichet',
    email: 'claire.guichet@example.org',
    siret: '99900000011112',
    structure: 'France Services Démo de Saint-Flour',
    role: 'agent',
  },
  {
    login: 'agent-ccas',
    password: 'agent-2026',
    given_name: 'Hugo',
    usual_name: 'Accueil',
    email: 'hugo.accueil@example.org',
    siret: '99900000022223',
    structure: 'CCAS Démo de Lille',
    role: 'agent',
  },
  {
    login: 'manager-fs',
    password: 'agent-2026',
    given_name: 'Inès',
    usual_name: 'Responsable',
    email: 'ines.responsable@example.org',
    siret: '99900000011112',
    structure: 'France Services Démo de Saint-Flour',
    role: 'manager',
  },
];

export function startLocalProConnect(o: {
  readonly host: string;
  readonly port: number;
  readonly issuer?: string;
  readonly client: IdpClient;
  readonly key: SigningJwk;
  readonly cookieSecret: string;
}): Promise<LocalIdp> {
  return startLocalIdp({
    ...o,
    brand: 'ProConnect local',
    claimNames: PROCONNECT_CLAIMS,
    acr: 'eidas1',
    clients: [o.client],
    accounts: demoAgents.map((a, i) => ({
      login: a.login,
      password: a.password,
      sub: `agent-${String(i + 1).padStart(4, '0')}`,
      claims: {
        given_name: a.given_name,
        usual_name: a.usual_name,
        email: a.email,
        siret: a.siret,
        uid: `uid-${a.login}`,
        structure: a.structure,
        role: a.role,
      },
      listed: {
        login: a.login,
        password: a.password,
        name: `${a.given_name} ${a.usual_name}`,
        summary: `${a.structure} (${a.role === 'manager' ? 'responsable' : 'conseiller'})`,
      },
    })),
  });
}
