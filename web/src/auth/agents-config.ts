// Agents' identity configuration, from the environment. With no PROCONNECT_ISSUER, the local
// ProConnect-like provider starts with the portal on PROCONNECT_PORT (like the FranceConnect
// one on IDP_PORT); with one, the portal talks to that provider and the local one stays off.
import { z } from 'zod';

const minutes = (d: number, max: number) => z.coerce.number().int().min(1).max(max).default(d);

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PROCONNECT_ISSUER: z.url().optional(),
    PROCONNECT_CLIENT_ID: z.string().min(1).optional(),
    PROCONNECT_CLIENT_SECRET: z.string().min(16).optional(),
    LOCAL_IDP: z.enum(['auto', 'on', 'off']).default('auto'),
    IDP_HOST: z.string().min(1).default('localhost'),
    PROCONNECT_PORT: z.coerce.number().int().min(0).max(65535).default(8082),
    AGENT_SESSION_IDLE_MINUTES: minutes(15, 60),
    AGENT_SESSION_ABSOLUTE_MINUTES: minutes(4 * 60, 12 * 60),
  })
  .superRefine((c, ctx) => {
    if (c.PROCONNECT_ISSUER && (!c.PROCONNECT_CLIENT_ID || !c.PROCONNECT_CLIENT_SECRET))
      ctx.addIssue({
        code: 'custom',
        path: ['PROCONNECT_CLIENT_ID'],
        message:
          'PROCONNECT_CLIENT_ID et PROCONNECT_CLIENT_SECRET sont requis avec PROCONNECT_ISSUER',
      });
  });

export interface AgentIdentityConfig {
  /** null: no local provider (a real one is configured, or none at all in production). */
  readonly local: { readonly host: string; readonly port: number } | null;
  /** null when agents cannot log in at all (production without ProConnect). */
  readonly issuer: string | null;
  readonly clientId: string;
  readonly clientSecret?: string;
  readonly idleMs: number;
  readonly absoluteMs: number;
}

export class AgentConfigError extends Error {
  override name = 'AgentConfigError';
}

export function loadAgentConfig(env: Record<string, string | undefined>): AgentIdentityConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success)
    throw new AgentConfigError(
      `Configuration de l’identité des conseillers invalide :\n${parsed.error.issues.map((i) => `- ${i.path.join('.')} : ${i.message}`).join('\n')}`,
    );
  const c = parsed.data;
  const common = {
    idleMs: c.AGENT_SESSION_IDLE_MINUTES * 60_000,
    absoluteMs: c.AGENT_SESSION_ABSOLUTE_MINUTES * 60_000,
  };
  if (c.PROCONNECT_ISSUER && c.PROCONNECT_CLIENT_ID && c.PROCONNECT_CLIENT_SECRET)
    return {
      ...common,
      local: null,
      issuer: c.PROCONNECT_ISSUER,
      clientId: c.PROCONNECT_CLIENT_ID,
      clientSecret: c.PROCONNECT_CLIENT_SECRET,
    };
  // Public test passwords never guard a production portal: without ProConnect, no agent login.
  if (c.LOCAL_IDP === 'off' || (c.NODE_ENV === 'production' && c.LOCAL_IDP !== 'on'))
    return { ...common, local: null, issuer: null, clientId: 'droits360-agents-local' };
  const host = c.IDP_HOST === '127.0.0.1' ? '127.0.0.1' : 'localhost';
  return {
    ...common,
    local: { host: c.IDP_HOST, port: c.PROCONNECT_PORT },
    issuer: `http://${host}:${c.PROCONNECT_PORT}`,
    clientId: 'droits360-agents-local',
  };
}
