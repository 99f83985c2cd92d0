// The real-API path: the same connectors over HTTP against a local fake that serves the
// sandbox's payloads, checking the API Particulier conventions and the failure handling.
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPersonById } from '../demo/people.ts';
import { parseConnectorConfig } from './config.ts';
import { caf } from './caf/index.ts';
import { httpTransport } from './http-transport.ts';
import { callWithRetries } from './resilience.ts';
import { sandboxAnswer } from './sandbox/router.ts';
import { buildTransports } from './transports.ts';
import { ConnectorHttpError } from './types.ts';

const nadia = findPersonById('nadia-exemple')!.claims;
let fake: FastifyInstance;
let base: string;
const seen: { url: string; auth: string | undefined }[] = [];
let failNext = 0;
let hang = false;

beforeAll(async () => {
  fake = Fastify();
  fake.get('/*', async (request, reply) => {
    const url = new URL(request.url, 'http://fake');
    seen.push({ url: request.url, auth: request.headers.authorization });
    if (hang) return new Promise(() => undefined);
    if (failNext > 0) {
      failNext -= 1;
      return reply.code(502).send({ errors: [{ code: '37999', title: 'Erreur du fournisseur' }] });
    }
    const a = sandboxAnswer(url.pathname, url.searchParams);
    return reply.code(a.status).send(a.body);
  });
  await fake.listen({ host: '127.0.0.1', port: 0 });
  const addr = fake.server.address();
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
});
afterAll(async () => {
  hang = false;
  await fake.close();
});

function realTransports() {
  const c = parseConnectorConfig({
    API_PARTICULIER_URL: base,
    API_PARTICULIER_TOKEN: 'jeton-api-particulier',
    API_PARTICULIER_RECIPIENT: '13002526500013',
    CONNECTOR_CAF_URL: base,
    CONNECTOR_CAF_TOKEN: 'jeton-caf',
  });
  if (!c.ok) throw new Error(JSON.stringify(c.issues));
  return buildTransports(c.value);
}

describe('HTTP transport', () => {
  it('gives the same record over HTTP as in process', async () => {
    seen.length = 0;
    const signal = new AbortController().signal;
    const overHttp = await caf.fetch(nadia, realTransports().caf, signal);
    const sandboxed = parseConnectorConfig({});
    if (!sandboxed.ok) throw new Error('config');
    const inProcess = await caf.fetch(nadia, buildTransports(sandboxed.value).caf, signal);
    expect(overHttp).toEqual(inProcess);
    expect(overHttp.quotientFamilial?.value).toBe(590);
    // API Particulier v3: Bearer token and recipient; the dossier with the CAF's own token.
    const qf = seen.find((s) => s.url.startsWith('/v3/dss/quotient_familial/identite'));
    expect(qf?.auth).toBe('Bearer jeton-api-particulier');
    expect(qf?.url).toContain('recipient=13002526500013');
    expect(qf?.url).toContain('prenoms%5B%5D=Nadia');
    expect(seen.find((s) => s.url.startsWith('/partenaires/v1/caf/dossier'))?.auth).toBe(
      'Bearer jeton-caf',
    );
  });

  it('turns a JSON:API error into a typed error, retried when transient', async () => {
    failNext = 1;
    const t = httpTransport({ baseUrl: base });
    const body = await callWithRetries(
      (signal) => t.get('/v3/dss/prime_activite/identite', { nomNaissance: 'X' }, signal),
      { timeoutMs: 2000, retries: 1, baseDelayMs: 1 },
    ).catch((e: unknown) => e);
    // The retry reached the sandbox, which does not know "X".
    expect(body).toBeInstanceOf(ConnectorHttpError);
    expect((body as ConnectorHttpError).status).toBe(404);
    expect((body as ConnectorHttpError).code).toBe('37003');
  });

  it('aborts a request that hangs when the deadline passes', async () => {
    hang = true;
    const t = httpTransport({ baseUrl: base });
    await expect(
      callWithRetries((signal) => t.get('/v3/dss/prime_activite/identite', {}, signal), {
        timeoutMs: 100,
        retries: 0,
        baseDelayMs: 1,
      }),
    ).rejects.toThrow('délai dépassé');
    hang = false;
  });
});
