import { Anchor, Badge, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { QueryState } from '../../app/QueryState';
import { useEvent } from '../../app/use-event';
import { formatDateTime, formatDuration } from '../../format/dates';
import { StartRun } from './StartRun';

/** Start a run and follow it; the history of runs; who has only weak suggestions. */
export default function MatchingPage() {
  const { t, i18n } = useTranslation();
  const { eventId, data: event } = useEvent();
  const [threshold, setThreshold] = useState<number>(0.3);
  const [weakBelow] = useDebouncedValue(threshold, 300);
  const runs = useQuery({
    queryKey: ['matching', 'runs', eventId],
    queryFn: () =>
      unwrap(
        api.GET('/events/{eventId}/matching/runs', {
          params: { path: { eventId }, query: { limit: 20 } },
        }),
      ),
  });
  const weak = useQuery({
    queryKey: ['matching', 'weak', eventId, weakBelow],
    queryFn: () =>
      unwrap(
        api.GET('/events/{eventId}/matching/weak-suggestions', {
          params: { path: { eventId }, query: { weakBelow, limit: 100 } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  if (!event) return null;
  const when = (iso: string | null | undefined) =>
    iso ? formatDateTime(iso, event.timezone, i18n.language) : '—';

  return (
    <Stack maw={1100}>
      <Title order={3}>{t('matching.title')}</Title>
      <StartRun eventId={eventId} />
      <Title order={4}>{t('matching.history')}</Title>
      <QueryState error={runs.error} loading={runs.isPending} />
      {runs.data && runs.data.items.length === 0 && <Text>{t('matching.noRuns')}</Text>}
      {runs.data && runs.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={800}>
          <Table striped aria-label={t('matching.history')}>
            <Table.Thead>
              <Table.Tr>
                {(
                  ['started', 'finished', 'duration', 'participants', 'lists', 'status'] as const
                ).map((column) => (
                  <Table.Th key={column}>{t(`matching.columns.${column}`)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {runs.data.items.map((run) => (
                <Table.Tr key={run.id}>
                  <Table.Td>{when(run.createdAt)}</Table.Td>
                  <Table.Td>{when(run.finishedAt)}</Table.Td>
                  <Table.Td>{formatDuration(run.durationMs)}</Table.Td>
                  <Table.Td>{run.participantCount}</Table.Td>
                  <Table.Td>{run.listsWritten ?? '—'}</Table.Td>
                  <Table.Td>
                    {t(`matching.status.${run.status}`)}{' '}
                    {run.current && (
                      <Badge color="teal.9" variant="filled">
                        {t('matching.inUse')}
                      </Badge>
                    )}
                    {run.failureReason && <Text size="sm">{run.failureReason}</Text>}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Title order={4}>{t('matching.weakTitle')}</Title>
      <Text>{t('matching.weakIntro')}</Text>
      <NumberInput
        label={t('matching.threshold')}
        min={0}
        max={1}
        step={0.05}
        decimalScale={2}
        w={220}
        value={threshold}
        onChange={(value) => setThreshold(typeof value === 'number' ? value : Number(value) || 0)}
      />
      <QueryState error={weak.error} loading={weak.isPending} />
      {weak.data && (
        <>
          <Text role="status">{t('matching.weakTotal', { count: weak.data.total })}</Text>
          {weak.data.items.length === 0 ? (
            <Text>{t('matching.noWeak')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={700}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('participants.columns.name')}</Table.Th>
                    <Table.Th>{t('participants.columns.organisation')}</Table.Th>
                    <Table.Th>{t('participants.columns.country')}</Table.Th>
                    <Table.Th>{t('matching.bestScore')}</Table.Th>
                    <Table.Th>{t('matching.suggestions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {weak.data.items.map((row) => (
                    <Table.Tr key={row.externalId}>
                      <Table.Td>
                        <Anchor
                          component={Link}
                          to={`/events/${eventId}/participants/${encodeURIComponent(row.externalId)}`}
                        >
                          {row.fullName}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{row.organisation}</Table.Td>
                      <Table.Td>{row.country}</Table.Td>
                      <Table.Td>
                        {row.bestScore == null
                          ? t('matching.noSuggestion')
                          : row.bestScore.toFixed(2)}
                      </Table.Td>
                      <Table.Td>{row.suggestions}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </>
      )}
    </Stack>
  );
}
