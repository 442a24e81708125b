import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Placed } from './schedule-diff';
import { scheduleDiff } from './schedule-diff';
import type { ScheduleView } from './schedule-grid';

const SHOWN = 30;

/** What a regenerated schedule kept of the earlier one and what moved, pair by pair. */
export function ScheduleChanges({
  earlier,
  later,
  nameOf,
}: {
  earlier: ScheduleView;
  later: ScheduleView;
  nameOf: (externalId: string) => string;
}) {
  const { t } = useTranslation();
  const diff = scheduleDiff(earlier, later);
  const pair = (placed: Placed) => `${nameOf(placed.a)} ↔ ${nameOf(placed.b)}`;
  const slot = (placed: Placed) =>
    t('schedules.changes.slot', { round: placed.round, table: placed.table });
  const section = (title: string, lines: string[]) => (
    <div>
      <Text fw={600}>
        {title} ({lines.length})
      </Text>
      {lines.length > 0 && (
        <List size="sm">
          {lines.slice(0, SHOWN).map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
          {lines.length > SHOWN && (
            <List.Item>{t('schedules.changes.more', { count: lines.length - SHOWN })}</List.Item>
          )}
        </List>
      )}
    </div>
  );
  return (
    <Stack gap="xs">
      <Title order={4}>{t('schedules.changes.title')}</Title>
      {section(
        t('schedules.changes.kept'),
        diff.kept.map((placed) => `${pair(placed)} — ${slot(placed)}`),
      )}
      {section(
        t('schedules.changes.moved'),
        diff.moved.map(({ from, to }) => `${pair(to)} — ${slot(from)} → ${slot(to)}`),
      )}
      {section(
        t('schedules.changes.added'),
        diff.added.map((placed) => `${pair(placed)} — ${slot(placed)}`),
      )}
      {section(
        t('schedules.changes.dropped'),
        diff.dropped.map((placed) => `${pair(placed)} — ${slot(placed)}`),
      )}
    </Stack>
  );
}
