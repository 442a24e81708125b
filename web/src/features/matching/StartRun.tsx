import { Button, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { JobProgress } from '../../jobs/JobProgress';

/**
 * Starts a full matching run and follows it. The button is disabled while the request is in
 * flight and while the run goes on, and the service returns a run already in progress rather
 * than starting another: a double click never starts two.
 */
export function StartRun({ eventId, label }: { eventId: string; label?: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [jobId, setJobId] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const start = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/events/{eventId}/matching/runs', { params: { path: { eventId } } })),
    onSuccess: (accepted) => {
      setJobId(accepted.jobId);
      setRunning(true);
    },
  });
  return (
    <Stack gap="xs">
      <Button
        onClick={() => start.mutate()}
        loading={start.isPending}
        disabled={running}
        w="fit-content"
      >
        {label ?? t('matching.start')}
      </Button>
      {start.error && <JobError message={start.error.message} />}
      {jobId && (
        <JobProgress
          key={jobId}
          jobId={jobId}
          label={t('matching.runProgress')}
          onSettled={() => {
            setRunning(false);
            void queryClient.invalidateQueries({ queryKey: ['matching'] });
            void queryClient.invalidateQueries({ queryKey: ['summary'] });
          }}
        />
      )}
    </Stack>
  );
}

function JobError({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <div role="alert" style={{ color: 'var(--mantine-color-error)' }}>
      {t('common.error', { message })}
    </div>
  );
}
