import {
  Anchor,
  Badge,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { QueryState } from '../../app/QueryState';
import { useEvent } from '../../app/use-event';
import { useTaxonomyLabels } from '../../app/use-taxonomy';
import { CursorPager } from '../../app/CursorPager';

const PAGE_SIZE = 50;
type Consent = 'matching' | 'email' | 'no-matching' | 'no-email';

/** Server-paged, searchable, filterable: the page reads 50 rows whatever the event's size. */
export default function ParticipantsPage() {
  const { t } = useTranslation();
  const { eventId } = useEvent();
  const labels = useTaxonomyLabels();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [country, setCountry] = useState<string | null>(null);
  const [theme, setTheme] = useState<string | null>(null);
  const [type, setType] = useState<string | null>(null);
  const [consent, setConsent] = useState<string | null>(null);
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors[cursors.length - 1];
  const filters = {
    q: q || undefined,
    country: country ?? undefined,
    theme: theme ?? undefined,
    organisationType: type ?? undefined,
    consent: (consent ?? undefined) as Consent | undefined,
  };
  const { data, error, isPending } = useQuery({
    queryKey: ['participants', eventId, filters, cursor ?? null],
    queryFn: () =>
      unwrap(
        api.GET('/events/{eventId}/participants', {
          params: { path: { eventId }, query: { ...filters, limit: PAGE_SIZE, cursor } } as never,
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const reset =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setCursors([]);
    };

  return (
    <Stack>
      <Title order={3}>{t('participants.title')}</Title>
      <SimpleGrid cols={{ base: 2, md: 5 }}>
        <TextInput
          label={t('participants.search')}
          value={search}
          onChange={(event) => reset(setSearch)(event.currentTarget.value)}
        />
        <Select
          label={t('participants.country')}
          data={['FR', 'MA']}
          clearable
          value={country}
          onChange={reset(setCountry)}
        />
        <Select
          label={t('participants.theme')}
          data={labels.themes.map((item) => ({ value: item.slug, label: labels.theme(item.slug) }))}
          clearable
          searchable
          value={theme}
          onChange={reset(setTheme)}
        />
        <Select
          label={t('participants.type')}
          data={labels.organisationTypes.map((item) => ({
            value: item.slug,
            label: labels.organisationType(item.slug),
          }))}
          clearable
          value={type}
          onChange={reset(setType)}
        />
        <Select
          label={t('participants.consent')}
          data={(['matching', 'no-matching', 'email', 'no-email'] as const).map((value) => ({
            value,
            label: t(`participants.consentOptions.${value}`),
          }))}
          clearable
          value={consent}
          onChange={reset(setConsent)}
        />
      </SimpleGrid>
      <QueryState error={error} loading={isPending} />
      {data && (
        <>
          <Text size="sm" role="status">
            {t('participants.total', { count: data.total })}
          </Text>
          {data.items.length === 0 ? (
            <Text>{t('participants.empty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={900}>
              <Table striped highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    {(
                      [
                        'externalId',
                        'name',
                        'organisation',
                        'country',
                        'type',
                        'themes',
                        'consents',
                      ] as const
                    ).map((column) => (
                      <Table.Th key={column}>{t(`participants.columns.${column}`)}</Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((participant) => (
                    <Table.Tr key={participant.id}>
                      <Table.Td>{participant.externalId}</Table.Td>
                      <Table.Td>
                        <Anchor
                          component={Link}
                          to={`/events/${eventId}/participants/${encodeURIComponent(participant.externalId)}`}
                        >
                          {participant.fullName}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{participant.organisation}</Table.Td>
                      <Table.Td>{participant.country}</Table.Td>
                      <Table.Td>{labels.organisationType(participant.organisationType)}</Table.Td>
                      <Table.Td>{participant.themes.map(labels.theme).join(', ')}</Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          {participant.consentMatching && (
                            <Badge variant="outline">
                              {t('participants.consentShort.matching')}
                            </Badge>
                          )}
                          {participant.consentEmail && (
                            <Badge variant="outline">{t('participants.consentShort.email')}</Badge>
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <CursorPager cursors={cursors} setCursors={setCursors} nextCursor={data.nextCursor} />
        </>
      )}
    </Stack>
  );
}
