import { Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format/dates';
import { formatTime } from './format-time';
import type { GridRow } from './schedule-grid';

/**
 * One sheet per round for the room team, seen only on paper (schedules.css, @media print):
 * each round starts a new page.
 */
export function PrintSheets({
  eventName,
  rows,
  timeZone,
  only,
}: {
  eventName: string;
  rows: GridRow[];
  timeZone: string;
  /** A single round to print, or null for all. */
  only: number | null;
}) {
  const { t, i18n } = useTranslation();
  return (
    <div className="print-sheets" aria-hidden="true">
      {rows
        .filter((row) => only === null || row.round === only)
        .map((row) => (
          <section key={row.round} className="print-sheet" data-round={row.round}>
            <Title order={2}>
              {eventName} — {t('schedules.grid.roundN', { round: row.round })}
            </Title>
            <p>
              {formatDateTime(row.startsAt, timeZone, i18n.language)}–
              {formatTime(row.endsAt, timeZone, i18n.language)} ({timeZone})
            </p>
            <Table withTableBorder withColumnBorders>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('schedules.print.table')}</Table.Th>
                  <Table.Th>{t('schedules.print.first')}</Table.Th>
                  <Table.Th>{t('schedules.print.second')}</Table.Th>
                  <Table.Th>{t('schedules.print.interpreter')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {row.cells.map(
                  (meeting, index) =>
                    meeting && (
                      <Table.Tr key={index}>
                        <Table.Td>{meeting.table}</Table.Td>
                        <Table.Td>
                          {meeting.a.fullName} — {meeting.a.organisation}
                        </Table.Td>
                        <Table.Td>
                          {meeting.b.fullName} — {meeting.b.organisation}
                        </Table.Td>
                        <Table.Td>{meeting.needsInterpreter ? t('common.yes') : ''}</Table.Td>
                      </Table.Tr>
                    ),
                )}
              </Table.Tbody>
            </Table>
          </section>
        ))}
    </div>
  );
}
