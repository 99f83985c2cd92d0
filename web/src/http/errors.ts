// The one shape of every refusal and failure of the API: a machine code, one French sentence the
// interface can show as is, and one sentence per field when the problem is in a field. Routes
// either send it themselves (bad-request.ts) or throw an HttpError; everything else (Fastify's
// own errors, a plugin's, an unexpected exception) is translated by plugins/errors.ts.

export interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

export interface ApiErrorBody {
  readonly error: string;
  readonly message: string;
  readonly fields?: readonly FieldIssue[];
}

/** Thrown by a route or a plugin to answer with this status, code and French message. */
export class HttpError extends Error {
  override name = 'HttpError';
  readonly statusCode: number;
  readonly code: string;
  readonly fields: readonly FieldIssue[] | undefined;
  readonly headers: Readonly<Record<string, string>>;
  constructor(
    statusCode: number,
    code: string,
    message: string,
    o: { fields?: readonly FieldIssue[]; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.statusCode = statusCode;
    this.code = code;
    this.fields = o.fields;
    this.headers = o.headers ?? {};
  }
}

/** The answer for a status when nothing more precise is known. */
const BY_STATUS: Readonly<Record<number, ApiErrorBody>> = {
  400: {
    error: 'bad-request',
    message: 'La demande est incomplète ou mal formée : rechargez la page puis recommencez.',
  },
  401: { error: 'unauthenticated', message: 'Connectez-vous pour continuer.' },
  403: { error: 'forbidden', message: 'Vous n’avez pas accès à cette ressource.' },
  404: { error: 'not_found', message: 'Ressource introuvable : elle n’existe pas ou plus.' },
  405: {
    error: 'method-not-allowed',
    message: 'Cette opération n’est pas possible à cette adresse.',
  },
  406: { error: 'not-acceptable', message: 'Ce format de réponse n’est pas disponible.' },
  408: { error: 'timeout', message: 'La demande a pris trop de temps : recommencez.' },
  409: {
    error: 'conflict',
    message: 'Cette demande entre en conflit avec une autre : rechargez la page.',
  },
  411: { error: 'length-required', message: 'La taille de la demande doit être indiquée.' },
  413: { error: 'too-large', message: 'La demande est trop volumineuse.' },
  414: { error: 'uri-too-long', message: 'L’adresse demandée est trop longue.' },
  415: {
    error: 'unsupported-media-type',
    message: 'Ce format de demande n’est pas accepté : envoyez du JSON.',
  },
  422: { error: 'unprocessable', message: 'La demande ne peut pas être traitée telle quelle.' },
  429: {
    error: 'rate-limited',
    message: 'Trop de demandes en peu de temps : patientez un instant puis recommencez.',
  },
  431: { error: 'headers-too-large', message: 'Les en-têtes de la demande sont trop volumineux.' },
  500: {
    error: 'internal',
    message: 'Une erreur inattendue est survenue de notre côté : réessayez dans quelques instants.',
  },
  502: {
    error: 'bad-gateway',
    message: 'Un service dont nous dépendons a mal répondu : réessayez dans quelques instants.',
  },
  503: {
    error: 'unavailable',
    message: 'Le service est momentanément indisponible : réessayez dans quelques instants.',
  },
  504: {
    error: 'gateway-timeout',
    message:
      'Un service dont nous dépendons n’a pas répondu à temps : réessayez dans quelques instants.',
  },
};

export function errorForStatus(status: number): ApiErrorBody {
  return (
    BY_STATUS[status] ??
    (status >= 500
      ? (BY_STATUS[500] as ApiErrorBody)
      : { error: 'bad-request', message: (BY_STATUS[400] as ApiErrorBody).message })
  );
}

/** True when a parsed body already is in the portal's error shape (and not Fastify's default). */
export function isApiErrorBody(body: unknown): body is ApiErrorBody {
  if (typeof body !== 'object' || body === null) return false;
  const b = body as Record<string, unknown>;
  return (
    typeof b.error === 'string' &&
    typeof b.message === 'string' &&
    !('statusCode' in b) &&
    (b.fields === undefined || Array.isArray(b.fields))
  );
}
