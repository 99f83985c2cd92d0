// The JSON body parser with a nesting limit: a body of 20,000 nested arrays parses, but every
// later step that walks it (validation, fingerprint, logging) would overflow the stack. No form
// of the portal nests deeper than a few levels, so past MAX_DEPTH the answer is a French 400.
// Prototype-poisoning keys are refused as by Fastify's default parser.
import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import { HttpError } from '../http/errors.ts';

export const MAX_DEPTH = 32;

/** Deepest nesting of objects and arrays in a JSON text, strings skipped; stops past `limit`. */
export function jsonDepth(text: string, limit = MAX_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i += 1; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === 0x5d || c === 0x7d) depth -= 1;
  }
  return deepest;
}

const plugin: FastifyPluginAsync = async (app) => {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (jsonDepth(text) > MAX_DEPTH) {
      done(
        new HttpError(
          400,
          'too-deep',
          'La demande contient trop de niveaux imbriqués : elle ne peut pas venir d’un formulaire du portail.',
        ),
        undefined,
      );
      return;
    }
    void parse(request, text, done);
  });
};

export const jsonBody = fp(plugin, { name: 'droits360-json-body', fastify: '5.x' });
