// "Dites-le nous une fois": which organisations a change concerns (and why), a preview that
// checks the declaration before the person is asked to agree, the declaration itself, sent
// through the durable outbox once the person agreed, and its receipts.
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { OrganisationBlock } from '../../../src/shared/contracts/rights.ts';
import {
  DECLARATION_MESSAGES,
  declarationRequest,
  previewRequest,
  type DeclarationContent,
  type DeclarationView,
  type Recipient,
} from '../../../src/shared/contracts/declarations.ts';
import { requireUser } from '../auth/identity.ts';
import type { PersonIdentity } from '../connectors/types.ts';
import type { Declaration } from '../db/outbox.ts';
import type { Services } from '../services.ts';
import { badRequest } from './bad-request.ts';
import { loadCommunes } from './communes.ts';

/** Who keeps family situations: family benefits, health cover, the tax household. */
const FAMILY = new Set(['caf', 'msa', 'cpam', 'impots']);
/** A death also concerns the pension funds (survivor's pension). */
const PENSIONS = new Set(['cnav', 'agirc-arrco']);
const kindQuery = z.object({ kind: z.enum(['address', 'contact', 'family']) });
const idParams = z.object({ id: z.uuid() });

function reason(b: OrganisationBlock): Omit<Recipient, 'organisation'> {
  const paid = (b.record?.rights ?? []).filter(
    (r) => r.status === 'en-cours' && r.kind !== 'couverture',
  );
  if (paid.length) return { reason: 'pays-benefits', benefits: paid.map((r) => r.label) };
  if (b.id === 'impots') return { reason: 'tax-household' };
  if (b.id === 'cpam') return { reason: 'health-cover' };
  if (b.id === 'urssaf' || b.id === 'france-travail') return { reason: 'employment' };
  if (PENSIONS.has(b.id)) return { reason: 'pension' };
  return { reason: 'holds-file' };
}

function concerned(id: string, c: Pick<DeclarationContent, 'kind'> & { event?: string }) {
  if (c.kind !== 'family') return true;
  return FAMILY.has(id) || ((c.event === undefined || c.event === 'death') && PENSIONS.has(id));
}

const view = (d: Declaration): DeclarationView => ({
  id: d.id,
  kind: d.kind as DeclarationView['kind'],
  payload: d.payload,
  createdAt: d.createdAt,
  deliveries: d.deliveries.map((x) => ({
    organisation: x.organisation,
    status: x.status,
    receipt: x.receipt,
    lastError: x.lastError,
    attempts: x.attempts,
    updatedAt: x.updatedAt,
  })),
});

/** 400 naming the commune field: the pair postal code / commune is not in the reference. */
const unknownCommuneBody = (prefix: string) => ({
  error: 'invalid',
  message: 'Certaines informations sont à corriger.',
  fields: [{ path: `${prefix}communeCode`, message: DECLARATION_MESSAGES.communeUnknown }],
});
const unknownCommune = (reply: FastifyReply, prefix: string) =>
  reply.code(400).send(unknownCommuneBody(prefix));

/** The content with the reference's commune name, or undefined when the commune is unknown. */
async function checkCommune(c: DeclarationContent): Promise<DeclarationContent | undefined> {
  if (c.kind !== 'address') return c;
  const found = (await loadCommunes()).find(c.communeCode, c.postalCode);
  return found ? { ...c, commune: found.name } : undefined;
}

type Concern = Pick<DeclarationContent, 'kind'> & { event?: string };
export type DeclarationRequest = z.infer<typeof declarationRequest>;
export type DeclarationOutcome =
  | { readonly ok: true; readonly status: 202; readonly view: DeclarationView | { id: string } }
  | { readonly ok: false; readonly status: 400; readonly body: object };

/**
 * Who a change concerns and the sending of a declaration for a given person: the person's own
 * routes and the assisted mode (an agent declaring in the person's name) share it.
 */
