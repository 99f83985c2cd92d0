// Connector configuration, from the environment: sandbox by default; a base URL (and token)
// per organisation switches it to its real API. Faults can be injected into the sandbox.
import { z } from 'zod';
import { CONNECTED_ORGANISATIONS } from '../../../src/shared/contracts/rights.ts';
import { deliveryFaultsOf, type DeliveryFaults } from './sandbox/delivery-faults.ts';
import type { Fault, Faults } from './sandbox/transport.ts';
import type { ConnectedOrganisation } from './types.ts';

const FAULT = /^(?<org>[a-z-]+):(?<kind>timeout|error|slow)(=(?<ms>\d{1,6}))?$/;
/** Deliveries only (sandbox/delivery-faults.ts): parsed there, skipped here. */
const DELIVERY_FAULT = /^[a-z-]+:delivery-(timeout|error|malformed|drip)(=\d{1,6})?$/;

export const faultsSchema = z
  .string()
  .optional()
  .transform((raw, ctx): Faults => {
    const out: Partial<Record<ConnectedOrganisation, Fault>> = {};
    for (const item of (raw ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      if (DELIVERY_FAULT.test(item)) continue;
      const g = FAULT.exec(item)?.groups;
      const org = CONNECTED_ORGANISATIONS.find((o) => o === g?.org);
      if (!g || !org) {
        ctx.addIssue({
          code: 'custom',
          message: `« ${item} » : attendu organisme:timeout|error|slow[=ms] ou organisme:delivery-timeout|error|malformed|drip[=ms], organismes ${CONNECTED_ORGANISATIONS.join(', ')}`,
        });
        return z.NEVER;
      }
      out[org] =
        g.kind === 'slow'
          ? { kind: 'slow', delayMs: Number(g.ms ?? 1500) }
          : { kind: g.kind === 'timeout' ? 'timeout' : 'error' };
    }
    return out;
  });

export interface Endpoint {
  readonly baseUrl: string;
  readonly token?: string | undefined;
}

export interface ConnectorConfig {
  readonly faults: Faults;
  /** Faults of the deliveries only (the reads stay healthy). */
  readonly deliveryFaults: DeliveryFaults;
  readonly timeoutMs: number;
  readonly retries: number;
  /** An answer younger than this is served from the cache without calling the organisation. */
  readonly freshMs: number;
  readonly apiParticulier?: Endpoint & { readonly recipient?: string | undefined };
  readonly endpoints: Readonly<Partial<Record<ConnectedOrganisation, Endpoint>>>;
}

const envName = (org: string) => `CONNECTOR_${org.toUpperCase().replace(/-/g, '_')}`;

const schema = z.object({
  CONNECTOR_FAULTS: faultsSchema,
  CONNECTOR_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3000),
  CONNECTOR_RETRIES: z.coerce.number().int().min(0).max(5).default(2),
  CONNECTOR_CACHE_FRESH_S: z.coerce.number().int().min(0).max(86_400).default(300),
  API_PARTICULIER_URL: z.url().optional(),
  API_PARTICULIER_TOKEN: z.string().min(1).optional(),
  API_PARTICULIER_RECIPIENT: z
    .string()
    .regex(/^\d{14}$/, 'SIRET à 14 chiffres attendu')
    .optional(),
});

export type ConnectorEnvIssue = { path: string; message: string };

/** Parses the connector variables; returns the issues instead of throwing, for config.ts. */
export function parseConnectorConfig(
  env: Record<string, string | undefined>,
): { ok: true; value: ConnectorConfig } | { ok: false; issues: ConnectorEnvIssue[] } {
  const r = schema.safeParse(env);
  if (!r.success)
    return {
      ok: false,
      issues: r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    };
  const c = r.data;
  const endpoints: Partial<Record<ConnectedOrganisation, Endpoint>> = {};
  const issues: ConnectorEnvIssue[] = [];
  for (const o of CONNECTED_ORGANISATIONS) {
    const name = `${envName(o)}_URL`;
    const baseUrl = env[name];
    if (!baseUrl) continue;
    if (!z.url({ protocol: /^https?$/ }).safeParse(baseUrl).success)
      issues.push({ path: name, message: 'adresse http(s):// attendue' });
    else endpoints[o] = { baseUrl, token: env[`${envName(o)}_TOKEN`] };
  }
  if (issues.length) return { ok: false, issues };
  return {
    ok: true,
    value: {
      faults: c.CONNECTOR_FAULTS,
      deliveryFaults: deliveryFaultsOf(env.CONNECTOR_FAULTS),
      timeoutMs: c.CONNECTOR_TIMEOUT_MS,
      retries: c.CONNECTOR_RETRIES,
      freshMs: c.CONNECTOR_CACHE_FRESH_S * 1000,
      ...(c.API_PARTICULIER_URL
        ? {
            apiParticulier: {
              baseUrl: c.API_PARTICULIER_URL,
              token: c.API_PARTICULIER_TOKEN,
              recipient: c.API_PARTICULIER_RECIPIENT,
            },
          }
        : {}),
      endpoints,
    },
  };
}
