// The contact form's state: the draft restored from the device and saved at each change, the
// errors (the form's and the server's, by field), sending, and the focus on the first error.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useDeviceDraft } from '../../../../shared/hooks/use-device-draft.ts';
import { ApiError } from '../../forms/api/http.ts';
import { useMe } from '../../forms/api/queries.ts';
import { focusField } from '../../forms/lib/errors.ts';
import { sendMessage } from '../api/messages.ts';
import { THREADS_KEY } from '../api/queries.ts';
import {
  EMPTY_CONTACT,
  checkDraft,
  toErrors,
  type ContactDraft,
  type ContactErrors,
} from '../lib/draft.ts';
import type { DraftStore } from '../../../../shared/lib/device-drafts.ts';

const fresh = (): ContactDraft => ({ ...EMPTY_CONTACT, documents: [] });

export const CONTACT_ORDER = ['organisation', 'subject', 'text', 'documents', 'form'] as const;

export function useContact(store: DraftStore<ContactDraft>) {
  const me = useMe();
  const queries = useQueryClient();
  const { draft, update: set, clear } = useDeviceDraft(store, fresh);
  const [errors, setErrors] = useState<ContactErrors>({});
  const [busy, setBusy] = useState(false);
  const [sentTo, setSentTo] = useState<string>();

  const show = (found: ContactErrors) => {
    setErrors(found);
    const first = CONTACT_ORDER.find((f) => found[f]);
    if (first)
      setTimeout(() => {
        focusField(first);
      });
  };

  const send = async () => {
    if (!draft) return;
    const checked = checkDraft(draft);
    if (!checked.ok) {
      show(checked.errors);
      return;
    }
    const session = me.data ?? (await me.refetch()).data;
    if (!session) return;
    setBusy(true);
    try {
      const thread = await sendMessage(session, checked.request);
      setErrors({});
      setSentTo(thread.organisation);
      clear();
      await queries.invalidateQueries({ queryKey: THREADS_KEY });
    } catch (e) {
      show(
        e instanceof ApiError && e.status === 400 ? toErrors(e.fields) : { form: 'unavailable' },
      );
    } finally {
      setBusy(false);
    }
  };

  return { draft, set, errors, busy, sentTo, send, loggedIn: !!me.data, meLoading: me.isPending };
}
