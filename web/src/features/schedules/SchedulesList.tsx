import { Anchor, Badge, Button, Stack, Table, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { QueryState } from '../../app/QueryState';
import { formatDateTime } from '../../format/dates';

const PAGE = 20;
const COLUMNS = ['created', 'status', 'published', 'meetings', 'gap', 'open'] as const;

/** The event's schedules, newest first, each a link to open it: the way back to a schedule. */
export function SchedulesList({ eventId, timeZone }: { eventId: string; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const pages = useInfiniteQuery({
    queryKey: ['schedules', 'list', eventId],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/events/{eventId}/schedules', {
          params: { path: { eventId }, query: { limit: PAGE, cursor: pageParam } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const when = (iso: string | null) => (iso ? formatDateTime(iso, timeZone, i18n.language) : '—');
  const percent = (gap: number) =>
    `${(gap * 100).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'fr-FR', {
      maximumFractionDigits: 1,
    })} %`;
  const items = pages.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack>
      <Title order={4}>{t('schedules.list.title')}</Title>
      <QueryState error={pages.error} loading={pages.isPending} />
      {pages.data && items.length === 0 && <Text>{t('schedules.list.empty')}</Text>}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={700}>
          <Table striped aria-label={t('schedules.list.title')}>
            <Table.Thead>
              <Table.Tr>
                {COLUMNS.map((column) => (
                  <Table.Th key={column}>{t(`schedules.list.columns.${column}`)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((schedule) => (
                <Table.Tr key={schedule.id}>
                  <Table.Td>{when(schedule.createdAt)}</Table.Td>
                  <Table.Td>
                    {schedule.status === 'published' ? (
                      <Badge color="teal.9" variant="filled">
                        {t('schedules.status.published')}
                      </Badge>
                    ) : (
                      t(`schedules.status.${schedule.status}`)
                    )}
                    {schedule.failureReason && <Text size="sm">{schedule.failureReason}</Text>}
                  </Table.Td>
                  <Table.Td>{when(schedule.publishedAt)}</Table.Td>
                  <Table.Td>{schedule.meetings ?? '—'}</Table.Td>
                  <Table.Td>{schedule.gap == null ? '—' : percent(schedule.gap)}</Table.Td>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={`/events/${eventId}/schedules/${schedule.id}`}
                      aria-label={t('schedules.list.open', { date: when(schedule.createdAt) })}
                    >
                      {t('schedules.list.columns.open')}
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {pages.hasNextPage && (
        <Button
          variant="default"
          w="fit-content"
          loading={pages.isFetchingNextPage}
          onClick={() => void pages.fetchNextPage()}
        >
          {t('schedules.list.more')}
        </Button>
      )}
    </Stack>
  );
}
