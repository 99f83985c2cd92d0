// GET /api/me/attestation.pdf: a tagged PDF listing the person's current rights, built from
// the same data as the dashboard, built in a worker thread.
import type { FastifyPluginAsync } from 'fastify';
import { requireUser } from '../auth/identity.ts';
import { PdfPool } from '../pdf/pool.ts';
import type { Services } from '../services.ts';

export const attestationRoutes: FastifyPluginAsync<{ services: Services; pdf?: PdfPool }> = async (
  app,
  { services, pdf },
) => {
  // Built off the event loop, a bounded number at a time (pdf/pool.ts).
  const pool = pdf ?? new PdfPool();
  app.addHook('onClose', () => pool.close());
  app.get('/api/me/attestation.pdf', { preHandler: requireUser }, async (request, reply) => {
    const user = request.user;
    if (!user) return reply.code(401).send();
    const rights = await services.rights.forPerson(user);
    const { pdf } = await pool.render(rights, services.now());
    return reply
      .type('application/pdf')
      .header('content-disposition', 'attachment; filename="attestation-droits360.pdf"')
      .send(pdf);
  });
};
