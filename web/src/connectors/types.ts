// One interface for every organisation: given the person's FranceConnect identity, answer what
// that organisation knows, normalised. How the data travels (sandbox in process, or HTTPS to
// the real API) is the Transport's business, chosen by configuration.
import type {
  ConnectedOrganisation,
  OrganisationRecord,
} from '../../../src/shared/contracts/rights.ts';

import type { SessionUser } from '../auth/sessions.ts';

export type { ConnectedOrganisation, OrganisationRecord };

/** The FranceConnect pivot identity: what API Particulier's identity mode matches on. */
export type PersonIdentity = Pick<
  SessionUser,
  'sub' | 'given_name' | 'family_name' | 'birthdate' | 'gender' | 'birthplace' | 'birthcountry'
>;

export type Query = Readonly<Record<string, string | readonly string[]>>;

export interface Transport {
  /** GET a JSON document; throws ConnectorHttpError on a non-2xx answer. */
  get(path: string, query: Query, signal: AbortSignal): Promise<unknown>;
}

export interface Connector {
  readonly id: ConnectedOrganisation;
  /** Throws NoFileError when the organisation does not know the person. */
  fetch(
    person: PersonIdentity,
    transport: Transport,
    signal: AbortSignal,
  ): Promise<OrganisationRecord>;
}

export class ConnectorHttpError extends Error {
  override name = 'ConnectorHttpError';
  readonly status: number;
  readonly code: string | undefined;
  constructor(status: number, message: string, code?: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
  /** Worth another try: the organisation is overloaded or down, not refusing the request. */
  get retryable(): boolean {
    return this.status === 429 || this.status >= 500;
  }
}

/** The organisation answered, and has no file for this person: not a failure. */
export class NoFileError extends Error {
  override name = 'NoFileError';
}

/** The answer did not have the documented shape: the organisation changed its API. */
export class ConnectorShapeError extends Error {
  override name = 'ConnectorShapeError';
}
