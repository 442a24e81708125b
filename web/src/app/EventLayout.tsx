import { Stack, Text, Title } from '@mantine/core';
import { Outlet } from 'react-router';
import { QueryState } from './QueryState';
import { useEvent } from './use-event';

/** Every page of one event: its name on top, the page below. */
export function EventLayout() {
  const { data: event, error, isPending } = useEvent();
  if (!event) return <QueryState error={error} loading={isPending} />;
  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{event.name}</Title>
        <Text size="sm" c="dimmed">
          {event.slug} · {event.timezone}
        </Text>
      </div>
      <Outlet />
    </Stack>
  );
}
