// The signing key of the local identity provider: an ES256 (P-256) key, like FranceConnect v2.
// Generated at start unless configured, so nothing secret is ever committed.
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { z } from 'zod';

const ecPrivateJwk = z.object({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: z.string().min(1),
  y: z.string().min(1),
  d: z.string().min(1),
  kid: z.string().min(1).optional(),
});

export interface SigningJwk {
  readonly kty: 'EC';
  readonly crv: 'P-256';
  readonly x: string;
  readonly y: string;
  readonly d: string;
  readonly kid: string;
  readonly alg: 'ES256';
  readonly use: 'sig';
}

export function generateSigningKey(): SigningJwk {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return fromJwk(privateKey.export({ format: 'jwk' }));
}

/** A key given as JSON (IDP_SIGNING_JWK); a wrong key stops the start with a clear message. */
export function parseSigningKey(json: string): SigningJwk {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new Error('IDP_SIGNING_JWK : JSON invalide (clé EC P-256 privée attendue)');
  }
  return fromJwk(raw);
}

function fromJwk(raw: unknown): SigningJwk {
  const parsed = ecPrivateJwk.safeParse(raw);
  if (!parsed.success) throw new Error('IDP_SIGNING_JWK : clé EC P-256 privée attendue');
  const k = parsed.data;
  return { ...k, kid: k.kid ?? randomUUID(), alg: 'ES256', use: 'sig' };
}
