// Gathers what every organisation knows about the logged-in person, in parallel: each one has
// its own deadline, retries and circuit breaker, so a slow or failing organisation delays
// nobody else; its last good answer (with its date) is shown instead, or a notice.
import {
  organisationRecord,
  type OrganisationBlock,
  type RightsResponse,
} from '../../../src/shared/contracts/rights.ts';
import type { ConnectorCacheRepository } from '../db/connector-cache.ts';
import type { ConnectorConfig } from './config.ts';
import { CircuitBreaker, CircuitOpenError, DeadlineError, callWithRetries } from './resilience.ts';
import { resourcesOverYear } from './resources.ts';
import type { Transports } from './transports.ts';
import { NoFileError, type Connector, type PersonIdentity } from './types.ts';

export interface RightsServiceOptions {
  readonly connectors: readonly Connector[];
  readonly transports: Transports;
  readonly cache: ConnectorCacheRepository;
  readonly config: Pick<ConnectorConfig, 'timeoutMs' | 'retries' | 'freshMs'>;
  readonly now?: () => number;
  readonly onError?: (org: string, error: unknown) => void;
}

type Cached = { kind: 'record'; record: OrganisationBlock['record'] } | { kind: 'no-file' };

function readCached(payload: unknown): Cached | undefined {
  if (payload && typeof payload === 'object' && 'noFile' in payload) return { kind: 'no-file' };
  const r = organisationRecord.safeParse(payload);
  return r.success ? { kind: 'record', record: r.data } : undefined;
}

export class RightsService {
  readonly #o: RightsServiceOptions;
  readonly #now: () => number;
  readonly #breakers = new Map<string, CircuitBreaker>();
  constructor(o: RightsServiceOptions) {
    this.#o = o;
    this.#now = o.now ?? Date.now;
    for (const c of o.connectors)
      this.#breakers.set(
        c.id,
        new CircuitBreaker({ threshold: 5, coolDownMs: 30_000, now: this.#now }),
      );
  }

  async forPerson(
    person: PersonIdentity,
    opts: { refresh?: boolean } = {},
  ): Promise<RightsResponse> {
    const organisations = await Promise.all(
      this.#o.connectors.map((c) => this.#block(c, person, opts.refresh ?? false)),
    );
    const now = this.#now();
    return {
      person: {
        givenName: person.given_name.split(' ')[0] ?? person.given_name,
        familyName: person.family_name,
        birthdate: person.birthdate,
      },
      generatedAt: now,
      organisations,
      resources: resourcesOverYear(organisations, now),
    };
  }

  async #block(c: Connector, person: PersonIdentity, refresh: boolean): Promise<OrganisationBlock> {
    const { cache, config } = this.#o;
    let cachedRow;
    try {
      cachedRow = await cache.get(person.sub, c.id);
    } catch (error) {
      this.#o.onError?.(c.id, error);
    }
    const cached = cachedRow ? readCached(cachedRow.payload) : undefined;
    const fetchedAt = cachedRow?.fetchedAt;
    if (cached && fetchedAt !== undefined && !refresh && this.#now() - fetchedAt < config.freshMs)
      return asBlock(c.id, 'ok', cached, fetchedAt);
    const breaker = this.#breakers.get(c.id);
    if (!breaker) throw new Error(`no breaker for ${c.id}`);
    const transport = this.#o.transports[c.id];
    try {
      const record = await breaker.run(
        () =>
          callWithRetries((signal) => c.fetch(person, transport, signal), {
            timeoutMs: config.timeoutMs,
            retries: config.retries,
            baseDelayMs: 100,
          }),
        (e) => !(e instanceof NoFileError),
      );
      const at = this.#now();
      await this.#store(person.sub, c.id, record, at);
      return { id: c.id, status: 'ok', fetchedAt: at, record };
    } catch (error) {
      if (error instanceof NoFileError) {
        const at = this.#now();
        await this.#store(person.sub, c.id, { noFile: true }, at);
        return { id: c.id, status: 'no-file', fetchedAt: at };
      }
      this.#o.onError?.(c.id, error);
      const reason =
        error instanceof DeadlineError
          ? 'timeout'
          : error instanceof CircuitOpenError
            ? 'circuit-open'
            : 'error';
      if (cached && fetchedAt !== undefined)
        return { ...asBlock(c.id, 'stale', cached, fetchedAt), reason };
      return { id: c.id, status: 'unavailable', reason };
    }
  }

  async #store(sub: string, org: string, payload: unknown, at: number) {
    try {
      await this.#o.cache.put(sub, org, payload, at);
    } catch (error) {
      // A cache that cannot be written must not hide a good answer.
      this.#o.onError?.(org, error);
    }
  }
}

function asBlock(
  id: Connector['id'],
  status: 'ok' | 'stale',
  cached: Cached,
  fetchedAt: number,
): OrganisationBlock {
  if (cached.kind === 'no-file') return { id, status: 'no-file', fetchedAt };
  return { id, status, fetchedAt, ...(cached.record ? { record: cached.record } : {}) };
}
