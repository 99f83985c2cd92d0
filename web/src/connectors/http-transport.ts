// The transport to a real organisation's API over HTTPS: API Particulier v3 conventions
// (Bearer token, `recipient` = SIRET of the administration asking, JSON:API-style errors).
// Turning a sandbox connector into a real one is configuration: a base URL and a token.
import { z } from 'zod';
import { ConnectorHttpError, type Query, type Transport } from './types.ts';

export interface HttpTransportOptions {
  readonly baseUrl: string;
  readonly token?: string | undefined;
  /** SIRET of the administration on whose behalf the portal calls (API Particulier v3). */
  readonly recipient?: string | undefined;
  readonly fetch?: typeof fetch;
}

/** Arrays become repeated `name[]` parameters, as API Particulier expects for `prenoms[]`. */
export function toSearchParams(query: Query): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (typeof value === 'string') params.append(key, value);
    else for (const v of value) params.append(`${key}[]`, v);
  }
  return params;
}

const errorBody = z.object({
  errors: z.array(z.object({ code: z.string().optional(), title: z.string().optional() })).min(1),
});

export function httpTransport(o: HttpTransportOptions): Transport {
  const doFetch = o.fetch ?? fetch;
  return {
    async get(path, query, signal) {
      const url = new URL(path, o.baseUrl);
      const params = toSearchParams(query);
      if (o.recipient) params.set('recipient', o.recipient);
      url.search = params.toString();
      const res = await doFetch(url, {
        signal,
        headers: {
          accept: 'application/json',
          ...(o.token ? { authorization: `Bearer ${o.token}` } : {}),
        },
        redirect: 'error',
      });
      const text = await res.text();
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = undefined;
      }
      if (!res.ok) {
        const first = errorBody.safeParse(body).data?.errors[0];
        throw new ConnectorHttpError(res.status, first?.title ?? `HTTP ${res.status}`, first?.code);
      }
      if (body === undefined) throw new ConnectorHttpError(502, 'réponse non JSON');
      return body;
    },
  };
}
