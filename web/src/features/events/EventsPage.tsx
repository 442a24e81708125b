import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { QueryState } from '../../app/QueryState';
import { formatCalendarDate, formatDateTime } from '../../format/dates';
import { CursorPager } from '../../app/CursorPager';

const PAGE_SIZE = 50;

/** The admin's list of events, a page at a time, ordered by slug. */
export default function EventsPage() {
  const { t, i18n } = useTranslation();
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors[cursors.length - 1];
  const { data, error, isPending } = useQuery({
    queryKey: ['events', cursor ?? null],
    queryFn: () => unwrap(api.GET('/events', { params: { query: { limit: PAGE_SIZE, cursor } } })),
    placeholderData: keepPreviousData,
  });

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('events.title')}</Title>
        {data?.scope === 'all' && (
          <Button component={Link} to="/events/new">
            {t('events.create')}
          </Button>
        )}
      </Group>
      <QueryState error={error} loading={isPending} />
      {data && data.items.length === 0 && <Text>{t('events.empty')}</Text>}
      {data && data.items.length > 0 && (
        <>
          <Text size="sm">{t('events.total', { count: data.total })}</Text>
          <Table.ScrollContainer minWidth={700}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('events.columns.name')}</Table.Th>
                  <Table.Th>{t('events.columns.slug')}</Table.Th>
                  <Table.Th>{t('events.columns.dates')}</Table.Th>
                  <Table.Th>{t('events.columns.timezone')}</Table.Th>
                  <Table.Th>{t('events.columns.createdAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((event) => (
                  <Table.Tr key={event.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/events/${event.id}`}>
                        {event.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{event.slug}</Table.Td>
                    <Table.Td>
                      {formatCalendarDate(event.startsOn, i18n.language)} –{' '}
                      {formatCalendarDate(event.endsOn, i18n.language)}
                    </Table.Td>
                    <Table.Td>{event.timezone}</Table.Td>
                    <Table.Td>
                      {formatDateTime(event.createdAt, event.timezone, i18n.language)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <CursorPager cursors={cursors} setCursors={setCursors} nextCursor={data.nextCursor} />
        </>
      )}
    </Stack>
  );
}
