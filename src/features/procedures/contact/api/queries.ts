import { useQuery } from '@tanstack/react-query';
import { getThreads } from './messages.ts';

export const THREADS_KEY = ['messages'] as const;

export function useThreads(enabled: boolean) {
  return useQuery({ queryKey: THREADS_KEY, queryFn: getThreads, enabled, staleTime: 0 });
}
