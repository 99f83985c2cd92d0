// Every read and change of the alerts pages, through TanStack Query (memory only; the offline
// copy of the inbox is kept apart, see lib/snapshot.ts). Each change tells the header's unread
// count to refresh.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import {
  alertListResponse,
  alertResponse,
  preferencesResponse,
  unsubscribeResponse,
  verifyResponse,
  type AlertCategory,
  type PreferenceMatrix,
} from '../../../shared/contracts/alerts.ts';
import { notifyAlertsChanged } from '../lib/events.ts';
import { call, change, getSession, type Session } from './http.ts';

export interface ListFilter {
  readonly category: AlertCategory | null;
  readonly archived: boolean;
}

export const keys = {
  session: ['me', 'session'] as const,
  all: ['me', 'alerts'] as const,
  list: (f: ListFilter) => ['me', 'alerts', 'list', f.category ?? 'all', f.archived] as const,
  one: (id: string) => ['me', 'alerts', 'one', id] as const,
  preferences: ['me', 'alerts', 'preferences'] as const,
};

const anything = z.unknown();

export const useSession = () =>
  useQuery({ queryKey: keys.session, queryFn: getSession, staleTime: 0, retry: false });

export const listUrl = (f: ListFilter) => {
  const q = new URLSearchParams();
  if (f.category) q.set('categorie', f.category);
  q.set('archivees', f.archived ? '1' : '0');
  return `/api/alertes?${q.toString()}`;
};

export const useAlerts = (f: ListFilter) =>
  useQuery({ queryKey: keys.list(f), queryFn: () => call(alertListResponse, listUrl(f)) });

export const useAlert = (id: string) =>
  useQuery({
    queryKey: keys.one(id),
    queryFn: () => call(alertResponse, `/api/alertes/${encodeURIComponent(id)}`),
    retry: false,
  });

export const usePreferences = () =>
  useQuery({
    queryKey: keys.preferences,
    queryFn: () => call(preferencesResponse, '/api/alertes/preferences'),
  });

function useAfterChange() {
  const client = useQueryClient();
  return async () => {
    notifyAlertsChanged();
    await client.invalidateQueries({ queryKey: keys.all });
  };
}

export function useMarkRead(session: Session) {
  const done = useAfterChange();
  return useMutation({
    mutationFn: ({ id, read }: { id: string; read: boolean }) =>
      change(anything, `/api/alertes/${encodeURIComponent(id)}/lu`, {
        session,
        method: 'POST',
        body: { read },
        action: `read:${id}:${String(read)}`,
      }),
    onSettled: done,
  });
}

export function useArchive(session: Session) {
  const done = useAfterChange();
  return useMutation({
    mutationFn: ({ id, archived }: { id: string; archived: boolean }) =>
      change(anything, `/api/alertes/${encodeURIComponent(id)}/archiver`, {
        session,
        method: 'POST',
        body: { archived },
        action: `archive:${id}:${String(archived)}`,
      }),
    onSettled: done,
  });
}

export function useSavePreferences(session: Session) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (matrix: PreferenceMatrix) =>
      change(anything, '/api/alertes/preferences', {
        session,
        method: 'PUT',
        body: { matrix },
        action: `preferences:${JSON.stringify(matrix)}`,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.preferences }),
  });
}

export function useSetEmail(session: Session) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (address: string) =>
      change(anything, '/api/alertes/email', {
        session,
        method: 'POST',
        body: { address },
        action: `email:${address}`,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.preferences }),
  });
}

/** Confirmation and unsubscribe links work with or without a session on this browser. */
export async function confirmEmail(token: string): Promise<void> {
  const session = await getSession().catch(() => null);
  await change(anything, '/api/alertes/email/confirmer', {
    session,
    method: 'POST',
    body: { token },
    action: `confirm:${token}`,
  });
}

export async function unsubscribe(token: string) {
  const session = await getSession().catch(() => null);
  return change(unsubscribeResponse, '/api/alertes/desabonnement', {
    session,
    method: 'POST',
    body: { token },
    action: `unsubscribe:${token}`,
  });
}

export const verifyCode = (code: string) =>
  call(verifyResponse, `/api/alertes/verifier?code=${encodeURIComponent(code)}`);
