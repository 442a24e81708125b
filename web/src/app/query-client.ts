import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/api-error';

/** 503 (the service briefly unavailable) and network failures are retried; 4xx never. */
export function shouldRetry(failures: number, error: unknown): boolean {
  if (error instanceof ApiError) return error.status === 503 && failures < 5;
  return failures < 2;
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: shouldRetry,
      retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 8000),
      staleTime: 5_000,
      refetchOnWindowFocus: false,
    },
    mutations: { retry: false },
  },
});
