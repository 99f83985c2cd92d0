// "Mes justificatifs": upload once (multipart, streamed, type from the first bytes, size counted
// while it arrives), list, open, delete. Procedures and messages refer to them by id.
import multipart from '@fastify/multipart';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  documentMessage,
  type DocumentError,
  type DocumentView,
} from '../../../src/shared/contracts/documents.ts';
import { requireUser } from '../auth/identity.ts';
import {
  UploadInterrupted,
  UploadRefused,
  type DocumentStore,
  type StoredDocument,
} from '../documents/store.ts';
import { HttpError } from '../http/errors.ts';

const idParams = z.object({ id: z.uuid() });
const INTERRUPTED =
  'L’envoi du fichier a été interrompu avant la fin : vérifiez votre connexion puis recommencez.';
const MIME = { pdf: 'application/pdf', jpeg: 'image/jpeg', png: 'image/png' } as const;

export const publicView = (d: StoredDocument): DocumentView => ({
  id: d.id,
  name: d.name,
  type: d.type,
  size: d.size,
  createdAt: d.createdAt,
});

const notFound = (reply: FastifyReply) =>
  reply.code(404).send({ error: 'not-found', message: 'Justificatif introuvable.' });

export const documentRoutes: FastifyPluginAsync<{ documents: DocumentStore }> = async (
  app,
  { documents },
) => {
  const maxBytes = documents.config.maxBytes;
  // One byte more than allowed reaches our own counter, which gives the French message.
  await app.register(multipart, { limits: { fileSize: maxBytes + 1, files: 1, fields: 2 } });

  const refuse = (reply: FastifyReply, code: DocumentError) => {
    const message = documentMessage(code, maxBytes);
    return reply
      .code(code === 'too-large' ? 413 : 400)
      .header('connection', 'close')
      .send({ error: code, message, maxBytes, fields: [{ path: 'file', message }] });
  };

  app.post('/api/me/documents', { preHandler: requireUser }, async (request, reply) => {
    const sub = request.user?.sub ?? '';
    if (!request.isMultipart()) return refuse(reply, 'missing');
    let file;
    try {
      file = await request.file();
    } catch (error) {
      request.log.info({ err: error }, 'unreadable upload');
      return refuse(reply, 'missing');
    }
    if (!file) return refuse(reply, 'missing');
    try {
      const saved = await documents.save(sub, file.filename, file.file);
      return await reply.code(201).send(publicView(saved));
    } catch (error) {
      if (error instanceof UploadRefused) return refuse(reply, error.code);
      if (error instanceof UploadInterrupted)
        throw new HttpError(400, 'upload-interrupted', INTERRUPTED, {
          fields: [{ path: 'file', message: INTERRUPTED }],
          headers: { connection: 'close' },
        });
      if ((error as { code?: unknown }).code === 'FST_REQ_FILE_TOO_LARGE')
        return refuse(reply, 'too-large');
      throw error;
    }
  });

  app.get('/api/me/documents', { preHandler: requireUser }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const list = await documents.list(request.user?.sub ?? '');
    return { documents: list.map(publicView), maxBytes };
  });

  app.get('/api/me/documents/:id/file', { preHandler: requireUser }, async (request, reply) => {
    const p = idParams.safeParse(request.params);
    const [found] = p.success ? await documents.owned(request.user?.sub ?? '', [p.data.id]) : [];
    if (!found) return notFound(reply);
    return reply
      .header('cache-control', 'no-store')
      .header('content-type', MIME[found.type])
      .header('x-content-type-options', 'nosniff')
      .header(
        'content-disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent(found.name)}`,
      )
      .send(documents.open(found.id));
  });

  app.delete('/api/me/documents/:id', { preHandler: requireUser }, async (request, reply) => {
    const p = idParams.safeParse(request.params);
    if (!p.success || !(await documents.delete(request.user?.sub ?? '', p.data.id)))
      return notFound(reply);
    return reply.code(204).send();
  });
};
