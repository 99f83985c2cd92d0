// The journey's steps and what moves between them: client checks first (same contract as the
// server), then the server's preview (commune, organisations), consent, sending, receipts.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  DECLARATION_MESSAGES,
  type DeclarationContent,
  type PreviewResponse,
} from '../../../../shared/contracts/declarations.ts';
import type { DraftStore } from '../../../../shared/lib/device-drafts.ts';
import { ApiError, previewDeclaration, sendDeclaration } from '../api/client.ts';
import { useMe } from '../api/queries.ts';
import { focusField } from '../components/error-summary.tsx';
import { FIELDS, fieldErrors, validateForm, type Field, type FieldErrors } from '../utils/form.ts';
import { useFormDraft, type FormDraft } from './use-form-draft.ts';

export type Step = 'kind' | 'details' | 'login' | 'recipients' | 'receipts';
type Problem = 'network' | 'session' | undefined;

const issuesOf = (e: ApiError) =>
  e.fields.map((f) => ({ path: f.path.split('.'), message: f.message }));

export function useTellUsOnce(store: DraftStore<FormDraft>, discreet: boolean) {
  const me = useMe();
  const queries = useQueryClient();
  const { draft, setValues, setStep: keepStep, clear } = useFormDraft(store);
  const [screen, setScreen] = useState<Step | undefined>();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<PreviewResponse>();
  const [chosen, setChosen] = useState<string[]>([]);
  const [sentId, setSentId] = useState<string>();
  const step: Step = screen ?? draft?.step ?? 'kind';

  const go = (s: Step) => {
    setScreen(s);
    setProblem(undefined);
    if (s === 'kind' || s === 'details') keepStep(s);
  };
  const fail = (found: FieldErrors, order: readonly Field[]) => {
    setErrors(found);
    const first = order.find((f) => found[f]);
    if (first)
      setTimeout(() => {
        focusField(first);
      }); // after the error state has rendered
  };
  const refused = (e: unknown, order: readonly Field[]) => {
    if (e instanceof ApiError && e.status === 400) fail(fieldErrors(issuesOf(e), order), order);
    else if (e instanceof ApiError && (e.status === 401 || e.status === 403)) {
      void me.refetch();
      go('login');
      setProblem('session');
    } else setProblem('network');
  };

  const next = async () => {
    if (!draft) return;
    const v = validateForm(draft.values);
    if (step === 'kind') {
      if (draft.values.kind === '') {
        fail({ kind: 'client.kind' }, ['kind']);
        return;
      }
      setErrors({});
      go('details');
      return;
    }
    if (!v.ok) {
      fail(v.errors, draft.values.kind ? FIELDS[draft.values.kind] : []);
      return;
    }
    setErrors({});
    const session = me.data ?? (await me.refetch()).data;
    if (!session) {
      go('login');
      return;
    }
    setBusy(true);
    try {
      setPreview(await previewDeclaration(session, v.content));
      setChosen([]);
      go('recipients');
    } catch (e) {
      refused(e, FIELDS[v.content.kind]);
    } finally {
      setBusy(false);
    }
  };

  const send = async (content: DeclarationContent) => {
    if (chosen.length === 0) {
      fail({ organisations: DECLARATION_MESSAGES.organisations }, ['organisations']);
      return;
    }
    const session = me.data;
    if (!session) {
      go('login');
      return;
    }
    setBusy(true);
    try {
      const sent = await sendDeclaration(session, content, chosen, discreet);
      setSentId(sent.id);
      setErrors({});
      clear(); // delivered to the outbox: nothing left to keep on the device
      await queries.invalidateQueries({ queryKey: ['declarations'] });
      go('receipts');
    } catch (e) {
      refused(e, ['organisations']);
    } finally {
      setBusy(false);
    }
  };

  const back = () => {
    setErrors({});
    go(step === 'details' ? 'kind' : 'details');
  };
  const restart = () => {
    clear();
    setErrors({});
    setPreview(undefined);
    setSentId(undefined);
    go('kind');
  };

  return {
    ...{ draft, step, errors, problem, busy, preview, chosen, sentId, loggedIn: !!me.data },
    ...{ setValues, setChosen, next, send, back, restart },
  };
}
