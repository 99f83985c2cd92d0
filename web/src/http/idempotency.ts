// Idempotency-Key for every state-changing API request: the first request with a key runs and its
// answer is kept (scoped by person or session, route and key); a repeat gets the same status and
// body without running again; a repeat while the first still runs gets 409 and Retry-After; the
// same key with another body is refused. The primary key (scope, route, key) makes two
// concurrent requests have one effect. Applies to POST/PUT/PATCH/DELETE under /api/ as soon as
// the client sends the header; a route opts out with `config: { idempotent: false }`.
import { createHash } from 'node:crypto';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { HttpError } from './errors.ts';
import { hardeningDb, type HardeningDb } from './tables.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** false: this route ignores Idempotency-Key (it is naturally idempotent, or streams). */
    idempotent?: boolean;
  }
}

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const KEY = /^[\w.:-]{1,128}$/;
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** A first request still "running" after this long died with its process: a repeat may run. */
const STALE_MS = 60_000;
/** Answers are kept one day: long enough for any retry, short for personal data. */
const KEEP_MS = 24 * 60 * 60 * 1000;

export interface StoredAnswer {
  readonly status: number;
  readonly contentType: string | null;
  readonly body: string;
}

export type Begin =
  | { readonly kind: 'run' }
  | { readonly kind: 'replay'; readonly answer: StoredAnswer }
  | { readonly kind: 'running' }
  | { readonly kind: 'mismatch' };

interface Slot {
  readonly scope: string;
  readonly route: string;
  readonly key: string;
}

export class IdempotencyStore {
  readonly #db: HardeningDb;
  readonly #now: () => number;
  constructor(db: Kysely<Database>, now: () => number = Date.now) {
    this.#db = hardeningDb(db);
    this.#now = now;
  }

  /** Claims the slot for this request, or says what became of the first one. */
  async begin(s: Slot, fingerprint: string): Promise<Begin> {
    const now = this.#now();
    const inserted = await this.#db
      .insertInto('idempotency_keys')
      .values({
        ...s,
        fingerprint,
        state: 'pending',
        status: null,
        content_type: null,
        body: null,
        created_at: now,
      })
      .onConflict((oc) => oc.columns(['scope', 'route', 'key']).doNothing())
      .executeTakeFirst();
    if (inserted.numInsertedOrUpdatedRows === 1n) return { kind: 'run' };
    const row = await this.#db
      .selectFrom('idempotency_keys')
      .selectAll()
      .where('scope', '=', s.scope)
      .where('route', '=', s.route)
      .where('key', '=', s.key)
      .executeTakeFirst();
    if (!row) return this.begin(s, fingerprint); // removed meanwhile (a failed first request)
    if (row.fingerprint !== fingerprint) return { kind: 'mismatch' };
    if (row.state === 'done' && row.status !== null && row.body !== null)
      return {
        kind: 'replay',
        answer: { status: row.status, contentType: row.content_type, body: row.body },
      };
    if (row.created_at > now - STALE_MS) return { kind: 'running' };
    // The first request's process died: take the slot over, once.
    const taken = await this.#db
      .updateTable('idempotency_keys')
      .set({ created_at: now })
      .where('scope', '=', s.scope)
      .where('route', '=', s.route)
      .where('key', '=', s.key)
      .where('state', '=', 'pending')
      .where('created_at', '=', row.created_at)
      .executeTakeFirst();
    return taken.numUpdatedRows === 1n ? { kind: 'run' } : { kind: 'running' };
  }

  async finish(s: Slot, answer: StoredAnswer): Promise<void> {
    await this.#db
      .updateTable('idempotency_keys')
      .set({
        state: 'done',
        status: answer.status,
        content_type: answer.contentType,
        body: answer.body,
      })
      .where('scope', '=', s.scope)
      .where('route', '=', s.route)
      .where('key', '=', s.key)
      .execute();
  }

  /** The first request failed on our side: a retry with the same key may run again. */
  async release(s: Slot): Promise<void> {
    await this.#db
      .deleteFrom('idempotency_keys')
      .where('scope', '=', s.scope)
      .where('route', '=', s.route)
      .where('key', '=', s.key)
      .execute();
  }

