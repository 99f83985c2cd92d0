// Submissions made without network wait on the device and go out when it returns (the
// `online` event, or the next page opening). Each carries the device's own reference, so the
// server creates the procedure once even if a send is repeated after a cut.
import type { ProcedureView } from '../../../../shared/contracts/procedures.ts';
import { ApiError } from '../api/http.ts';
import type { PendingRequest, PendingStore } from './device.ts';

export async function enqueue(store: PendingStore, r: PendingRequest): Promise<void> {
  const list = (await store.load()) ?? [];
  await store.save([...list.filter((x) => x.clientRef !== r.clientRef), r]);
}

export interface FlushResult {
  readonly sent: readonly ProcedureView[];
  /** Refused by the server (e.g. a field no longer valid): shown, then dropped. */
  readonly refused: readonly PendingRequest[];
  readonly left: number;
}

/** Sends what waits, in order; stops at the first network failure or session problem. */
export async function flush(
  store: PendingStore,
  send: (r: PendingRequest) => Promise<ProcedureView>,
): Promise<FlushResult> {
  const list = (await store.load()) ?? [];
  const sent: ProcedureView[] = [];
  const refused: PendingRequest[] = [];
  let i = 0;
  for (; i < list.length; i++) {
    const r = list[i];
    if (!r) continue;
    try {
      sent.push(await send(r));
    } catch (error) {
      if (error instanceof ApiError && error.status === 400) refused.push(r);
      else break; // offline, logged out, server down: try again later
    }
  }
  const left = list.slice(i);
  await (left.length ? store.save(left) : store.clear());
  return { sent, refused, left: left.length };
}
