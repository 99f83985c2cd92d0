// Identity configuration, from the environment. With no FC_ISSUER, the local FranceConnect-like
// provider starts with the portal (quick start); with one, the portal talks to that provider
// and the local one stays off. Pointing at the FranceConnect integration platform is therefore
// FC_ISSUER + FC_CLIENT_ID + FC_CLIENT_SECRET, nothing else.
import { z } from 'zod';

const minutes = (d: number) =>
  z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .default(d);

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    FC_ISSUER: z.url().optional(),
    FC_CLIENT_ID: z.string().min(1).optional(),
    FC_CLIENT_SECRET: z.string().min(16).optional(),
    FC_ACR: z.string().min(1).default('eidas1'),
    LOCAL_IDP: z.enum(['auto', 'on', 'off']).default('auto'),
    IDP_HOST: z.string().min(1).default('localhost'),
    IDP_PORT: z.coerce.number().int().min(0).max(65535).default(8081),
    IDP_SIGNING_JWK: z.string().min(1).optional(),
    SESSION_IDLE_MINUTES: minutes(30),
    SESSION_ABSOLUTE_MINUTES: minutes(12 * 60),
  })
  .superRefine((c, ctx) => {
    if (c.FC_ISSUER && (!c.FC_CLIENT_ID || !c.FC_CLIENT_SECRET))
      ctx.addIssue({
        code: 'custom',
        path: ['FC_CLIENT_ID'],
        message: 'FC_CLIENT_ID et FC_CLIENT_SECRET sont requis avec FC_ISSUER',
      });
    if (c.FC_ISSUER && c.LOCAL_IDP === 'on')
      ctx.addIssue({
        code: 'custom',
        path: ['LOCAL_IDP'],
        message: 'le fournisseur local ne peut pas tourner avec un FC_ISSUER réel',
      });
    // Public test passwords must never guard a production portal by accident.
    if (c.NODE_ENV === 'production' && !c.FC_ISSUER && c.LOCAL_IDP !== 'on')
      ctx.addIssue({
        code: 'custom',
        path: ['FC_ISSUER'],
        message: 'requis en production (ou LOCAL_IDP=on pour une démonstration)',
      });
  });

export type IdentityEnv = z.infer<typeof schema>;

export interface IdentityConfig {
  readonly local: {
    readonly host: string;
    readonly port: number;
    readonly signingJwk?: string;
  } | null;
  readonly issuer: string;
  readonly clientId: string;
  /** Undefined in local mode: a random secret is shared in-process at start. */
  readonly clientSecret?: string;
  readonly acr: string;
  readonly idleMs: number;
  readonly absoluteMs: number;
}

export class IdentityConfigError extends Error {
  override name = 'IdentityConfigError';
}

export function loadIdentityConfig(env: Record<string, string | undefined>): IdentityConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success)
    throw new IdentityConfigError(
      `Configuration de l’identité invalide :\n${parsed.error.issues.map((i) => `- ${i.path.join('.')} : ${i.message}`).join('\n')}`,
    );
  const c = parsed.data;
  const common = {
    acr: c.FC_ACR,
    idleMs: c.SESSION_IDLE_MINUTES * 60_000,
    absoluteMs: c.SESSION_ABSOLUTE_MINUTES * 60_000,
  };
  if (c.FC_ISSUER && c.FC_CLIENT_ID && c.FC_CLIENT_SECRET)
    return {
      ...common,
      local: null,
      issuer: c.FC_ISSUER,
      clientId: c.FC_CLIENT_ID,
      clientSecret: c.FC_CLIENT_SECRET,
    };
  const host = c.IDP_HOST === '127.0.0.1' ? '127.0.0.1' : 'localhost';
  return {
    ...common,
    local: {
      host: c.IDP_HOST,
      port: c.IDP_PORT,
      ...(c.IDP_SIGNING_JWK ? { signingJwk: c.IDP_SIGNING_JWK } : {}),
    },
    issuer: `http://${host}:${c.IDP_PORT}`,
    clientId: 'droits360-local',
  };
}
