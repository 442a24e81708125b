import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useEvent } from '../../app/use-event';
import { ScheduleDetail } from './ScheduleDetail';
import { ScheduleForm } from './ScheduleForm';
import { SchedulesList } from './SchedulesList';
import { DEFAULT_FORM } from './schedule-form';
import './schedules.css';

/**
 * Schedules: the event's list and a new one from the form, or one schedule (`schedules/:scheduleId`), compared with
 * the one it regenerates (`?previous=`) when there is one.
 */
export default function SchedulesPage() {
  const { t } = useTranslation();
  const { eventId, data: event } = useEvent();
  const { scheduleId } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  if (!event) return null;
  const open = (next: string, previous: string | null) =>
    navigate(
      `/events/${eventId}/schedules/${next}${previous ? `?previous=${encodeURIComponent(previous)}` : ''}`,
    );

  return (
    <Stack>
      <Title order={3} className="screen-only">
        {t('schedules.title')}
      </Title>
      {scheduleId ? (
        <ScheduleDetail
          key={scheduleId}
          event={event}
          scheduleId={scheduleId}
          previousId={search.get('previous')}
          onAccepted={(accepted, from) => open(accepted.scheduleId, from.id)}
        />
      ) : (
        <>
          <SchedulesList eventId={eventId} timeZone={event.timezone} />
          <Paper withBorder p="md">
            <Stack>
              <Title order={4}>{t('schedules.new.title')}</Title>
              <Text size="sm">{t('schedules.new.hint')}</Text>
              <ScheduleForm
                eventId={eventId}
                timeZone={event.timezone}
                initial={{
                  ...DEFAULT_FORM,
                  start: event.startsOn ? `${event.startsOn}T09:00` : '',
                }}
                submitLabel={t('schedules.new.submit')}
                onAccepted={(accepted) => open(accepted.scheduleId, null)}
              />
            </Stack>
          </Paper>
        </>
      )}
    </Stack>
  );
}
