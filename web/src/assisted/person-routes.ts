// The person's side: reading the plain summary and consenting through FranceConnect (the link
// is single-use and bound to the first person who opens it), their mandates and revocation,
// and "Mon historique d'accompagnement".
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { consentRequest } from '../../../src/shared/contracts/assisted.ts';
import { requireUser } from '../auth/identity.ts';
import { badRequest } from '../routes/bad-request.ts';
import type { Services } from '../services.ts';
import { lineOf, noteExpiry, notFound } from './access.ts';
import { statusAt, summaryHash, summaryOf, viewOf, type MandateRecord } from './rules.ts';

const tokenParams = z.object({ token: z.string().min(10).max(100) });
const idParams = z.object({ id: z.uuid() });

const consentError = (reply: FastifyReply, status: number, error: string, message: string) =>
  reply.code(status).send({ error, message });

export const assistedPersonRoutes: FastifyPluginAsync<{ services: Services }> = async (
  app,
  { services },
) => {
  const { mandates, journal } = services.assisted;

  /** The mandate behind a consent link this person may still accept, or a reply sent. */
  const consentable = async (
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<{ m: MandateRecord; token: string } | undefined> => {
    const user = request.user;
    const p = tokenParams.safeParse(request.params);
    const link = p.success ? await mandates.link(p.data.token) : undefined;
    const m = link && (await mandates.get(link.mandateId));
    const now = services.now();
    if (!user) return undefined;
    if (!link || !m) {
      await consentError(
        reply,
        404,
        'consent_invalid',
        'Ce lien d’accord n’existe pas. Demandez au conseiller de vous en donner un nouveau.',
      );
      return undefined;
    }
    if (link.usedAt !== null) {
      await consentError(
        reply,
        409,
        'consent_used',
        'Ce lien d’accord a déjà servi : il ne peut être utilisé qu’une fois. Vos mandats sont dans « Mes mandats ».',
      );
      return undefined;
    }
    if (now > link.expiresAt || statusAt(m, now) !== 'en-attente') {
      await consentError(
        reply,
        410,
        'consent_expired',
        'Ce lien d’accord a expiré ou a été annulé. Demandez au conseiller d’en créer un nouveau.',
      );
      return undefined;
    }
    if (!(await mandates.bind(link.token, user.sub))) {
      await consentError(
        reply,
        403,
        'consent_other_person',
        'Ce lien d’accord a été ouvert par une autre personne : seule la personne accompagnée peut donner son accord. Demandez un nouveau lien au conseiller.',
      );
      return undefined;
    }
    return { m, token: link.token };
  };

  app.get(
    '/api/mandats/consentement/:token',
    { preHandler: requireUser },
    async (request, reply) => {
      const c = await consentable(request, reply);
      if (!c) return reply;
      const link = await mandates.link(c.token);
      reply.header('cache-control', 'no-store');
      return { summary: summaryOf(c.m), consentExpiresAt: link?.expiresAt ?? 0 };
    },
  );

  app.post(
    '/api/mandats/consentement/:token',
    { preHandler: requireUser },
    async (request, reply) => {
      const user = request.user;
      if (!user) return reply.code(401).send();
      const c = await consentable(request, reply);
      if (!c) return reply;
      const parsed = consentRequest.safeParse(request.body);
      if (!parsed.success) return badRequest(reply, parsed.error);
      const now = services.now();
      const hash = summaryHash(summaryOf(c.m));
      if (!(await mandates.consent(c.token, c.m.id, user, hash, now)))
        return consentError(
          reply,
          409,
          'consent_used',
          'Ce lien d’accord a déjà servi : il ne peut être utilisé qu’une fois.',
        );
      const m = (await mandates.get(c.m.id)) ?? c.m;
      await journal.append(
        lineOf(m, m.renews ? 'mandat-renouvele' : 'consentement-donne', {
          agent: null,
          at: now,
          detail: m.renews ? `renouvelle:${m.renews}` : `empreinte:${hash.slice(0, 16)}`,
        }),
      );
      return viewOf(m, now, null);
    },
  );

  app.get('/api/me/mandats', { preHandler: requireUser }, async (request) => {
    const now = services.now();
    const list = await mandates.forPerson(request.user?.sub ?? '');
    await Promise.all(list.map((m) => noteExpiry(services, m, now)));
    return { mandates: list.map((m) => viewOf(m, now, null)) };
  });

  app.post('/api/me/mandats/:id/revoquer', { preHandler: requireUser }, async (request, reply) => {
    const p = idParams.safeParse(request.params);
    const m = p.success ? await mandates.get(p.data.id) : undefined;
    if (!m || m.person?.sub !== request.user?.sub) return notFound(reply);
    const now = services.now();
    if (await mandates.revoke(m.id, 'personne', now))
      await journal.append(lineOf(m, 'revoque-par-personne', { agent: null, at: now }));
    return viewOf((await mandates.get(m.id)) ?? m, now, null);
  });

  app.get('/api/me/accompagnement/journal', { preHandler: requireUser }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return { entries: await journal.forPerson(request.user?.sub ?? '') };
  });
};
