import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { KEYBOARD_SCROLL } from '../plain-errors/keyboard-scroll';
import { formatTime } from './format-time';
import type { GridRow, Meeting } from './schedule-grid';

function MeetingCell({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      {[meeting.a, meeting.b].map((party) => (
        <div key={party.externalId}>
          <Text size="sm" fw={600} lh={1.2}>
            {party.fullName}
          </Text>
          <Text size="xs" c="dimmed" lh={1.2}>
            {party.organisation} ({party.country})
          </Text>
        </div>
      ))}
      <Group gap={4}>
        <Text size="xs">{t('schedules.grid.score', { score: meeting.score.toFixed(2) })}</Text>
        {meeting.needsInterpreter && (
          <Badge size="xs" variant="outline" color="orange.9">
            {t('schedules.grid.interpreter')}
          </Badge>
        )}
        {meeting.mustMeet && (
          <Badge size="xs" variant="outline" color="blue.9">
            {t('schedules.grid.mustMeet')}
          </Badge>
        )}
        {meeting.locked && (
          <Badge size="xs" variant="outline" color="gray.9">
            {t('schedules.grid.locked')}
          </Badge>
        )}
      </Group>
    </Stack>
  );
}

/** Rounds down, tables across: who sits where, when. */
export function ScheduleGrid({
  rows,
  tables,
  timeZone,
}: {
  rows: GridRow[];
  tables: number;
  timeZone: string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer
      minWidth={Math.min(4000, 140 + tables * 190)}
      scrollAreaProps={KEYBOARD_SCROLL}
    >
      <Table withTableBorder withColumnBorders className="schedule-grid">
        <Table.Caption>{t('schedules.grid.caption', { zone: timeZone })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('schedules.grid.round')}</Table.Th>
            {Array.from({ length: tables }, (_, index) => (
              <Table.Th key={index} scope="col">
                {t('schedules.grid.table', { table: index + 1 })}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.round}>
              <Table.Th scope="row" style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                <div>{t('schedules.grid.roundN', { round: row.round })}</div>
                <Text size="xs">
                  {formatTime(row.startsAt, timeZone, i18n.language)}–
                  {formatTime(row.endsAt, timeZone, i18n.language)}
                </Text>
              </Table.Th>
              {row.cells.map((meeting, index) => (
                <Table.Td key={index} style={{ verticalAlign: 'top' }}>
                  {meeting ? (
                    <MeetingCell meeting={meeting} />
                  ) : (
                    <Text size="xs" c="dimmed">
                      {t('schedules.grid.empty')}
                    </Text>
                  )}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
