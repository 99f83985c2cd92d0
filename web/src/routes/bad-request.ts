import type { FastifyReply } from 'fastify';
import type { z } from 'zod';

/** 400 with one French sentence per problem, keyed by field, so the form can show each. */
export function badRequest(reply: FastifyReply, error: z.ZodError) {
  return reply.code(400).send({
    error: 'invalid',
    message: 'Certaines informations sont à corriger.',
    fields: error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
  });
}
