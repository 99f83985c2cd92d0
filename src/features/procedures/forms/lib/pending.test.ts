import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ProcedureView } from '../../../../shared/contracts/procedures.ts';
import { memoryDraft } from '../../../../shared/lib/device-drafts.ts';
import { ApiError, NetworkError } from '../api/http.ts';
import type { PendingRequest } from './device.ts';
import { enqueue, flush } from './pending.ts';

const request = (clientRef: string): PendingRequest => ({
  procedure: 'aide-logement',
  values: { rent: '620' },
  documents: [],
  clientRef,
});
const view = (r: PendingRequest) => ({ id: r.clientRef }) as unknown as ProcedureView;

describe('pending submissions', () => {
  it('keeps one entry per device reference and sends them in order', async () => {
    const store = memoryDraft<PendingRequest[]>();
    await enqueue(store, request('a'));
    await enqueue(store, request('b'));
    await enqueue(store, request('a'));
    const seen: string[] = [];
    const result = await flush(store, (r) => {
      seen.push(r.clientRef);
      return Promise.resolve(view(r));
    });
    expect(seen).toEqual(['b', 'a']);
    expect(result.left).toBe(0);
    expect(await store.load()).toBeUndefined();
  });

  it('keeps what the network did not take, drops what the server refused', async () => {
    const store = memoryDraft<PendingRequest[]>();
    for (const ref of ['bad', 'ok', 'cut', 'later']) await enqueue(store, request(ref));
    const result = await flush(store, (r) => {
      if (r.clientRef === 'bad') return Promise.reject(new ApiError(400, 'invalide'));
      if (r.clientRef === 'cut') return Promise.reject(new NetworkError('offline'));
      return Promise.resolve(view(r));
    });
    expect(result.refused.map((r) => r.clientRef)).toEqual(['bad']);
    expect(result.sent).toHaveLength(1);
    expect((await store.load())?.map((r) => r.clientRef)).toEqual(['cut', 'later']);
  });
});
