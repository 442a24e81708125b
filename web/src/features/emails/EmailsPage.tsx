import {
  Button,
  Group,
  Modal,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useEvent } from '../../app/use-event';
import { JobProgress } from '../../jobs/JobProgress';
import { ErrorText } from '../plain-errors/ErrorText';
import { useAllParticipants } from '../schedules/use-participants';
import { DeliveryLog, deliveriesKey } from './DeliveryLog';
import { DryRunReport } from './DryRunReport';
import { EmailPreview } from './EmailPreview';
import type { MailingSummary } from './mailing-report';
import { mailingSummaryOf, wouldSend } from './mailing-report';
import type { MailingKind } from './use-mailing';
import { useMailing } from './use-mailing';

/**
 * E-mails: preview one, dry-run a mailing (who gets what, who is skipped and why), send it
 * after a confirmation, and follow the delivery log.
 */
export default function EmailsPage() {
  const { t } = useTranslation();
  const { eventId, data: event } = useEvent();
  const [search, setSearch] = useSearchParams();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<MailingKind>(
    search.get('kind') === 'agenda' ? 'agenda' : 'suggestions',
  );
  const scheduleId = search.get('schedule') ?? '';
  const participants = useAllParticipants(eventId);
  const dryRun = useMailing(eventId);
  const send = useMailing(eventId);
  const [summary, setSummary] = useState<MailingSummary | null>(null);
  // The jobs followed, kept here so that nothing but a new request replaces them.
  const [dryRunJob, setDryRunJob] = useState<string | null>(null);
  const [sendJob, setSendJob] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const names = new Map(participants.data?.map((p) => [p.externalId, p.fullName]));
  const nameOf = (externalId: string) => names.get(externalId) ?? externalId;
  if (!event) return null;
  const needsSchedule = kind === 'agenda' && !scheduleId;
  const request = { kind, scheduleId, dryRun: false };

  return (
    <Stack>
      <Title order={3}>{t('emails.title')}</Title>
      <Paper withBorder p="md">
        <Stack>
          <Group align="flex-end">
            <Stack gap={4}>
              <Text size="sm" fw={500} id="mailing-kind">
                {t('emails.kind')}
              </Text>
              <SegmentedControl
                aria-labelledby="mailing-kind"
                value={kind}
                onChange={(value) => {
                  setKind(value as MailingKind);
                  setSummary(null);
                  setDryRunJob(null);
                  setSendJob(null);
                  dryRun.reset();
                  send.reset();
                }}
                data={[
                  { value: 'suggestions', label: t('emails.kinds.suggestions') },
                  { value: 'agenda', label: t('emails.kinds.agenda') },
                ]}
              />
            </Stack>
            {kind === 'agenda' && (
              <TextInput
                label={t('emails.scheduleId')}
                description={t('emails.scheduleIdHint')}
                value={scheduleId}
                onChange={(change) => {
                  const next = new URLSearchParams(search);
                  next.set('schedule', change.currentTarget.value.trim());
                  setSearch(next, { replace: true });
                }}
                w={380}
              />
            )}
          </Group>
          <EmailPreview
            eventId={eventId}
            kind={kind}
            scheduleId={scheduleId}
            participants={participants.data ?? []}
          />
        </Stack>
      </Paper>

      <Paper withBorder p="md">
        <Stack>
          <Title order={4}>{t('emails.mailing.title', { kind: t(`emails.kinds.${kind}`) })}</Title>
          <Text size="sm">{t(`emails.mailing.hint.${kind}`)}</Text>
          <Group>
            <Button
              variant="default"
              disabled={dryRun.isPending || needsSchedule}
              loading={dryRun.isPending}
              onClick={() => {
                setSummary(null);
                setDryRunJob(null);
                dryRun.start({ ...request, dryRun: true }, setDryRunJob);
              }}
            >
              {t('emails.mailing.dryRun')}
            </Button>
            <Button disabled={send.isPending || needsSchedule} onClick={() => setConfirming(true)}>
              {t('emails.mailing.send')}
            </Button>
          </Group>
          <ErrorText error={dryRun.error} />
          {dryRunJob && (
            <JobProgress
              key={dryRunJob}
              jobId={dryRunJob}
              label={t('emails.mailing.dryRunning')}
              onSettled={(job) => setSummary(mailingSummaryOf(job.result))}
            />
          )}
          {summary && <DryRunReport summary={summary} nameOf={nameOf} />}
          <ErrorText error={send.error} />
          {sendJob && (
            <JobProgress
              key={sendJob}
              jobId={sendJob}
              label={t('emails.mailing.sending')}
              onSettled={() =>
                void queryClient.invalidateQueries({ queryKey: deliveriesKey(eventId) })
              }
            />
          )}
        </Stack>
      </Paper>

      <Paper withBorder p="md">
        <DeliveryLog eventId={eventId} timeZone={event.timezone} scheduleId={scheduleId} />
      </Paper>

      <Modal
        closeButtonProps={{ 'aria-label': t('common.close') }}
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('emails.confirm.title')}
      >
        <Stack>
          <Text>
            {summary && summary.kind === kind
              ? t('emails.confirm.counted', { count: wouldSend(summary) })
              : t('emails.confirm.uncounted')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              disabled={send.isPending}
              onClick={() => {
                setConfirming(false);
                setSendJob(null);
                send.start(request, setSendJob);
              }}
            >
              {t('emails.confirm.send')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
