import { Alert, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '../api/schema';
import { useJob } from './use-job';

type Job = components['schemas']['JobStateDto'];

/**
 * A live progress bar for any background job (import, matching run, schedule, mailing): says
 * when it is done or why it failed; `onSettled` runs once when it ends.
 */
export function JobProgress({
  jobId,
  label,
  onSettled,
}: {
  jobId: string;
  label: string;
  onSettled?: (job: Job) => void;
}) {
  const { t } = useTranslation();
  const { job, phase, percent, error } = useJob(jobId);
  const settled = useRef(false);
  useEffect(() => {
    if (job && (phase === 'completed' || phase === 'failed') && !settled.current) {
      settled.current = true;
      onSettled?.(job);
    }
  }, [job, phase, onSettled]);

  if (error) return <Alert color="red">{t('common.error', { message: error.message })}</Alert>;
  const status =
    phase === 'failed'
      ? t('common.job.failed', { reason: job?.failedReason ?? '' })
      : phase === 'completed'
        ? t('common.job.completed')
        : phase === 'active'
          ? t('common.job.active', { progress: percent })
          : t('common.job.waiting');
  return (
    <Stack gap={4}>
      <Progress
        value={percent}
        color={phase === 'failed' ? 'red' : phase === 'completed' ? 'green' : 'blue'}
        animated={phase === 'active'}
        aria-label={label}
        size="lg"
      />
      <Text size="sm" role="status" c={phase === 'failed' ? 'red.9' : undefined}>
        {label} — {status}
      </Text>
    </Stack>
  );
}
