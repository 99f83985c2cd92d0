// openid-client v6 accepts a JWT userinfo without checking its signature, so the portal checks
// it here: ES256 only, key chosen by kid from the provider's JWKS (fetched again once when the
// key is unknown or the check fails, as FranceConnect asks after a key rotation), then iss/aud.
import { createPublicKey, verify } from 'node:crypto';
import { z } from 'zod';

const header = z.object({ alg: z.literal('ES256'), kid: z.string().min(1).optional() });
const jwks = z.object({
  keys: z.array(
    z.looseObject({ kty: z.string(), kid: z.string().optional(), use: z.string().optional() }),
  ),
});

export class SignedUserinfoError extends Error {
  override name = 'SignedUserinfoError';
}

export class JwksVerifier {
  readonly #uri: string;
  readonly #fetch: (url: string) => Promise<Response>;
  #keys: Promise<z.infer<typeof jwks>['keys']> | undefined;

  constructor(uri: string, fetcher: (url: string) => Promise<Response>) {
    this.#uri = uri;
    this.#fetch = fetcher;
  }

  #load(fresh: boolean) {
    if (fresh || !this.#keys)
      this.#keys = this.#fetch(this.#uri)
        .then(async (r) => {
          if (!r.ok) throw new SignedUserinfoError(`JWKS HTTP ${r.status}`);
          return jwks.parse(await r.json()).keys;
        })
        .catch((e: unknown) => {
          this.#keys = undefined;
          throw e;
        });
    return this.#keys;
  }

  /** Verifies and returns the claims of an ES256 JWT, or throws. */
  async verify(
    jwt: string,
    expected: { issuer: string; audience: string },
  ): Promise<Record<string, unknown>> {
    const parts = jwt.trim().split('.');
    if (parts.length !== 3 || !parts[2])
      throw new SignedUserinfoError('userinfo is not a signed JWT');
    const [h = '', p = '', s = ''] = parts;
    const head = header.safeParse(decode(h));
    if (!head.success) throw new SignedUserinfoError('userinfo must be signed with ES256');
    const ok =
      (await this.#check(h, p, s, head.data.kid, false)) ||
      (await this.#check(h, p, s, head.data.kid, true));
    if (!ok) throw new SignedUserinfoError('userinfo signature does not verify');
    const claims = decode(p);
    if (typeof claims !== 'object' || claims === null)
      throw new SignedUserinfoError('userinfo payload');
    const c = claims as Record<string, unknown>;
    const aud = Array.isArray(c.aud) ? c.aud : [c.aud];
    if (c.iss !== expected.issuer || !aud.includes(expected.audience))
      throw new SignedUserinfoError('userinfo issuer or audience mismatch');
    return c;
  }

  async #check(h: string, p: string, s: string, kid: string | undefined, fresh: boolean) {
    const keys = await this.#load(fresh);
    const candidates = keys.filter(
      (k) => k.kty === 'EC' && (k.use ?? 'sig') === 'sig' && (!kid || k.kid === kid),
    );
    return candidates.some((k) => {
      try {
        const key = createPublicKey({ key: k, format: 'jwk' });
        return verify(
          'sha256',
          Buffer.from(`${h}.${p}`),
          { key, dsaEncoding: 'ieee-p1363' },
          Buffer.from(s, 'base64url'),
        );
      } catch {
        return false;
      }
    });
  }
}

function decode(part: string): unknown {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    throw new SignedUserinfoError('malformed JWT');
  }
}
