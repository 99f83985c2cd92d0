// Every 4xx and 5xx of the API in the portal's shape `{ error, message, fields? }`, in French:
// errors thrown by routes and plugins, Fastify's own (bad JSON, media type, body too large, bad
// URL), 404 under /api, and — as a last net — any error body a route sent in another shape.
// A 5xx is logged with its kind and the route pattern only: no message, body or URL that could
// carry personal data, and the person never sees a stack.
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import {
  errorForStatus,
  HttpError,
  isApiErrorBody,
  type ApiErrorBody,
  type FieldIssue,
} from '../http/errors.ts';

interface Known {
  readonly status: number;
  readonly error: string;
  readonly message: string;
}

/** Fastify's and its plugins' error codes, with what the person is told. */
const KNOWN: Readonly<Record<string, Known>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    error: 'invalid-json',
    message: 'La demande n’est pas du JSON valide : rechargez la page puis recommencez.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    error: 'empty-body',
    message: 'La demande est vide alors que des informations sont attendues.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    error: 'unsupported-media-type',
    message: 'Ce format de demande n’est pas accepté : envoyez du JSON.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    error: 'too-large',
    message: 'La demande est trop volumineuse.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    error: 'bad-length',
    message: 'La taille annoncée de la demande ne correspond pas à son contenu.',
  },
  FST_ERR_BAD_URL: { status: 400, error: 'bad-url', message: 'Cette adresse est mal formée.' },
  FST_ERR_MAX_PARAM_LENGTH: {
    status: 414,
    error: 'uri-too-long',
    message: 'L’adresse demandée est trop longue.',
  },
  FST_ERR_ASYNC_CONSTRAINT: {
    status: 400,
    error: 'bad-request',
    message: 'La demande ne peut pas être acheminée.',
  },
  FST_ERR_NOT_FOUND: {
    status: 404,
    error: 'not_found',
    message: 'Ressource introuvable : elle n’existe pas ou plus.',
  },
  FST_REQ_FILE_TOO_LARGE: {
    status: 413,
    error: 'too-large',
    message: 'Le fichier est trop volumineux.',
  },
  FST_PARTS_LIMIT: {
    status: 413,
    error: 'too-many-parts',
    message: 'Envoyez un seul fichier à la fois.',
  },
  FST_FILES_LIMIT: {
    status: 413,
    error: 'too-many-files',
    message: 'Envoyez un seul fichier à la fois.',
  },
  FST_FIELDS_LIMIT: {
    status: 413,
    error: 'too-many-fields',
    message: 'La demande contient trop de champs.',
  },
  FST_PROTO_VIOLATION: {
    status: 400,
    error: 'bad-request',
    message: 'La demande contient un nom de champ interdit.',
  },
  FST_INVALID_MULTIPART_CONTENT_TYPE: {
    status: 415,
    error: 'unsupported-media-type',
    message: 'Envoyez le fichier par le formulaire de dépôt.',
  },
  FST_INVALID_JSON_FIELD_ERROR: {
    status: 400,
    error: 'invalid-json',
    message: 'Un champ de la demande n’est pas du JSON valide.',
  },
  FST_MP_PREMATURE_CLOSE: {
    status: 400,
    error: 'upload-interrupted',
    message: 'L’envoi du fichier a été interrompu : vérifiez votre connexion puis recommencez.',
  },
  FST_ERR_VALIDATION: {
    status: 400,
    error: 'invalid',
    message: 'Certaines informations sont à corriger.',
  },
};

/** SQLite and PostgreSQL saying they cannot write now (busy, read-only, full, going down). */
const DB_BUSY_SQLITE = /^SQLITE_(BUSY|LOCKED|READONLY|FULL|IOERR|CANTOPEN|PROTOCOL)/;
const DB_BUSY_PG = new Set([
  '25006', // read_only_sql_transaction
  '40001', // serialization_failure
  '40P01', // deadlock_detected
  '53000', // insufficient_resources
  '53100', // disk_full
  '53300', // too_many_connections
  '55P03', // lock_not_available
  '57014', // query_canceled (statement timeout)
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '08000', // connection_exception
  '08003',
  '08006',
]);

function isDatabaseUnavailable(e: { code?: unknown; name?: unknown }): boolean {
  if (typeof e.code !== 'string') return false;
  if (e.name === 'SqliteError') return DB_BUSY_SQLITE.test(e.code);
  return DB_BUSY_PG.has(e.code) || (e.code === 'ECONNREFUSED' && e.name !== 'HttpError');
}

export interface TranslatedError {
  readonly status: number;
  readonly body: ApiErrorBody;
  readonly headers: Readonly<Record<string, string>>;
}

