// A procedure's journey: steps checked one by one with the server's own rules, values prefilled
// from what the organisations know (marked, editable), documents attached by reference, then
// sending — at once when the network answers, otherwise queued on the device until it returns.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import type { ProcedureDef, ProcedureView } from '../../../../shared/contracts/procedures.ts';
import { ApiError, NetworkError } from '../api/http.ts';
import { sendProcedure } from '../api/procedures.ts';
import { useMe, usePrefill } from '../api/queries.ts';
import type { FormStore, PendingStore } from '../lib/device.ts';
import { focusField, serverErrors, stepErrors, type FieldErrors } from '../lib/errors.ts';
import { useFormDraft } from './use-form-draft.ts';
import { usePending } from './use-pending.ts';

export type Phase = 'form' | 'login' | 'receipt' | 'waiting';

export function useProcedureForm(def: ProcedureDef, store: FormStore, pending: PendingStore) {
  const me = useMe();
  const queries = useQueryClient();
  const prefill = usePrefill(def.id, !!me.data);
  const { draft, update, setValue, clear } = useFormDraft(store);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [phase, setPhase] = useState<Phase>('form');
  const [receipt, setReceipt] = useState<ProcedureView>();
  const [busy, setBusy] = useState(false);
  const onSent = useCallback((v: ProcedureView) => {
    setReceipt(v);
    setPhase('receipt');
  }, []);
  const queue = usePending(pending, onSent);

  // Prefilled values fill only what the person has not typed yet (a restored draft wins).
  const known = prefill.data;
  useEffect(() => {
    if (!draft || !known) return;
    const missing = Object.entries(known.values).filter(([k]) => !(k in draft.values));
    if (missing.length)
      update((latest) => ({ values: { ...Object.fromEntries(missing), ...latest.values } }));
  }, [draft, known, update]);

  const steps = def.steps.length + 1; // the last one: documents and review
  const step = Math.min(draft?.step ?? 0, steps - 1);
  const show = (found: FieldErrors, order: readonly string[]) => {
    setErrors(found);
    const first = order.find((f) => found[f]);
    if (first)
      setTimeout(() => {
        focusField(first);
      }); // after the error state has rendered
  };

  const next = () => {
    if (!draft) return;
    const s = def.steps[step];
    if (!s) return;
    const found = stepErrors(def, draft.values, s.id);
    if (Object.keys(found).length) {
      show(
        found,
        s.fields.map((f) => f.id),
      );
      return;
    }
    setErrors({});
    update({ step: step + 1 });
  };
  const back = () => {
    setErrors({});
    update({ step: Math.max(0, step - 1) });
  };

  const submit = async () => {
    if (!draft) return;
    const session = me.data ?? (await me.refetch()).data;
    if (!session) {
      setPhase('login');
      return;
    }
    const request = {
      procedure: def.id,
      values: draft.values,
      documents: draft.documents,
      clientRef: draft.clientRef,
    };
    setBusy(true);
    try {
      if (!navigator.onLine) throw new NetworkError('offline');
      onSent(await sendProcedure(session, request));
      clear();
      await queries.invalidateQueries({ queryKey: ['procedures', 'list'] });
    } catch (e) {
      if (e instanceof NetworkError) {
        await queue.add(request);
        clear();
        setPhase('waiting');
      } else if (e instanceof ApiError && e.status === 400) {
        const found = serverErrors(e.fields);
        const at = def.steps.findIndex((s) => s.fields.some((f) => found[f.id]));
        update({ step: at < 0 ? steps - 1 : at });
        show(found, [...def.steps.flatMap((s) => s.fields.map((f) => f.id)), 'documents']);
      } else if (e instanceof ApiError && (e.status === 401 || e.status === 403)) {
        void me.refetch();
        setPhase('login');
      } else show({ form: 'unavailable' }, ['form']);
    } finally {
      setBusy(false);
    }
  };

  const restart = () => {
    setErrors({});
    setReceipt(undefined);
    setPhase('form');
  };

  return {
    ...{ draft, step, steps, errors, phase, receipt, busy, waiting: queue.waiting },
    ...{ prefill: known, loggedIn: !!me.data, meLoading: me.isPending },
    ...{ setValue, update, next, back, submit, restart, retry: queue.retry },
  };
}
export type ProcedureFlow = ReturnType<typeof useProcedureForm>;
