// Acting under a mandate: the person's rights dashboard, the simulator's prefill, a procedure or
// a tell-us-once declaration sent in the person's name, a printed summary. Each goes through
// actingMandate (structure, consent, end, revocation, domain) and writes one journal line; the
// work itself is the same code as the person's own routes, for the mandate's person.
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import {
  assistedProcedureRequest,
  printRequest,
  type AssistedSituationResponse,
  type MandateDomain,
} from '../../../src/shared/contracts/assisted.ts';
import { declarationRequest } from '../../../src/shared/contracts/declarations.ts';
import { procedureById, procedureId } from '../../../src/shared/contracts/procedures.ts';
import { requireAgent } from '../auth/agents.ts';
import type { PersonFiles } from '../documents/index.ts';
import { knownFacts, prefillFor } from '../documents/prefill.ts';
import { badRequest } from '../routes/bad-request.ts';
import { declarationSender } from '../routes/declarations.ts';
import { procedureSender } from '../routes/procedures.ts';
import type { Services } from '../services.ts';
import { profileOf } from '../situation/profile.ts';
import { connectedSituation } from '../situation/situation.ts';
import { actingMandate, lineOf } from './access.ts';
import { DECLARATION_DOMAINS, PROCEDURE_DOMAINS, situationWord } from './rules.ts';

const procedureParams = z.object({ procedureId: z.string().max(60) });
const PRINT_DOMAINS: Readonly<Record<string, MandateDomain | null>> = {
  droits: 'social',
  simulation: 'social',
};
const unknownProcedure = { error: 'not-found', message: 'Démarche inconnue.' };

export const assistedActingRoutes: FastifyPluginAsync<{
  services: Services;
  files: PersonFiles;
}> = async (app, { services, files }) => {
  const { journal } = services.assisted;
  const procedures = procedureSender(services, files, app.log);
  const declarations = declarationSender(services, app.log);

  app.get('/api/agent/mandats/:id/droits', { preHandler: requireAgent }, async (request, reply) => {
    const a = await actingMandate(services, request, reply, 'social');
    if (!a) return reply;
    const rights = await services.rights.forPerson(a.person);
    await journal.append(
      lineOf(a.m, 'droits-consultes', { agent: a.agent, at: a.now, domain: 'social' }),
    );
    reply.header('cache-control', 'no-store');
    return rights;
  });

  app.get(
    '/api/agent/mandats/:id/situation',
    { preHandler: requireAgent },
    async (request, reply) => {
      const a = await actingMandate(services, request, reply, 'social');
      if (!a) return reply;
      const rights = await services.rights.forPerson(a.person);
      const prefill = profileOf(connectedSituation(rights, a.now));
      const situation = situationWord(prefill.profile);
      await journal.append(
        lineOf(a.m, 'simulation-preremplie', {
          agent: a.agent,
          at: a.now,
          domain: 'social',
          detail: situation,
        }),
      );
      reply.header('cache-control', 'no-store');
      const body: AssistedSituationResponse = {
        situation,
        href: `/simuler?${new URLSearchParams({ situation }).toString()}`,
        prefill,
      };
      return body;
    },
  );

  // Preparing a procedure: its starting values from what FranceConnect and the organisations know.
  app.get(
    '/api/agent/mandats/:id/demarches/:procedureId',
    { preHandler: requireAgent },
    async (request, reply) => {
      const p = procedureId.safeParse(procedureParams.parse(request.params).procedureId);
      const def = p.success ? procedureById(p.data) : undefined;
      if (!p.success || !def) return reply.code(404).send(unknownProcedure);
      const domain = PROCEDURE_DOMAINS[p.data];
      const a = await actingMandate(services, request, reply, domain);
      if (!a) return reply;
      const known = knownFacts(a.person, await services.rights.forPerson(a.person));
      await journal.append(
        lineOf(a.m, 'mandat-consulte', { agent: a.agent, at: a.now, domain, detail: p.data }),
      );
      reply.header('cache-control', 'no-store');
      return prefillFor(def, known);
    },
  );

  app.post(
    '/api/agent/mandats/:id/demarches/:procedureId',
    { preHandler: requireAgent },
    async (request, reply) => {
      const p = procedureId.safeParse(procedureParams.parse(request.params).procedureId);
      if (!p.success) return reply.code(404).send(unknownProcedure);
      const domain = PROCEDURE_DOMAINS[p.data];
      const a = await actingMandate(services, request, reply, domain);
      if (!a) return reply;
      const parsed = assistedProcedureRequest.safeParse(request.body);
      if (!parsed.success) return badRequest(reply, parsed.error);
      const outcome = await procedures.submit(a.person.sub, {
        procedure: p.data,
        values: parsed.data.values,
        documents: [],
        clientRef: parsed.data.clientRef,
      });
      if (!outcome.ok) return reply.code(outcome.status).send(outcome.body);
      if (outcome.isNew)
        await journal.append(
          lineOf(a.m, 'demarche-envoyee', { agent: a.agent, at: a.now, domain, detail: p.data }),
        );
      return reply.code(201).send(outcome.view);
    },
  );

  app.post(
    '/api/agent/mandats/:id/declarations',
    { preHandler: requireAgent },
    async (request, reply) => {
      const parsed = declarationRequest.safeParse(request.body);
      const kind = parsed.success ? parsed.data.content.kind : null;
      // The domain is known once the body is read; a bad body is still refused the mandate first.
      const a = await actingMandate(services, request, reply, kind && DECLARATION_DOMAINS[kind]);
      if (!a) return reply;
      if (!parsed.success) return badRequest(reply, parsed.error);
      const outcome = await declarations.send(a.person, parsed.data);
      if (!outcome.ok) return reply.code(outcome.status).send(outcome.body);
      await journal.append(
        lineOf(a.m, 'declaration-envoyee', {
          agent: a.agent,
          at: a.now,
          domain: DECLARATION_DOMAINS[parsed.data.content.kind],
          detail: `${parsed.data.content.kind}:${parsed.data.organisations.join(',')}`,
        }),
      );
      return reply.code(outcome.status).send(outcome.view);
    },
  );

  app.post(
    '/api/agent/mandats/:id/impression',
    { preHandler: requireAgent },
    async (request, reply) => {
      const parsed = printRequest.safeParse(request.body);
      const domain = parsed.success ? (PRINT_DOMAINS[parsed.data.what] ?? null) : null;
      const a = await actingMandate(services, request, reply, domain);
      if (!a) return reply;
      if (!parsed.success) return badRequest(reply, parsed.error);
      await journal.append(
        lineOf(a.m, 'impression', { agent: a.agent, at: a.now, domain, detail: parsed.data.what }),
      );
      return reply.code(201).send({ recorded: true, at: a.now });
    },
  );
};
