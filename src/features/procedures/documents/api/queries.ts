import { useQuery } from '@tanstack/react-query';
import { getDocuments } from './documents.ts';

export const DOCUMENTS_KEY = ['documents'] as const;

export function useDocuments(enabled: boolean) {
  return useQuery({ queryKey: DOCUMENTS_KEY, queryFn: getDocuments, enabled, staleTime: 0 });
}