export function declarationSender(
  services: Services,
  log: { error(o: object, msg: string): void },
) {
  const audience = async (
    user: PersonIdentity,
    c: Concern,
  ): Promise<{ recipients: Recipient[]; unreachable: string[] }> => {
    const blocks = (await services.rights.forPerson(user)).organisations.filter((b) =>
      concerned(b.id, c),
    );
    return {
      recipients: blocks
        .filter((b) => b.record !== undefined)
        .map((b) => ({ organisation: b.id, ...reason(b) })),
      // Down and nothing cached: the person is told, rather than the organisation left out silently.
      unreachable: blocks
        .filter((b) => b.record === undefined && b.status === 'unavailable')
        .map((b) => b.id),
    };
  };
  const recipients = async (user: PersonIdentity, c: Concern) =>
    (await audience(user, c)).recipients;

  const send = async (
    user: PersonIdentity,
    req: DeclarationRequest,
  ): Promise<DeclarationOutcome> => {
    const content = await checkCommune(req.content);
    if (!content) return { ok: false, status: 400, body: unknownCommuneBody('content.') };
    const { organisations, discreet } = req;
    const allowed = new Set((await recipients(user, content)).map((r) => r.organisation));
    const unknown = organisations.filter((o) => !allowed.has(o));
    if (unknown.length)
      return {
        ok: false,
        status: 400,
        body: {
          error: 'invalid',
          message: 'Certaines informations sont à corriger.',
          fields: [
            {
              path: 'organisations',
              message: `Organismes : non concernés par ce changement : ${unknown.join(', ')}.`,
            },
          ],
        },
      };
    const id = await services.outbox.enqueue(
      { userSub: user.sub, kind: content.kind, payload: content, discreet: discreet === true },
      organisations,
      services.now(),
    );
    services.worker.kick((error) => {
      log.error({ err: error }, 'outbox delivery failed');
    });
    const mine = await services.outbox.listForUser(user.sub);
    const created = mine.find((d) => d.id === id);
    return { ok: true, status: 202, view: created ? view(created) : { id } };
  };
  return { audience, recipients, send };
}

export const declarationRoutes: FastifyPluginAsync<{ services: Services }> = async (
  app,
  { services },
) => {
  const { audience, recipients, send } = declarationSender(services, app.log);

  app.get(
    '/api/me/declarations/recipients',
    { preHandler: requireUser },
    async (request, reply) => {
      const q = kindQuery.safeParse(request.query);
      if (!q.success) return badRequest(reply, q.error);
      if (!request.user) return reply.code(401).send();
      return { recipients: await recipients(request.user, q.data) };
    },
  );

  app.post('/api/me/declarations/preview', { preHandler: requireUser }, async (request, reply) => {
    if (!request.user) return reply.code(401).send();
    const parsed = previewRequest.safeParse(request.body);
    if (!parsed.success) return badRequest(reply, parsed.error);
    const content = await checkCommune(parsed.data.content);
    if (!content) return unknownCommune(reply, 'content.');
    return { content, ...(await audience(request.user, content)) };
  });

  app.get('/api/me/declarations', { preHandler: requireUser }, async (request) => ({
    declarations: (
      await services.outbox.listForUser(request.user?.sub ?? '', { withoutDiscreet: true })
    ).map(view),
  }));

  app.get('/api/me/declarations/:id', { preHandler: requireUser }, async (request, reply) => {
    const p = idParams.safeParse(request.params);
    const mine = await services.outbox.listForUser(request.user?.sub ?? '');
    const found = p.success ? mine.find((d) => d.id === p.data.id) : undefined;
    if (!found)
      return reply.code(404).send({ error: 'not-found', message: 'Déclaration introuvable.' });
    return view(found);
  });

  app.post('/api/me/declarations', { preHandler: requireUser }, async (request, reply) => {
    const user = request.user;
    if (!user) return reply.code(401).send();
    const parsed = declarationRequest.safeParse(request.body);
    if (!parsed.success) return badRequest(reply, parsed.error);
    const outcome = await send(user, parsed.data);
    return reply.code(outcome.status).send(outcome.ok ? outcome.view : outcome.body);
  });
};
