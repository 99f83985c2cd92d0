// The routes of the alerts' channels (src/shared/contracts/alerts.ts): the e-mail address and
// its confirmation, the one-click unsubscribe (the page's button, and the RFC 8058 POST a mail
// client sends to the List-Unsubscribe address), the push key and the devices' subscriptions,
// the genuine-message check, and the operator's view of the scheduler.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { sameSecret } from '../../http/secrets.ts';
import {
  emailConfirmRequest,
  emailRequest,
  pushSubscribeRequest,
  pushUnsubscribeRequest,
  unsubscribeRequest,
  verifyQuery,
  type UnsubscribeResponse,
  type VerifyResponse,
} from '../../../../src/shared/contracts/alerts.ts';
import { requireUser } from '../../auth/identity.ts';
import { badRequest } from '../../routes/bad-request.ts';
import type { AlertChannels } from './index.ts';
import type { AlertsPort } from './port.ts';
import { NEVER_ASKED } from './render.ts';

export interface AlertChannelRoutesOptions {
  readonly channels: AlertChannels;
  readonly alerts: AlertsPort;
  readonly operatorToken: string | undefined;
  readonly now: () => number;
}

const MINUTE = 60_000;
const limit = (max: number) => ({ rateLimit: { max, timeWindow: MINUTE } });

const invalidLink = (reply: FastifyReply, what: 'confirm' | 'unsubscribe') =>
  reply.code(400).send({
    error: 'token_invalid',
    message:
      what === 'confirm'
        ? 'Ce lien de confirmation n’est plus valable : demandez un nouveau courriel depuis vos préférences d’alertes.'
        : 'Ce lien de désabonnement n’est pas valable : changez vos choix depuis vos préférences d’alertes.',
  });

function operatorAllowed(request: FastifyRequest, token: string | undefined): boolean {
  const header = request.headers.authorization ?? '';
  if (!token || !header.startsWith('Bearer ')) return false;
  return sameSecret(header.slice('Bearer '.length), token);
}

export const alertChannelRoutes: FastifyPluginAsync<AlertChannelRoutesOptions> = async (
  app,
  { channels, alerts, operatorToken, now },
) => {
  const { delivery, addresses, secrets, subscriptions } = channels;
  const sub = (request: FastifyRequest) => request.user?.sub ?? '';

  app.post(
    '/api/alertes/email',
    { preHandler: requireUser, config: limit(5) },
    async (request, reply) => {
      const parsed = emailRequest.safeParse(request.body);
      if (!parsed.success) return badRequest(reply, parsed.error);
      await delivery.requestEmail(sub(request), parsed.data.address);
      return reply.code(202).send({ address: parsed.data.address, confirmed: false });
    },
  );

  app.post('/api/alertes/email/confirmer', { config: limit(20) }, async (request, reply) => {
    const parsed = emailConfirmRequest.safeParse(request.body);
    if (!parsed.success) return badRequest(reply, parsed.error);
    const person = await addresses.confirm(parsed.data.token, now());
    if (!person) return invalidLink(reply, 'confirm');
    await delivery.runSourcesSoon(person, 'email');
    return { confirmed: true };
  });

  const unsubscribe = async (token: string): Promise<UnsubscribeResponse | null> => {
    const found = await secrets.resolveUnsubscribe(token);
    if (!found) return null;
    await alerts.setChannel(found.sub, found.category, found.channel, false);
    return { category: found.category, channel: found.channel };
  };

  app.post('/api/alertes/desabonnement', { config: limit(20) }, async (request, reply) => {
    const parsed = unsubscribeRequest.safeParse(request.body);
    if (!parsed.success) return badRequest(reply, parsed.error);
    return (await unsubscribe(parsed.data.token)) ?? invalidLink(reply, 'unsubscribe');
  });

  // RFC 8058: the mail client POSTs `List-Unsubscribe=One-Click` to the List-Unsubscribe address,
  // which is the page's own address (a GET shows the page and changes nothing). Outside /api, so
  // no Origin or CSRF token is expected: the token in the address is the authority.
  await app.register(async (oneClick) => {
    for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data'])
      oneClick.addContentTypeParser(
        type,
        { parseAs: 'string', bodyLimit: 4096 },
        (_r, _b, done) => {
          done(null, null);
        },
      );
    oneClick.post('/alertes/desabonnement', { config: limit(20) }, async (request, reply) => {
      const { jeton } = request.query as { jeton?: unknown };
      const parsed = unsubscribeRequest.safeParse({ token: jeton });
      const done = parsed.success ? await unsubscribe(parsed.data.token) : null;
      return done ? reply.code(200).send(done) : invalidLink(reply, 'unsubscribe');
    });
  });

  app.get(
    '/api/alertes/verifier',
    { preHandler: requireUser, config: limit(20) },
    async (request, reply) => {
      const parsed = verifyQuery.safeParse(request.query);
      if (!parsed.success) return badRequest(reply, parsed.error);
      const sentAt = await secrets.verify(sub(request), parsed.data.code);
      const answer: VerifyResponse & { advice: readonly string[] } =
        sentAt === null
          ? { genuine: false, advice: NEVER_ASKED }
          : { genuine: true, sentAt, channel: 'email', advice: NEVER_ASKED };
      return reply.header('cache-control', 'no-store').send(answer);
    },
  );

  app.get('/api/push/cle', async () => ({ publicKey: (await channels.vapid()).publicKey }));

  app.post(
    '/api/push/abonnements',
    { preHandler: requireUser, config: limit(20) },
    async (request, reply) => {
      const parsed = pushSubscribeRequest.safeParse(request.body);
      if (!parsed.success) return badRequest(reply, parsed.error);
      const { endpoint, keys } = parsed.data.subscription;
      await subscriptions.save(sub(request), { endpoint, ...keys }, now());
      await delivery.runSourcesSoon(sub(request), 'push');
      return reply.code(201).send({ endpoint });
    },
  );

  app.delete(
    '/api/push/abonnements',
    { preHandler: requireUser, config: limit(20) },
    async (request, reply) => {
      const parsed = pushUnsubscribeRequest.safeParse(request.body);
      if (!parsed.success) return badRequest(reply, parsed.error);
      await subscriptions.remove(sub(request), parsed.data.endpoint);
      return reply.code(204).send();
    },
  );

  app.get('/api/operateur/travaux', async (request, reply) => {
    if (!operatorAllowed(request, operatorToken))
      return reply.code(401).send({
        error: 'operator_unauthorized',
        message:
          'Réservé à l’exploitant : présentez le jeton OPERATOR_TOKEN (Authorization: Bearer …).',
      });
    const [counts, dead] = await Promise.all([channels.queue.counts(), channels.queue.dead()]);
    return reply.header('cache-control', 'no-store').send({ counts, dead });
  });
};
