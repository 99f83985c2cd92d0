// "Contacter un organisme": a message goes to the organisation chosen, or to the one that
// handles the topic; the thread keeps the person's messages and the organisation's answers
// (the sandbox acknowledges each message with a reference).
import type { FastifyPluginAsync } from 'fastify';
import { messageRequest, TOPIC_ORGANISATION } from '../../../src/shared/contracts/messages.ts';
import { requireUser } from '../auth/identity.ts';
import type { PersonFiles } from '../documents/index.ts';
import type { Services } from '../services.ts';
import { derivedUuid, WorkLeases } from '../documents/work-leases.ts';
import { badRequest } from './bad-request.ts';

const DELIVERY_TIMEOUT_MS = 5000;

const NAMES: Readonly<Record<string, string>> = {
  caf: 'la CAF',
  msa: 'la MSA',
  cpam: 'l’Assurance Maladie',
  cnav: 'l’Assurance retraite',
  'agirc-arrco': 'l’Agirc-Arrco',
  'france-travail': 'France Travail',
  urssaf: 'l’Urssaf',
  impots: 'l’administration fiscale',
};

const acknowledgement = (organisation: string, reference: string) =>
  `Votre message a bien été reçu par ${NAMES[organisation] ?? organisation} (référence ${reference}). ` +
  'Un conseiller vous répondra dans ce fil, en général sous 10 jours ouvrés.';

export const messageRoutes: FastifyPluginAsync<{ services: Services; files: PersonFiles }> = async (
  app,
  { services, files },
) => {
  const leases = new WorkLeases(services.db.db, services.now);
  /**
   * Sends one message (its id is the idempotency key) and adds the acknowledgement, whose id is
   * derived from the message's: two concurrent reads of the threads send it once (the claim),
   * and can never leave two acknowledgements.
   */
  const deliver = async (
    t: { id: string; organisation: string; subject: string },
    m: { id: string; text: string; documents: readonly { id: string; name: string }[] },
  ) => {
    const ackId = derivedUuid(`ack:${m.id}`);
    const lease = await leases.claim(`message:${m.id}`, DELIVERY_TIMEOUT_MS + 5000);
    if (!lease) return; // another request is sending it right now
    try {
      if (await files.messages.exists(ackId)) return; // sent meanwhile
      const receipt = await files.deliver(
        {
          organisation: t.organisation,
          idempotencyKey: m.id,
          kind: 'message',
          payload: { subject: t.subject, text: m.text, documents: m.documents },
        },
        AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
      );
      await files.messages.setReference(t.id, receipt.reference);
      await files.messages.add(
        t.id,
        {
          author: 'organisation',
          text: acknowledgement(t.organisation, receipt.reference),
          documents: [],
        },
        services.now() + 1,
        ackId,
      );
    } catch (error) {
      // Kept in the thread unanswered; sent again the next time the threads are read.
      app.log.warn(
        { errorName: (error as Error).name, organisation: t.organisation },
        'message delivery failed',
      );
    } finally {
      await leases.release(lease);
    }
  };

  app.get('/api/me/messages', { preHandler: requireUser }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const sub = request.user?.sub ?? '';
    const unanswered = (await files.messages.threads(sub)).flatMap((t) => {
      const last = t.messages.at(-1);
      return last?.from === 'me' ? [{ t, last }] : [];
    });
    await Promise.all(unanswered.map(({ t, last }) => deliver(t, last)));
    return { threads: await files.messages.threads(sub) };
  });

  app.post('/api/me/messages', { preHandler: requireUser }, async (request, reply) => {
    const sub = request.user?.sub ?? '';
    const parsed = messageRequest.safeParse(request.body);
    if (!parsed.success) return badRequest(reply, parsed.error);
    const m = parsed.data;
    const threads = m.threadId ? await files.messages.threads(sub) : [];
    const thread = threads.find((t) => t.id === m.threadId);
    if (m.threadId && !thread)
      return reply.code(404).send({ error: 'not-found', message: 'Conversation introuvable.' });
    const organisation =
      thread?.organisation ?? m.organisation ?? (m.topic ? TOPIC_ORGANISATION[m.topic] : 'caf');
    const docs = await files.documents.owned(sub, m.documents);
    if (docs.length !== new Set(m.documents).size)
      return reply.code(400).send({
        error: 'invalid',
        message: 'Certaines informations sont à corriger.',
        fields: [
          {
            path: 'documents',
            message: 'Justificatifs : l’un d’eux n’existe plus ; choisissez-les à nouveau.',
          },
        ],
      });
    const attached = docs.map((d) => ({ id: d.id, name: d.name }));
    const threadId =
      thread?.id ??
      (await files.messages.createThread(
        { userSub: sub, organisation, subject: m.subject },
        services.now(),
      ));
    const id = await files.messages.add(
      threadId,
      { author: 'me', text: m.text, documents: attached },
      services.now(),
    );
    await deliver(
      { id: threadId, organisation, subject: thread?.subject ?? m.subject },
      { id, text: m.text, documents: attached },
    );
    const saved = (await files.messages.threads(sub)).find((t) => t.id === threadId);
    return reply.code(201).send(saved);
  });
};
