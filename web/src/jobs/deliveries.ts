// Where declarations go: an organisation's partner API over HTTP when configured, otherwise
// its sandbox inbox in this process (which honours the injected faults, like the connectors).
import { setTimeout as sleep } from 'node:timers/promises';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { ConnectorConfig } from '../connectors/config.ts';
import { faultyFetch } from '../connectors/sandbox/delivery-faults.ts';
import type { SandboxReceipts } from '../connectors/sandbox/receipts.ts';
import type { Fault } from '../connectors/sandbox/transport.ts';
import {
  PermanentDeliveryError,
  type Deliver,
  type Delivery,
  type DeliveryReceipt,
} from './outbox.ts';

const receiptBody = z.object({
  reference: z.string().min(1),
  statut: z.enum(['recue', 'traitee']),
});

export function httpDeliver(
  endpoint: { baseUrl: string; token?: string | undefined },
  fetchImpl: typeof fetch = fetch,
): Deliver {
  return async (d, signal) => {
    const url = new URL(`/partenaires/v1/${d.organisation}/declarations`, endpoint.baseUrl);
    const res = await fetchImpl(url, {
      method: 'POST',
      signal,
      redirect: 'error',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        'idempotency-key': d.idempotencyKey,
        ...(endpoint.token ? { authorization: `Bearer ${endpoint.token}` } : {}),
      },
      body: JSON.stringify({ type: d.kind, contenu: d.payload }),
    });
    const body: unknown = await res.json().catch(() => undefined);
    if (res.ok || res.status === 409) {
      // 409: this key was processed already; its receipt comes back with it.
      const r = receiptBody.safeParse(body);
      if (!r.success) throw new Error(`accusé de réception illisible (HTTP ${res.status})`);
      return { reference: r.data.reference, acknowledged: r.data.statut === 'traitee' };
    }
    if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429)
      throw new PermanentDeliveryError(`déclaration refusée par l’organisme (HTTP ${res.status})`);
    throw new Error(`organisme indisponible (HTTP ${res.status})`);
  };
}

/**
 * The sandbox side of every organisation: processes each idempotency key once. With a receipts
 * store (the server's database) that memory survives a restart, as a real organisation's does.
 */
export class SandboxInbox {
  readonly #received = new Map<string, Delivery & { reference: string }>();
  readonly #faults: Readonly<Partial<Record<string, Fault>>>;
  readonly #store: SandboxReceipts | undefined;
  constructor(faults: Readonly<Partial<Record<string, Fault>>> = {}, store?: SandboxReceipts) {
    this.#faults = faults;
    this.#store = store;
  }

  readonly deliver: Deliver = async (d, signal): Promise<DeliveryReceipt> => {
    const fault = this.#faults[d.organisation];
    if (fault?.kind === 'error') throw new Error('organisme indisponible (bac à sable)');
    if (fault?.kind === 'timeout' || fault?.kind === 'slow')
      await sleep(fault.kind === 'slow' ? fault.delayMs : 2 ** 31 - 1, undefined, { signal });
    const seen = this.#received.get(d.idempotencyKey) ?? (await this.#store?.get(d.idempotencyKey));
    if (seen) return { reference: seen.reference, acknowledged: true };
    let reference = `${d.organisation.toUpperCase()}-${randomUUID().slice(0, 8)}`;
    // Two deliveries of one key at once (two processes): the first one kept wins.
    if (this.#store) reference = (await this.#store.put({ ...d, reference })).reference;
    this.#received.set(d.idempotencyKey, { ...d, reference });
    return { reference, acknowledged: true };
  };

  /** What this process received (tests inspect it). */
  received(organisation?: string): (Delivery & { reference: string })[] {
    return [...this.#received.values()].filter(
      (d) => !organisation || d.organisation === organisation,
    );
  }

  /** Everything the sandbox organisations kept, across restarts and processes. */
  async receivedAll(organisation?: string): Promise<(Delivery & { reference: string })[]> {
    return this.#store ? this.#store.list(organisation) : this.received(organisation);
  }
}

export function buildDeliver(c: ConnectorConfig, inbox: SandboxInbox): Deliver {
  const http = new Map(
    Object.entries(c.endpoints).map(([org, endpoint]) => [org, httpDeliver(endpoint)] as const),
  );
  for (const [org, fault] of Object.entries(c.deliveryFaults))
    if (!http.has(org))
      http.set(
        org,
        httpDeliver({ baseUrl: 'http://bac-a-sable.invalid' }, faultyFetch(fault, inbox.deliver)),
      );
  return (d, signal) => (http.get(d.organisation) ?? inbox.deliver)(d, signal);
}