  async sweep(): Promise<number> {
    const res = await this.#db
      .deleteFrom('idempotency_keys')
      .where('created_at', '<', this.#now() - KEEP_MS)
      .executeTakeFirst();
    return Number(res.numDeletedRows);
  }

  /** "Mes données": the kept answers of a person are erased with the rest. */
  async deleteForPerson(sub: string): Promise<void> {
    await this.#db.deleteFrom('idempotency_keys').where('scope', '=', scopeOfPerson(sub)).execute();
  }
}

export const scopeOfPerson = (sub: string) => `u:${sub}`;

/** The agent's session of the assisted mode, read by shape (that module is optional). */
export const agentSessionId = (request: FastifyRequest): string | undefined => {
  const id = (request as { agentSession?: { id?: unknown } | null }).agentSession?.id;
  return typeof id === 'string' ? id : undefined;
};

/** The enrolled kiosk speaking with its token (kiosk/identity.ts), read by shape. */
export const kioskIdOf = (request: FastifyRequest): string | undefined => {
  const id = (request as { kiosk?: { id?: unknown } | null }).kiosk?.id;
  return typeof id === 'string' ? id : undefined;
};

/**
 * Whose key it is: a kiosk speaking with its token, else the person, else an agent's or any other
 * session; none when anonymous.
 */
function scopeOf(request: FastifyRequest): string | undefined {
  const kiosk = kioskIdOf(request);
  if (kiosk) return `k:${kiosk}`;
  if (request.user) return scopeOfPerson(request.user.sub);
  const agent = agentSessionId(request);
  if (agent) return `g:${agent}`;
  if (request.session) return `s:${request.session.id}`;
  return undefined;
}

function fingerprintOf(body: unknown): string {
  if (body === undefined || body === null) return '';
  let text: string | Buffer;
  try {
    text = typeof body === 'string' ? body : Buffer.isBuffer(body) ? body : JSON.stringify(body);
  } catch {
    text = ''; // not serialisable: the key alone identifies the request
  }
  return createHash('sha256').update(text).digest('base64url');
}

const slots = new WeakMap<FastifyRequest, Slot>();

const plugin: FastifyPluginAsync<{ store: IdempotencyStore }> = async (app, { store }) => {
  // preHandler: after the identity's CSRF check (registered before), before the route's own.
  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    if (reply.sent || !UNSAFE.has(request.method) || !request.url.startsWith('/api/')) return;
    if (request.routeOptions.config.idempotent === false) return;
    const raw = request.headers[IDEMPOTENCY_HEADER];
    if (raw === undefined) return;
    const key = Array.isArray(raw) ? raw[0] : raw;
    if (typeof key !== 'string' || !KEY.test(key))
      throw new HttpError(400, 'invalid', 'Certaines informations sont à corriger.', {
        fields: [
          {
            path: 'Idempotency-Key',
            message: 'Clé de demande : 1 à 128 lettres, chiffres, « - », « _ », « . » ou « : ».',
          },
        ],
      });
    const scope = scopeOf(request);
    if (!scope) return; // the route itself refuses anonymous requests
    const slot = { scope, route: `${request.method} ${request.url.split('?')[0] ?? ''}`, key };
    const begun = await store.begin(slot, fingerprintOf(request.body));
    if (begun.kind === 'run') {
      slots.set(request, slot);
      return;
    }
    if (begun.kind === 'mismatch')
      throw new HttpError(
        422,
        'idempotency-key-reused',
        'Cette demande porte la clé d’une autre demande : rechargez la page puis recommencez.',
      );
    if (begun.kind === 'running')
      throw new HttpError(
        409,
        'in-progress',
        'Cette demande est déjà en cours de traitement : patientez un instant.',
        { headers: { 'retry-after': '1' } },
      );
    const { answer } = begun;
    if (answer.contentType) reply.type(answer.contentType);
    return reply.code(answer.status).header('idempotent-replayed', 'true').send(answer.body);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const slot = slots.get(request);
    if (!slot) return payload;
    slots.delete(request);
    const status = reply.statusCode;
    const body =
      typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString() : null;
    // Refusals that may change on retry (busy, rate limited, our failure) are not kept.
    if (status >= 500 || status === 429 || status === 409 || body === null)
      await store.release(slot);
    else {
      const type = reply.getHeader('content-type');
      await store.finish(slot, {
        status,
        contentType: typeof type === 'string' ? type : null,
        body,
      });
    }
    return payload;
  });

  const sweep = setInterval(
    () => {
      store.sweep().catch((error: unknown) => {
        app.log.error({ errorName: (error as Error).name }, 'idempotency sweep failed');
      });
    },
    10 * 60 * 1000,
  );
  sweep.unref();
  app.addHook('onClose', () => {
    clearInterval(sweep);
  });
};

export const idempotency = fp(plugin, { name: 'droits360-idempotency', fastify: '5.x' });
