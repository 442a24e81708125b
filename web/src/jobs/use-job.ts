import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { percentOf, phaseOf } from './job-progress';

/** Follows `GET /jobs/:id` every 700 ms until the job completes or fails. */
export function useJob(jobId: string | null | undefined) {
  const query = useQuery({
    queryKey: ['job', jobId],
    enabled: Boolean(jobId),
    queryFn: () => unwrap(api.GET('/jobs/{jobId}', { params: { path: { jobId: jobId! } } })),
    refetchInterval: (current) => {
      const state = current.state.data?.state;
      return state === 'completed' || state === 'failed' ? false : 700;
    },
    staleTime: 0,
  });
  const job = query.data;
  const phase = job ? phaseOf(job.state) : 'waiting';
  return { job, phase, percent: job ? percentOf(job.progress, phase) : 0, error: query.error };
}
