// The FranceConnect-like provider over the fictitious people: same claims, scopes and acr.
import { demoPeople, testIdentities } from '../demo/people.ts';
import type { SigningJwk } from './keys.ts';
import type { IdpClient } from './provider.ts';
import { startLocalIdp, type LocalIdp } from './server.ts';

export const FRANCECONNECT_CLAIMS = [
  'given_name',
  'family_name',
  'birthdate',
  'gender',
  'birthplace',
  'birthcountry',
  'email',
] as const;

export function startLocalFranceConnect(o: {
  readonly host: string;
  readonly port: number;
  readonly issuer?: string;
  readonly client: IdpClient;
  readonly key: SigningJwk;
  readonly cookieSecret: string;
}): Promise<LocalIdp> {
  const listed = testIdentities();
  return startLocalIdp({
    ...o,
    brand: 'FranceConnect local',
    claimNames: FRANCECONNECT_CLAIMS,
    acr: 'eidas1',
    clients: [o.client],
    accounts: demoPeople.map((p, i) => {
      const { sub, ...claims } = p.claims;
      const entry = listed[i];
      if (!entry) throw new Error('test identity list out of step');
      return { login: p.login, password: p.password, sub, claims, listed: entry };
    }),
  });
}
