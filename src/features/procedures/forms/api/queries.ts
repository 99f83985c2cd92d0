// React Query hooks shared by the procedures, documents and contact pages.
import { useQuery } from '@tanstack/react-query';
import { getMe } from './http.ts';
import { getPrefill, getProcedures } from './procedures.ts';

export function useMe() {
  return useQuery({ queryKey: ['me'], queryFn: getMe, staleTime: 0, retry: false });
}

export function usePrefill(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['procedures', 'prefill', id],
    queryFn: () => getPrefill(id),
    enabled,
    staleTime: Infinity,
    retry: false,
  });
}

export function useProcedures(enabled: boolean) {
  return useQuery({
    queryKey: ['procedures', 'list'],
    queryFn: getProcedures,
    enabled,
    staleTime: 0,
  });
}
