// Faults on deliveries only (the reads stay healthy), played through the real HTTP client of
// deliveries (httpDeliver) over an in-process fetch, so that tests need no second server:
//   CONNECTOR_FAULTS="caf:delivery-error"      the organisation answers 503, nothing processed
//   CONNECTOR_FAULTS="caf:delivery-timeout"    it processes, then never answers (lost receipt)
//   CONNECTOR_FAULTS="caf:delivery-malformed"  it processes, then answers an unreadable body
//   CONNECTOR_FAULTS="caf:delivery-drip=50"    it processes, then sends the receipt a byte every 50 ms
import { setTimeout as sleep } from 'node:timers/promises';
import { CONNECTED_ORGANISATIONS } from '../../../../src/shared/contracts/rights.ts';
import type { Deliver, Delivery } from '../../jobs/outbox.ts';
import type { ConnectedOrganisation } from '../types.ts';

export type DeliveryFault =
  | { readonly kind: 'error' }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'malformed' }
  | { readonly kind: 'drip'; readonly byteMs: number };

export type DeliveryFaults = Readonly<Partial<Record<ConnectedOrganisation, DeliveryFault>>>;

const ITEM = /^(?<org>[a-z-]+):delivery-(?<kind>timeout|error|malformed|drip)(=(?<ms>\d{1,6}))?$/;

/** The delivery faults of CONNECTOR_FAULTS (the other items are the reads' faults). */
export function deliveryFaultsOf(raw: string | undefined): DeliveryFaults {
  const out: Partial<Record<ConnectedOrganisation, DeliveryFault>> = {};
  for (const item of (raw ?? '').split(',').map((s) => s.trim())) {
    const g = ITEM.exec(item)?.groups;
    const org = CONNECTED_ORGANISATIONS.find((o) => o === g?.org);
    if (!g || !org) continue;
    out[org] =
      g.kind === 'drip'
        ? { kind: 'drip', byteMs: Number(g.ms ?? 50) }
        : { kind: g.kind as 'timeout' | 'error' | 'malformed' };
  }
  return out;
}

/** A fetch that plays the organisation's side: the sandbox processes, the fault spoils the answer. */
export function faultyFetch(fault: DeliveryFault, sandbox: Deliver): typeof fetch {
  return async (input, init) => {
    const signal = init?.signal ?? undefined;
    if (fault.kind === 'error')
      return new Response('{"erreur":"indisponible"}', {
        status: 503,
        headers: { 'content-type': 'application/json' },
      });
    const raw = typeof init?.body === 'string' ? init.body : '{}';
    const body = JSON.parse(raw) as { type: string; contenu: unknown };
    const headers = new Headers(init?.headers);
    const url = new URL(
      typeof input === 'string' ? input : input instanceof URL ? input : input.url,
    );
    const delivery: Delivery = {
      organisation: url.pathname.split('/')[3] ?? '',
      idempotencyKey: headers.get('idempotency-key') ?? '',
      kind: body.type,
      payload: body.contenu,
    };
    const receipt = await sandbox(delivery, signal ?? new AbortController().signal);
    const text = JSON.stringify({
      reference: receipt.reference,
      statut: receipt.acknowledged ? 'traitee' : 'recue',
    });
    if (fault.kind === 'timeout') {
      await sleep(2 ** 31 - 1, undefined, { signal });
      throw new Error('unreachable');
    }
    if (fault.kind === 'malformed')
      return new Response(text.slice(0, Math.floor(text.length / 2)), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    const bytes = new TextEncoder().encode(text);
    let i = 0;
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (i >= bytes.length) {
          controller.close();
          return;
        }
        await sleep(fault.byteMs, undefined, { signal });
        controller.enqueue(bytes.subarray(i, i + 1));
        i += 1;
      },
    });
    return new Response(stream, { status: 200, headers: { 'content-type': 'application/json' } });
  };
}
