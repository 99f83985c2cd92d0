// Every read and change of the dashboard, through TanStack Query. The cache lives in memory
// only (no persister): on a shared device nothing personal is written to storage, and logout
// empties it.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { possibleRightsResponse } from '../../../shared/contracts/possible-rights.ts';
import { rightsResponse } from '../../../shared/contracts/rights.ts';
import { call, getSession, jsonInit, type Session } from './http.ts';
import {
  errorReport,
  errorReports,
  personalData,
  preferences,
  type Preferences,
} from './schemas.ts';

export const keys = {
  session: ['me', 'session'] as const,
  rights: ['me', 'rights'] as const,
  possible: ['me', 'possible-rights'] as const,
  preferences: ['me', 'preferences'] as const,
  reports: ['me', 'error-reports'] as const,
  data: ['me', 'data'] as const,
};

export const useSession = () =>
  useQuery({ queryKey: keys.session, queryFn: getSession, staleTime: 0 });

export const useRights = () =>
  useQuery({ queryKey: keys.rights, queryFn: () => call(rightsResponse, '/api/me/rights') });

export const usePossibleRights = () =>
  useQuery({
    queryKey: keys.possible,
    queryFn: () => call(possibleRightsResponse, '/api/me/possible-rights'),
  });

export const usePreferences = () =>
  useQuery({ queryKey: keys.preferences, queryFn: () => call(preferences, '/api/me/preferences') });

export const useErrorReports = () =>
  useQuery({
    queryKey: keys.reports,
    queryFn: () => call(errorReports, '/api/me/error-reports'),
  });

export const usePersonalData = () =>
  useQuery({ queryKey: keys.data, queryFn: () => call(personalData, '/api/me/data') });

/** Saves the arrangement at once on screen, then on the server; rolls back if refused. */
export function useSavePreferences(session: Session) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (next: Preferences) =>
      call(preferences, '/api/me/preferences', jsonInit(session, 'PUT', next)),
    onMutate: async (next) => {
      await client.cancelQueries({ queryKey: keys.preferences });
      const before = client.getQueryData<Preferences>(keys.preferences);
      client.setQueryData(keys.preferences, next);
      return { before };
    },
    onError: (_error, _next, context) => {
      client.setQueryData(keys.preferences, context?.before);
    },
  });
}

export interface NewReport {
  readonly organisation: string;
  readonly subject: string;
  readonly message: string;
}

export function useCreateReport(session: Session) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (report: NewReport) =>
      call(errorReport, '/api/me/error-reports', jsonInit(session, 'POST', report)),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.reports }),
  });
}

/** Ends the portal session and returns where to go to end the identity provider's one. */
export async function logout(session: Session): Promise<string> {
  const res = await fetch('/auth/logout', {
    credentials: 'same-origin',
    ...jsonInit(session, 'POST'),
  });
  const body = (await res.json().catch(() => ({}))) as { logoutUrl?: unknown };
  return typeof body.logoutUrl === 'string' ? body.logoutUrl : '/';
}

export async function deletePersonalData(session: Session): Promise<void> {
  const res = await fetch('/api/me/data', {
    credentials: 'same-origin',
    ...jsonInit(session, 'DELETE'),
  });
  if (!res.ok) throw new Error(String(res.status));
}
