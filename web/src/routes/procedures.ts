// Prefilled procedures: the form's starting values (from FranceConnect and the organisations),
// the submission (checked field by field with the same rules as the form, documents by
// reference to the person's own), its delivery to the organisation, and "Mes démarches".
// A delivery that fails is retried when the list is next read (idempotency key = procedure id).
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import {
  PROCEDURE_MESSAGES,
  checkProcedure,
  fieldsOf,
  procedureById,
  procedureRequest,
  type ProcedureRequest,
  type ProcedureView,
} from '../../../src/shared/contracts/procedures.ts';
import { requireUser } from '../auth/identity.ts';
import type { PersonFiles } from '../documents/index.ts';
import { knownFacts, prefillFor } from '../documents/prefill.ts';
import type { ProcedureRow } from '../documents/procedures-repo.ts';
import { WorkLeases } from '../documents/work-leases.ts';
import type { Services } from '../services.ts';
import { badRequest } from './bad-request.ts';

const idParams = z.object({ id: z.string() });
const DELIVERY_TIMEOUT_MS = 5000;

const view = (r: ProcedureRow): ProcedureView => ({
  id: r.id,
  procedure: r.procedure,
  organisation: r.organisation,
  status: r.status,
  reference: r.reference,
  createdAt: r.createdAt,
  documents: r.documents,
  clientRef: r.clientRef,
});

const invalid = (fields: { path: string; message: string }[]) => ({
  error: 'invalid',
  message: 'Certaines informations sont à corriger.',
  fields,
});

export type ProcedureOutcome =
  | {
      readonly ok: true;
      readonly status: 201;
      readonly view: ProcedureView;
      readonly isNew: boolean;
    }
  | { readonly ok: false; readonly status: 400 | 404; readonly body: object };

/**
 * Submitting and delivering procedures for a given person: the person's own route and the
 * assisted mode (an agent sending it in the person's name) share it.
 */
export function procedureSender(
  services: Services,
  files: PersonFiles,
  log: { warn(o: object, msg: string): void },
) {
  const leases = new WorkLeases(services.db.db, services.now);
  /** Sends a procedure still to send; concurrent reads of the list send it once (the claim). */
  const attempt = async (r: ProcedureRow): Promise<void> => {
    const lease = await leases.claim(`procedure:${r.id}`, DELIVERY_TIMEOUT_MS + 5000);
    if (!lease) return;
    try {
      if ((await files.procedures.get(r.id))?.status !== 'retry') return; // sent meanwhile
      const receipt = await files.deliver(
        {
          organisation: r.organisation,
          idempotencyKey: r.id,
          kind: `procedure:${r.procedure}`,
          payload: r.payload,
        },
        AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
      );
      await files.procedures.markDelivered(
        r.id,
        receipt.reference,
        receipt.acknowledged,
        services.now(),
      );
    } catch (error) {
      log.warn(
        { errorName: (error as Error).name, organisation: r.organisation },
        'procedure delivery failed',
      );
      await files.procedures.markFailed(r.id, services.now());
    } finally {
      await leases.release(lease);
    }
  };

  const submit = async (sub: string, req: ProcedureRequest): Promise<ProcedureOutcome> => {
    const def = procedureById(req.procedure);
    if (!def)
      return {
        ok: false,
        status: 404,
        body: { error: 'not-found', message: 'Démarche inconnue.' },
      };
    const problems = checkProcedure(def, req.values, { now: services.now() });
    if (problems.length)
      return {
        ok: false,
        status: 400,
        body: invalid(problems.map((p) => ({ path: p.path, message: PROCEDURE_MESSAGES[p.key] }))),
      };
    const docs = await files.documents.owned(sub, req.documents);
    if (docs.length !== new Set(req.documents).size)
      return {
        ok: false,
        status: 400,
        body: invalid([
          {
            path: 'documents',
            message: 'Justificatifs : l’un d’eux n’existe plus ; choisissez-les à nouveau.',
          },
        ]),
      };
    const values = Object.fromEntries(
      fieldsOf(def)
        .map((f) => [f.id, (req.values[f.id] ?? '').trim()] as const)
        .filter(([, v]) => v !== ''),
    );
    const before = await files.procedures.byClientRef(sub, req.clientRef);
    const created = await files.procedures.create(
      { userSub: sub, clientRef: req.clientRef, procedure: def.id, organisation: def.organisation },
      {
        values,
        documents: docs.map((d) => ({ id: d.id, name: d.name, type: d.type, sha256: d.sha256 })),
      },
      services.now(),
    );
    if (created.status === 'retry') await attempt(created);
    const now = (await files.procedures.byClientRef(sub, req.clientRef)) ?? created;
    return { ok: true, status: 201, view: view(now), isNew: before === undefined };
  };
  return { attempt, submit };
}

export const procedureRoutes: FastifyPluginAsync<{
  services: Services;
  files: PersonFiles;
}> = async (app, { services, files }) => {
  const { attempt, submit } = procedureSender(services, files, app.log);

  app.get('/api/me/procedures/:id/prefill', { preHandler: requireUser }, async (request, reply) => {
    const p = procedureById(idParams.parse(request.params).id);
    if (!p || !request.user)
      return reply.code(404).send({ error: 'not-found', message: 'Démarche inconnue.' });
    reply.header('cache-control', 'no-store');
    return prefillFor(p, knownFacts(request.user, await services.rights.forPerson(request.user)));
  });

  app.get('/api/me/procedures', { preHandler: requireUser }, async (request, reply) => {
    const sub = request.user?.sub ?? '';
    const pending = (await files.procedures.list(sub)).filter((r) => r.status === 'retry');
    await Promise.all(pending.map(attempt));
    reply.header('cache-control', 'no-store');
    return { procedures: (await files.procedures.list(sub)).map(view) };
  });

  app.post('/api/me/procedures', { preHandler: requireUser }, async (request, reply) => {
    const sub = request.user?.sub ?? '';
    const parsed = procedureRequest.safeParse(request.body);
    if (!parsed.success) return badRequest(reply, parsed.error);
    const outcome = await submit(sub, parsed.data);
    return reply.code(outcome.status).send(outcome.ok ? outcome.view : outcome.body);
  });
};
