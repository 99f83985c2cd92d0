import type { FastifyReply } from 'fastify';

interface Issues {
  readonly issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[];
}

/** 400 with one French sentence per problem, keyed by field, so the form can show each. */
export function badRequest(reply: FastifyReply, error: Issues) {
  return reply.code(400).send({
    error: 'invalid',
    message: 'Certaines informations sont à corriger.',
    fields: error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
  });
}
