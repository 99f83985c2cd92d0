// The contact form's state: the draft restored from the device and saved at each change, the
// errors (the form's and the server's, by field), sending, and the focus on the first error.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
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

export const CONTACT_ORDER = ['organisation', 'subject', 'text', 'documents', 'form'] as const;

export function useContact(store: DraftStore<ContactDraft>) {
  const me = useMe();
  const queries = useQueryClient();
  const [draft, setDraft] = useState<ContactDraft>();
  const current = useRef<ContactDraft>(EMPTY_CONTACT);
  const [errors, setErrors] = useState<ContactErrors>({});
  const [busy, setBusy] = useState(false);
  const [sentTo, setSentTo] = useState<string>();

  useEffect(() => {
    let live = true;
    const done = (d?: ContactDraft) => {
      if (!live) return;
      current.current = d ?? current.current;
      setDraft(current.current);
    };
    store.load().then(done, () => {
      done();
    });
    return () => {
      live = false;
    };
  }, [store]);

  const set = useCallback(
    (patch: Partial<ContactDraft>) => {
      current.current = { ...current.current, ...patch };
      setDraft(current.current);
      store.save(current.current).catch(() => undefined);
    },
    [store],
  );

  const show = (found: ContactErrors) => {
    setErrors(found);
    const first = CONTACT_ORDER.find((f) => found[f]);
    if (first)
      setTimeout(() => {
        focusField(first);
      });
  };

  const send = async () => {
    const checked = checkDraft(current.current);
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
      current.current = EMPTY_CONTACT;
      setDraft(EMPTY_CONTACT);
      store.clear().catch(() => undefined);
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
