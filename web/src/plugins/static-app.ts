import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { apiNotFound } from './errors.ts';

export interface StaticAppOptions {
  /** Folder of the built PWA (vite build + service worker). */
  readonly root: string;
}

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/** Hashed build output never changes; everything else must be revalidated on each visit. */
export function cacheControlFor(urlPath: string): string {
  return urlPath.startsWith('/assets/') ? IMMUTABLE : REVALIDATE;
}

function isNavigation(url: string): boolean {
  return (
    !url.startsWith('/api/') &&
    !url.startsWith('/auth/') &&
    path.extname(url.split('?')[0] ?? '') === ''
  );
}

export const staticApp: FastifyPluginAsync<StaticAppOptions> = async (app, opts) => {
  const root = path.resolve(opts.root);
  const hasBuild = existsSync(path.join(root, 'index.html'));

  if (hasBuild) {
    await app.register(fastifyStatic, {
      root,
      wildcard: true,
      index: false,
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, filePath) => {
        const rel = `/${path.relative(root, filePath).split(path.sep).join('/')}`;
        reply.header('Cache-Control', cacheControlFor(rel));
      },
    });
  }

  // The home page is pre-rendered into index.html; every other route starts from the empty
  // shell (app.html) so that nobody sees the home page flash before their page.
  const shell = existsSync(path.join(root, 'app.html')) ? 'app.html' : 'index.html';
  const sendIndex = (reply: FastifyReply, file = 'index.html') => {
    if (!hasBuild) {
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send(
          "L'application n'est pas construite : lancez « npm run build » puis redémarrez le serveur.",
        );
    }
    return reply.header('Cache-Control', REVALIDATE).sendFile(file, root);
  };

  app.get('/', (_request, reply) => sendIndex(reply));

  // Browsers ask for /favicon.ico on their own (bookmarks, non-HTML pages). The build ships one
  // (public/favicon.ico, drawn by scripts/make-icons.mjs); an older build only has the SVG.
  if (
    hasBuild &&
    !existsSync(path.join(root, 'favicon.ico')) &&
    existsSync(path.join(root, 'favicon.svg'))
  ) {
    app.get('/favicon.ico', (_request, reply) =>
      reply.header('Cache-Control', REVALIDATE).type('image/svg+xml').sendFile('favicon.svg', root),
    );
  }

  app.setNotFoundHandler((request, reply) => {
    if (request.method === 'GET' && isNavigation(request.url)) return sendIndex(reply, shell);
    return apiNotFound(request, reply);
  });
};
