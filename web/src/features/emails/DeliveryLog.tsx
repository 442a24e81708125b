import { Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KEYBOARD_SCROLL } from '../plain-errors/keyboard-scroll';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import { QueryState } from '../../app/QueryState';
import { formatDateTime } from '../../format/dates';
import { ErrorText } from '../plain-errors/ErrorText';
import type { MailingKind } from './use-mailing';
import { useMailing } from './use-mailing';
import { CursorPager } from '../../app/CursorPager';

type Delivery = components['schemas']['DeliveryDto'];
type Status = Delivery['status'];

const PAGE_SIZE = 25;
const STATUSES: Status[] = ['queued', 'sent', 'failed', 'skipped'];

export const deliveriesKey = (eventId: string) => ['deliveries', eventId];

/** The e-mail log, newest first, filtered by status and kind, a page at a time; failed ones retried. */
export function DeliveryLog({
  eventId,
  timeZone,
  scheduleId,
}: {
  eventId: string;
  timeZone: string;
  /** The schedule an agenda retry re-sends; agenda retries need one. */
  scheduleId: string;
}) {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<Status | null>(null);
  const [kind, setKind] = useState<MailingKind | null>(null);
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors[cursors.length - 1];
  const log = useQuery({
    queryKey: [...deliveriesKey(eventId), status, kind, cursor ?? null],
    queryFn: () =>
      unwrap(
        api.GET('/events/{eventId}/notifications/deliveries', {
          params: {
            path: { eventId },
            query: {
              limit: PAGE_SIZE,
              cursor,
              ...(status && { status }),
              ...(kind && { kind }),
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
    // While e-mails wait to leave, the log follows them.
    refetchInterval: (query) => ((query.state.data?.totals.queued ?? 0) > 0 ? 2000 : false),
  });
  const retry = useMailing(eventId);
  const [retried, setRetried] = useState<string | null>(null);
  const filter =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setCursors([]);
    };

  return (
    <Stack>
      <Title order={4}>{t('emails.log.title')}</Title>
      <Group align="flex-end">
        <Select
          label={t('emails.log.status')}
          placeholder={t('emails.log.all')}
          data={STATUSES.map((value) => ({ value, label: t(`emails.statuses.${value}`) }))}
          value={status}
          onChange={filter((value) => setStatus(value as Status | null))}
          clearable
          w={200}
        />
        <Select
          label={t('emails.log.kind')}
          placeholder={t('emails.log.all')}
          data={(['suggestions', 'agenda'] as const).map((value) => ({
            value,
            label: t(`emails.kinds.${value}`),
          }))}
          value={kind}
          onChange={filter((value) => setKind(value as MailingKind | null))}
          clearable
          w={200}
        />
        <Button variant="default" onClick={() => void log.refetch()}>
          {t('emails.log.refresh')}
        </Button>
      </Group>
      {log.data && (
        <Text role="status" data-testid="delivery-totals">
          {t('emails.log.totals', log.data.totals)}
        </Text>
      )}
      <QueryState error={log.error} loading={log.isPending} />
      <ErrorText error={retry.error} />
      {retry.data && retried && <Text size="sm">{t('emails.log.retried', { name: retried })}</Text>}
      {log.data && log.data.items.length === 0 && <Text>{t('emails.log.empty')}</Text>}
      {log.data && log.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={900} scrollAreaProps={KEYBOARD_SCROLL}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('emails.log.when')}</Table.Th>
                <Table.Th>{t('emails.log.recipient')}</Table.Th>
                <Table.Th>{t('emails.log.kind')}</Table.Th>
                <Table.Th>{t('emails.log.status')}</Table.Th>
                <Table.Th>{t('emails.log.detail')}</Table.Th>
                <Table.Th>{t('emails.log.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {log.data.items.map((delivery) => (
                <Table.Tr key={delivery.id}>
                  <Table.Td>
                    {formatDateTime(delivery.sentAt ?? delivery.updatedAt, timeZone, i18n.language)}
                  </Table.Td>
                  <Table.Td>
                    {delivery.participant.fullName}
                    <Text size="xs" c="dimmed">
                      {delivery.participant.email}
                    </Text>
                  </Table.Td>
                  <Table.Td>{t(`emails.kinds.${delivery.kind}`)}</Table.Td>
                  <Table.Td>{t(`emails.statuses.${delivery.status}`)}</Table.Td>
                  <Table.Td>
                    {delivery.error ??
                      (delivery.skipReason
                        ? t(`emails.reasons.${delivery.skipReason}`, delivery.skipReason)
                        : t('emails.log.attempts', { count: delivery.attempts }))}
                  </Table.Td>
                  <Table.Td>
                    {delivery.status === 'failed' && (
                      <Button
                        size="xs"
                        variant="default"
                        disabled={retry.isPending || (delivery.kind === 'agenda' && !scheduleId)}
                        aria-label={t('emails.log.retryLabel', {
                          name: delivery.participant.fullName,
                        })}
                        onClick={() => {
                          setRetried(delivery.participant.fullName);
                          retry.start({
                            kind: delivery.kind,
                            scheduleId,
                            dryRun: false,
                            participants: [delivery.participant.externalId],
                          });
                        }}
                      >
                        {t('emails.log.retry')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <CursorPager cursors={cursors} setCursors={setCursors} nextCursor={log.data?.nextCursor} />
    </Stack>
  );
}
