import { Alert, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { ConsoleEvent } from '../../app/use-event';
import { QueryState } from '../../app/QueryState';
import { formatDateTime } from '../../format/dates';
import { JobProgress } from '../../jobs/JobProgress';
import { ErrorText } from '../plain-errors/ErrorText';
import { downloadFile } from './download';
import { PrintSheets } from './PrintSheets';
import { ScheduleChanges } from './ScheduleChanges';
import { ScheduleForm } from './ScheduleForm';
import { formValuesOf } from './schedule-form';
import { partiesOf, scheduleGrid } from './schedule-grid';
import type { ScheduleView } from './schedule-grid';
import { ScheduleGrid } from './ScheduleGrid';
import { ScheduleStats } from './ScheduleStats';
import { useAllParticipants } from './use-participants';

const scheduleKey = (eventId: string, scheduleId: string) => ['schedule', eventId, scheduleId];

export function useSchedule(eventId: string, scheduleId: string | null) {
  return useQuery({
    queryKey: scheduleKey(eventId, scheduleId ?? ''),
    enabled: Boolean(scheduleId),
    queryFn: () =>
      unwrap(
        api.GET('/events/{eventId}/schedules/{scheduleId}', {
          params: { path: { eventId, scheduleId: scheduleId! } },
        }),
      ),
  });
}

/** One schedule: its solving, then its grid, stats, publication, files and regeneration. */
export function ScheduleDetail({
  event,
  scheduleId,
  previousId,
  onAccepted,
}: {
  event: ConsoleEvent;
  scheduleId: string;
  previousId: string | null;
  onAccepted: (accepted: { scheduleId: string }, from: ScheduleView) => void;
}) {
  const { t, i18n } = useTranslation();
  const eventId = event.id;
  const timeZone = event.timezone;
  const queryClient = useQueryClient();
  const query = useSchedule(eventId, scheduleId);
  const previous = useSchedule(eventId, previousId);
  const participants = useAllParticipants(eventId);
  const [agendaOf, setAgendaOf] = useState<string | null>(null);
  const [printRound, setPrintRound] = useState<string>('all');
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: scheduleKey(eventId, scheduleId) });
  const publish = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/events/{eventId}/schedules/{scheduleId}/publish', {
          params: { path: { eventId, scheduleId } },
        }),
      ),
    onSuccess: (published) => queryClient.setQueryData(scheduleKey(eventId, scheduleId), published),
  });
  const download = useMutation({
    mutationFn: ({ path, filename }: { path: string; filename: string }) =>
      downloadFile(path, filename),
  });

  const schedule = query.data;
  if (!schedule) return <QueryState error={query.error} loading={query.isPending} />;
  const parties = partiesOf(schedule);
  const names = new Map(participants.data?.map((p) => [p.externalId, p.fullName]));
  const nameOf = (externalId: string) =>
    parties.get(externalId)?.fullName ?? names.get(externalId) ?? externalId;
  const pending = schedule.status === 'queued' || schedule.status === 'solving';
  const solved = schedule.status === 'ready' || schedule.status === 'published';
  const grid = scheduleGrid(schedule);
  const base = `/events/${encodeURIComponent(eventId)}/schedules/${schedule.id}`;
  const lang = i18n.language === 'en' ? 'en' : 'fr';

  return (
    <Stack>
      <Paper withBorder p="md" className="screen-only">
        <Stack gap="xs">
          <Title order={4}>
            {t('schedules.detail.title', {
              date: formatDateTime(schedule.createdAt, timeZone, i18n.language),
            })}
          </Title>
          <Text size="sm">
            {t(`schedules.status.${schedule.status}`)}
            {schedule.publishedAt &&
              ` — ${t('schedules.detail.publishedAt', {
                date: formatDateTime(schedule.publishedAt, timeZone, i18n.language),
              })}`}
          </Text>
          {pending && (
            <JobProgress
              jobId={schedule.jobId}
              label={t('schedules.detail.solving')}
              onSettled={() => void refresh()}
            />
          )}
          {schedule.status === 'failed' && (
            <Alert color="red" role="alert">
              {t('schedules.detail.failed', { reason: schedule.failureReason ?? '' })}
            </Alert>
          )}
          {solved && (
            <Group align="flex-end">
              {schedule.status === 'ready' && (
                <Button
                  onClick={() => publish.mutate()}
                  loading={publish.isPending}
                  disabled={publish.isPending}
                >
                  {t('schedules.detail.publish')}
                </Button>
              )}
              <Button
                variant="default"
                disabled={download.isPending}
                onClick={() =>
                  download.mutate({
                    path: `${base}.csv?lang=${lang}`,
                    filename: `${event.slug}-planning.csv`,
                  })
                }
              >
                {t('schedules.detail.csv')}
              </Button>
              <Select
                label={t('schedules.detail.agendaOf')}
                placeholder={t('schedules.form.searchName')}
                data={[...parties.values()]
                  .sort((x, y) => x.fullName.localeCompare(y.fullName))
                  .map((party) => ({ value: party.externalId, label: party.fullName }))}
                value={agendaOf}
                onChange={setAgendaOf}
                searchable
                limit={30}
                w={260}
              />
              <Button
                variant="default"
                disabled={!agendaOf || download.isPending}
                onClick={() =>
                  agendaOf &&
                  download.mutate({
                    path: `${base}/participants/${encodeURIComponent(agendaOf)}.ics?lang=${lang}`,
                    filename: `${agendaOf}.ics`,
                  })
                }
              >
                {t('schedules.detail.ics')}
              </Button>
              <Select
                label={t('schedules.detail.printRound')}
                data={[
                  { value: 'all', label: t('schedules.detail.allRounds') },
                  ...grid.rows.map((row) => ({
                    value: String(row.round),
                    label: t('schedules.grid.roundN', { round: row.round }),
                  })),
                ]}
                value={printRound}
                onChange={(value) => setPrintRound(value ?? 'all')}
                allowDeselect={false}
                w={170}
              />
              <Button variant="default" onClick={() => window.print()}>
                {t('schedules.detail.print')}
              </Button>
              {schedule.status === 'published' && (
                <Button
                  variant="default"
                  component={Link}
                  to={`/events/${eventId}/emails?kind=agenda&schedule=${schedule.id}`}
                >
                  {t('schedules.detail.emails')}
                </Button>
              )}
            </Group>
          )}
          <ErrorText error={publish.error} />
          <ErrorText error={download.error} />
        </Stack>
      </Paper>

      {solved && (
        <div className="screen-only">
          <Stack>
            <ScheduleStats schedule={schedule} nameOf={nameOf} />
            {previous.data && previous.data.id !== schedule.id && (
              <ScheduleChanges earlier={previous.data} later={schedule} nameOf={nameOf} />
            )}
            <Title order={4}>{t('schedules.grid.title')}</Title>
            <ScheduleGrid rows={grid.rows} tables={grid.tables} timeZone={timeZone} />
          </Stack>
        </div>
      )}
      {solved && (
        <PrintSheets
          eventName={event.name}
          rows={grid.rows}
          timeZone={timeZone}
          only={printRound === 'all' ? null : Number(printRound)}
        />
      )}

      {!pending && participants.data && (
        <Paper withBorder p="md" className="screen-only">
          <Stack>
            <Title order={4}>
              {schedule.status === 'published'
                ? t('schedules.regenerate.title')
                : t('schedules.regenerate.again')}
            </Title>
            <Text size="sm">
              {schedule.status === 'published'
                ? t('schedules.regenerate.hintPublished')
                : t('schedules.regenerate.hint')}
            </Text>
            <ScheduleForm
              key={`${schedule.id}-${schedule.status}`}
              eventId={eventId}
              timeZone={timeZone}
              initial={formValuesOf(
                schedule.params,
                timeZone,
                nameOf,
                schedule.status === 'published' ? schedule.id : null,
              )}
              submitLabel={t('schedules.regenerate.submit')}
              onAccepted={(accepted) => onAccepted(accepted, schedule)}
            />
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
