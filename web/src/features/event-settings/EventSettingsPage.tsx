import { Alert, Stack, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { eventQueryKey, useEvent } from '../../app/use-event';
import { StartRun } from '../matching/StartRun';
import { formValuesOf, patchBodyOf } from './event-form';
import { EventForm } from './EventForm';

/** Edit the event; when the matching settings change, say a new run is needed and offer it. */
export default function EventSettingsPage() {
  const { t } = useTranslation();
  const { eventId, data: event } = useEvent();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (body: ReturnType<typeof patchBodyOf>) =>
      unwrap(api.PATCH('/events/{eventId}', { params: { path: { eventId } }, body })),
    onSuccess: (updated) => queryClient.setQueryData(eventQueryKey(eventId), updated),
  });
  if (!event) return null;
  return (
    <Stack>
      <Title order={3}>{t('eventSettings.editTitle')}</Title>
      {save.data && (
        <Alert color={save.data.matchingSettingsChanged ? 'yellow' : 'green'} role="status">
          <Stack gap="xs">
            {t('eventSettings.saved')}
            {save.data.matchingSettingsChanged && (
              <>
                <span>{t('eventSettings.rematchNeeded')}</span>
                <StartRun eventId={eventId} />
              </>
            )}
          </Stack>
        </Alert>
      )}
      <EventForm
        key={event.id}
        initial={formValuesOf(event)}
        creating={false}
        busy={save.isPending}
        onSubmit={(values) => save.mutateAsync(patchBodyOf(values))}
      />
    </Stack>
  );
}
