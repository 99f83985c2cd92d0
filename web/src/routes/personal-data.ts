// RGPD: "Mes données". GET lists and exports everything the portal itself holds about the
// person, with where each piece came from; DELETE erases it and ends the session. The data of
// the organisations stays theirs: only our cached copy of it is erased.
import type { FastifyPluginAsync } from 'fastify';
import { requireUser } from '../auth/identity.ts';
import type { SessionRepository } from '../auth/sessions.ts';
import { IdempotencyStore } from '../http/idempotency.ts';
import { erasePersonFiles, exportPersonFiles, type PersonFiles } from '../documents/index.ts';
import { eraseAssisted, exportAssisted } from '../assisted/personal-data.ts';
import type { Services } from '../services.ts';

export const personalDataRoutes: FastifyPluginAsync<{
  services: Services;
  files: PersonFiles;
  /** Every session of the person is ended with the erasure, not only this one. */
  sessions: SessionRepository;
}> = async (app, { services, files, sessions }) => {
  app.get('/api/me/data', { preHandler: requireUser }, async (request, reply) => {
    const sub = request.user?.sub ?? '';
    const [account, preferences, errorReports, cached, declarations, sent, assisted] =
      await Promise.all([
        services.users.get(sub),
        services.preferences.get(sub),
        services.reports.list(sub),
        services.cache.listForUser(sub),
        services.outbox.listForUser(sub),
        exportPersonFiles(files, sub),
        exportAssisted(services, sub),
      ]);
    const copies = await Promise.all(
      cached.map(async (c) => ({
        organisation: c.organisation,
        fetchedAt: new Date(c.fetchedAt).toISOString(),
        data: (await services.cache.get(sub, c.organisation))?.payload ?? null,
      })),
    );
    reply.header('content-disposition', 'attachment; filename="droits360-mes-donnees.json"');
    return {
      exportedAt: new Date(services.now()).toISOString(),
      identity: {
        source: 'FranceConnect (à chaque connexion, conservé le temps de la session)',
        claims: request.user,
      },
      account: account && {
        source: 'Droits360 (première et dernière connexion)',
        ...account,
        firstSeenAt: new Date(account.firstSeenAt).toISOString(),
        lastSeenAt: new Date(account.lastSeenAt).toISOString(),
      },
      preferences: { source: 'Vous (tableau de bord personnalisé)', ...preferences },
      errorReports: { source: 'Vous (« Signaler une erreur »)', items: errorReports },
      declarations: {
        source: 'Vous (« Dites-le nous une fois »), avec l’état de l’envoi à chaque organisme',
        items: declarations,
      },
      ...sent,
      ...assisted,
      organisationCopies: {
        source:
          'Copie datée des réponses des organismes, pour afficher vos droits s’ils sont momentanément indisponibles',
        items: copies,
      },
    };
  });

  app.delete('/api/me/data', { preHandler: requireUser }, async (request) => {
    const sub = request.user?.sub ?? '';
    await services.reports.deleteForUser(sub);
    await services.outbox.deleteForUser(sub);
    await services.alertChannels.deleteForPerson(sub);
    await erasePersonFiles(files, sub);
    await services.preferences.delete(sub);
    await services.cache.deleteForUser(sub);
    await services.users.delete(sub);
    await eraseAssisted(services, sub);
    await new IdempotencyStore(services.db.db).deleteForPerson(sub);
    // Every session of the person, on every device, not only this one.
    await sessions.deleteForUser(sub);
    if (request.session) await sessions.delete(request.session.id);
    return { deleted: true, message: 'Vos données ont été effacées et vous avez été déconnecté.' };
  });
};
