// The submissions waiting for the network on this device, sent again when it returns.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import type { ProcedureView } from '../../../../shared/contracts/procedures.ts';
import { getMe } from '../api/http.ts';
import { sendProcedure } from '../api/procedures.ts';
import type { PendingRequest, PendingStore } from '../lib/device.ts';
import { enqueue, flush } from '../lib/pending.ts';

export function usePending(store: PendingStore, onSent: (v: ProcedureView) => void) {
  const queries = useQueryClient();
  const [waiting, setWaiting] = useState<readonly PendingRequest[]>([]);

  const refresh = useCallback(async () => {
    setWaiting((await store.load()) ?? []);
  }, [store]);

  const retry = useCallback(async () => {
    const me = await getMe().catch(() => null);
    if (!me) return;
    const result = await flush(store, (r) => sendProcedure(me, r));
    result.sent.forEach(onSent);
    if (result.sent.length) await queries.invalidateQueries({ queryKey: ['procedures', 'list'] });
    await refresh();
  }, [store, onSent, queries, refresh]);

  useEffect(() => {
    const online = () => {
      void retry();
    };
    window.addEventListener('online', online);
    if (navigator.onLine) online();
    else void refresh();
    return () => {
      window.removeEventListener('online', online);
    };
  }, [retry, refresh]);

  const add = useCallback(
    async (r: PendingRequest) => {
      await enqueue(store, r);
      await refresh();
    },
    [store, refresh],
  );
  return { waiting, add, retry };
}
