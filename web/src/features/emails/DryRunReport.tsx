import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { KEYBOARD_SCROLL } from '../plain-errors/keyboard-scroll';
import type { MailingSummary } from './mailing-report';
import { reportLines } from './mailing-report';

const SHOWN = 200;

/** Who would get what and who is skipped, and why, from a dry run. */
export function DryRunReport({
  summary,
  nameOf,
}: {
  summary: MailingSummary;
  nameOf: (externalId: string) => string;
}) {
  const { t } = useTranslation();
  const lines = reportLines(summary);
  return (
    <>
      <Text role="status">
        {t('emails.dryRun.summary', {
          send: summary.counts['would-send'] ?? 0,
          skipped: summary.counts.skipped ?? 0,
          recipients: summary.recipients,
        })}
      </Text>
      {Object.entries(summary.skipped).length > 0 && (
        <Text size="sm">
          {t('emails.dryRun.skippedBy')}{' '}
          {Object.entries(summary.skipped)
            .map(([reason, count]) => `${t(`emails.reasons.${reason}`, reason)} : ${count}`)
            .join(' · ')}
        </Text>
      )}
      <Table.ScrollContainer minWidth={700} mah={420} scrollAreaProps={KEYBOARD_SCROLL}>
        <Table striped stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('emails.dryRun.who')}</Table.Th>
              <Table.Th>{t('emails.dryRun.outcome')}</Table.Th>
              <Table.Th>{t('emails.dryRun.what')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.slice(0, SHOWN).map((line) => (
              <Table.Tr key={line.externalId}>
                <Table.Td>
                  {nameOf(line.externalId)} ({line.externalId})
                </Table.Td>
                <Table.Td>
                  {line.status === 'skipped'
                    ? t('emails.dryRun.skipped', {
                        reason: t(`emails.reasons.${line.reason}`, line.reason ?? ''),
                      })
                    : t('emails.dryRun.wouldSend')}
                </Table.Td>
                <Table.Td>{(line.items ?? []).map(nameOf).join(', ')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {lines.length > SHOWN && (
        <Text size="sm">{t('emails.dryRun.more', { count: lines.length - SHOWN })}</Text>
      )}
    </>
  );
}
