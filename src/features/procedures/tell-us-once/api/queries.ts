// React Query hooks of the page. Receipts are polled while an organisation has not given its
// final answer, and refreshed when the person comes back to the tab.
import { useQuery } from '@tanstack/react-query';
import {
  FINAL_STATUSES,
  POSTAL_CODE,
  type DeclarationView,
} from '../../../../shared/contracts/declarations.ts';
import { getCommunes, getDeclaration, getDeclarations, getMe } from './client.ts';

const POLL_MS = 2000;

export const isFinal = (d: DeclarationView) =>
  d.deliveries.every((x) => FINAL_STATUSES.includes(x.status));

export function useMe() {
  return useQuery({ queryKey: ['me'], queryFn: getMe, staleTime: 0 });
}

export function useCommunes(postalCode: string) {
  const code = postalCode.trim();
  return useQuery({
    queryKey: ['communes', code],
    queryFn: () => getCommunes(code),
    enabled: POSTAL_CODE.test(code),
    staleTime: Infinity,
  });
}

export function useDeclaration(id: string) {
  return useQuery({
    queryKey: ['declarations', id],
    queryFn: () => getDeclaration(id),
    refetchInterval: (q) => (q.state.data && isFinal(q.state.data) ? false : POLL_MS),
    refetchOnWindowFocus: true,
    staleTime: 0,
  });
}

export function useDeclarations(enabled: boolean) {
  return useQuery({
    queryKey: ['declarations'],
    queryFn: getDeclarations,
    enabled,
    refetchInterval: (q) =>
      q.state.data?.declarations.every(isFinal) === false ? POLL_MS * 2 : false,
    refetchOnWindowFocus: true,
    staleTime: 0,
  });
}
