import { Alert, Button, CopyButton, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { createBodyOf, NEW_EVENT_VALUES } from './event-form';
import { EventForm } from './EventForm';

/** The admin creates an event; its two keys are shown once, with copy buttons. */
export default function NewEventPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (body: ReturnType<typeof createBodyOf>) => unwrap(api.POST('/events', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['events'] }),
  });
  const created = create.data;

  if (created) {
    return (
      <Stack maw={760}>
        <Title order={2}>{t('eventSettings.created')}</Title>
        <Alert color="yellow" role="status">
          {t('eventSettings.keysOnce')}
        </Alert>
        {(['organiser', 'frontend'] as const).map((role) => (
          <Group key={role} align="end">
            <TextInput
              readOnly
              flex={1}
              label={t(`eventSettings.${role}Key`)}
              value={created.keys[role]}
            />
            <CopyButton value={created.keys[role]}>
              {({ copied, copy }) => (
                <Button variant="default" onClick={copy}>
                  {copied ? t('eventSettings.copied') : t('eventSettings.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
        ))}
        <Text>{created.name}</Text>
        <Button component={Link} to={`/events/${created.id}`} w="fit-content">
          {t('eventSettings.open')}
        </Button>
      </Stack>
    );
  }
  return (
    <Stack>
      <Title order={2}>{t('eventSettings.newTitle')}</Title>
      <EventForm
        initial={NEW_EVENT_VALUES}
        creating
        busy={create.isPending}
        onSubmit={(values) => create.mutateAsync(createBodyOf(values))}
      />
    </Stack>
  );
}
