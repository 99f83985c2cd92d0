// GET /api/me/attestation.pdf: a tagged PDF listing the person's current rights, built from
// the same data as the dashboard.
import type { FastifyPluginAsync } from 'fastify';
import { requireUser } from '../auth/identity.ts';
import { attestationPdf } from '../pdf/attestation.ts';
import type { Services } from '../services.ts';

export const attestationRoutes: FastifyPluginAsync<{ services: Services }> = async (
  app,
  { services },
) => {
  app.get('/api/me/attestation.pdf', { preHandler: requireUser }, async (request, reply) => {
    const user = request.user;
    if (!user) return reply.code(401).send();
    const rights = await services.rights.forPerson(user);
    const pdf = await attestationPdf(rights, services.now());
    return reply
      .type('application/pdf')
      .header('content-disposition', 'attachment; filename="attestation-droits360.pdf"')
      .send(pdf);
  });
};
