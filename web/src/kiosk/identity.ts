// Who speaks on /api/borne/*: an enrolled kiosk (`Authorization: Bearer <its token>`, looked up by
// the token's SHA-256), or the fleet operator (`Bearer $OPERATOR_TOKEN`). Decorated before the
// idempotency and rate-limit hooks, which scope a kiosk's requests by the kiosk itself.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { sameSecret } from '../http/secrets.ts';
import { KIOSK_ERRORS, KIOSK_MESSAGES } from '../../../src/shared/contracts/kiosk.ts';
import type { KioskIdentity, KioskRepository } from './kiosks.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The enrolled kiosk presenting its token, or null. */
    kiosk: KioskIdentity | null;
    /** The fleet operator presenting OPERATOR_TOKEN. */
    kioskOperator: boolean;
  }
}

export const isKioskPath = (url: string): boolean => url.startsWith('/api/borne/');

/** The bearer token of the request, when it has one of a plausible size. */
export function bearerOf(request: FastifyRequest): string | undefined {
  const m = /^Bearer ([\w.~+/=-]{16,256})$/i.exec(request.headers.authorization ?? '');
  return m?.[1];
}

/** preHandler for the kiosk's own routes. */
export async function requireKiosk(request: FastifyRequest, reply: FastifyReply) {
  if (!request.kiosk)
    await reply.code(401).send({
      error: KIOSK_ERRORS.kioskUnauthenticated,
      message: KIOSK_MESSAGES.kioskUnauthenticated,
    });
}

async function kioskIdentity(
  app: FastifyInstance,
  o: { kiosks: KioskRepository; operatorToken: string | undefined },
) {
  app.decorateRequest('kiosk', null);
  app.decorateRequest('kioskOperator', false);
  app.addHook('onRequest', async (request) => {
    if (!isKioskPath(request.url)) return;
    const token = bearerOf(request);
    if (!token) return;
    if (o.operatorToken !== undefined && sameSecret(token, o.operatorToken)) {
      request.kioskOperator = true;
      return;
    }
    request.kiosk = await o.kiosks.byToken(token);
  });
}

export const kioskIdentityPlugin = fp(kioskIdentity, {
  name: 'droits360-kiosk-identity',
  fastify: '5.x',
});