const fieldsOfValidation = (e: FastifyError): FieldIssue[] =>
  (e.validation ?? []).map((v) => ({
    path: (v.instancePath || '').replace(/^\//, '').replace(/\//g, '.'),
    message: 'Valeur invalide.',
  }));

/** What an error becomes for the person: a status, the portal's body, extra headers. */
export function translateError(error: unknown): TranslatedError {
  if (error instanceof HttpError)
    return {
      status: error.statusCode,
      body: {
        error: error.code,
        message: error.message,
        ...(error.fields ? { fields: error.fields } : {}),
      },
      headers: error.headers,
    };
  const e = (error ?? {}) as Partial<FastifyError>;
  const known = typeof e.code === 'string' ? KNOWN[e.code] : undefined;
  if (known) {
    const fields = e.validation ? fieldsOfValidation(e as FastifyError) : undefined;
    return {
      status: known.status,
      body: { error: known.error, message: known.message, ...(fields ? { fields } : {}) },
      headers: {},
    };
  }
  if (isDatabaseUnavailable(e))
    return {
      status: 503,
      body: {
        error: 'database-unavailable',
        message:
          'Le service est très sollicité ou en maintenance : rien n’a été enregistré, réessayez dans quelques instants.',
      },
      headers: { 'retry-after': '5' },
    };
  // A JSON.parse failure that reached us without Fastify's code (custom parsers).
  if (error instanceof SyntaxError && e.statusCode === 400)
    return translateError({ code: 'FST_ERR_CTP_INVALID_JSON_BODY' });
  const status =
    typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 600
      ? e.statusCode
      : 500;
  return { status, body: errorForStatus(status), headers: {} };
}

/**
 * How a request appears in the log: method and path only. The query string can carry an
 * authorisation code, a state or a postal code, and is never logged; nor are headers.
 */
export function requestForLog(request: { method: string; url: string; id?: unknown }) {
  return {
    method: request.method,
    url: request.url.split('?')[0] ?? '',
    ...(typeof request.id === 'string' ? { id: request.id } : {}),
  };
}

const isApi = (url: string) => /^\/(api|auth)(\/|\?|$)/.test(url);

function logServerError(request: FastifyRequest, error: unknown, status: number) {
  const e = (error ?? {}) as { name?: unknown; code?: unknown };
  // The route's pattern (ids replaced by :id) and the error's kind; never its message or stack's
  // first line, which may quote what the person sent.
  const stack =
    error instanceof Error ? (error.stack ?? '').split('\n').slice(1, 8).join('\n') : '';
  request.log.error(
    {
      status,
      route: request.routeOptions.url ?? 'unmatched',
      method: request.method,
      errorName: typeof e.name === 'string' ? e.name : typeof error,
      errorCode: typeof e.code === 'string' ? e.code : undefined,
      stack,
    },
    'request failed',
  );
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** A browser navigating to /auth (a login link) gets a page, not JSON. */
const wantsPage = (request: FastifyRequest) =>
  request.url.startsWith('/auth/') &&
  request.method === 'GET' &&
  (request.headers.accept ?? '').includes('text/html');

function errorPage(body: ApiErrorBody): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Connexion impossible pour le moment — Droits360</title></head>
<body><main><h1>Connexion impossible pour le moment</h1><p role="alert">${escapeHtml(body.message)}</p>
<p><a href="/">Revenir à l’accueil</a></p></main></body></html>`;
}

export function sendTranslated(
  request: FastifyRequest,
  reply: FastifyReply,
  error: unknown,
): FastifyReply {
  const t = translateError(error);
  if (t.status >= 500) logServerError(request, error, t.status);
  for (const [name, value] of Object.entries(t.headers)) reply.header(name, value);
  if (wantsPage(request))
    return reply.code(t.status).type('text/html; charset=utf-8').send(errorPage(t.body));
  return reply.code(t.status).type('application/json; charset=utf-8').send(t.body);
}

/** For Fastify's constructor: errors raised before routing (bad URL, overlong parameter). */
export function frameworkErrors(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  sendTranslated(request, reply, error);
}

/** For Fastify's constructor: a request the HTTP parser itself could not read. */
export function clientErrorHandler(
  error: NodeJS.ErrnoException,
  socket: Socket,
  _request?: IncomingMessage,
): void {
  if (!socket.writable || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  const body = JSON.stringify(errorForStatus(status));
  socket.end(
    `HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

function reshape(status: number, payload: unknown): string | undefined {
  if (payload === null || payload === undefined || payload === '')
    return JSON.stringify(errorForStatus(status));
  if (typeof payload !== 'string') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return JSON.stringify(errorForStatus(status));
  }
  if (isApiErrorBody(parsed)) return undefined;
  // Extra members (maxBytes…) are kept; a missing or English error/message is replaced.
  const extra = typeof parsed === 'object' && parsed !== null ? parsed : {};
  const { statusCode: _s, code: _c, ...rest } = extra as Record<string, unknown>;
  return JSON.stringify({ ...rest, ...errorForStatus(status) });
}

const plugin: FastifyPluginAsync = async (app) => {
  app.setErrorHandler((error, request, reply) => sendTranslated(request, reply, error));

  // Last net: an API error answer that is not in the portal's shape (an empty 401, a plugin's
  // English body) is rewritten; HTML pages (login errors) and successes are left alone.
  app.addHook('onSend', async (request, reply, payload) => {
    const status = reply.statusCode;
    if (status < 400 || !isApi(request.url)) return payload;
    const type = String(reply.getHeader('content-type') ?? '');
    if (type !== '' && !type.startsWith('application/json') && !type.startsWith('text/plain'))
      return payload;
    const body = reshape(status, payload);
    if (body === undefined) return payload;
    if (status >= 500) logServerError(request, new Error('unshaped error'), status);
    reply.type('application/json; charset=utf-8');
    reply.removeHeader('content-length');
    return body;
  });
};

export const errorShape = fp(plugin, { name: 'droits360-errors', fastify: '5.x' });

/** 404 for the API (the PWA's own navigation fallback lives in static-app.ts). */
export function apiNotFound(request: FastifyRequest, reply: FastifyReply) {
  return sendTranslated(request, reply, { code: 'FST_ERR_NOT_FOUND' });
}
