import { List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScheduleView } from './schedule-grid';
import { withoutMeeting } from './schedule-grid';

/** How good the schedule is (its total against the bound), and who it leaves out and why. */
export function ScheduleStats({
  schedule,
  nameOf,
}: {
  schedule: ScheduleView;
  nameOf: (externalId: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const stats = schedule.stats;
  if (!stats) return null;
  const number = (value: number, digits = 2) =>
    value.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'fr-FR', {
      maximumFractionDigits: digits,
    });
  const figures: [string, string][] = [
    [t('schedules.stats.meetings'), number(stats.meetings, 0)],
    [t('schedules.stats.totalScore'), number(stats.totalScore)],
    [t('schedules.stats.upperBound'), number(stats.upperBound)],
    [t('schedules.stats.gap'), `${number(stats.gap * 100, 1)} %`],
    [t('schedules.stats.method'), t(`schedules.stats.methods.${stats.method}`)],
    [
      t('schedules.stats.perPerson'),
      t('schedules.stats.perPersonValue', {
        min: stats.meetingsPerParticipant.min,
        mean: number(stats.meetingsPerParticipant.mean, 1),
        max: stats.meetingsPerParticipant.max,
      }),
    ],
    [t('schedules.stats.participants'), number(stats.participants, 0)],
    [t('schedules.stats.interpreterMeetings'), number(stats.interpreterMeetings, 0)],
    [t('schedules.stats.lockedMeetings'), number(stats.lockedMeetings, 0)],
  ];
  if (stats.keptMeetings != null) {
    figures.push([t('schedules.stats.keptMeetings'), number(stats.keptMeetings, 0)]);
  }
  const left = withoutMeeting(schedule);

  return (
    <Stack gap="sm">
      <Title order={4}>{t('schedules.stats.title')}</Title>
      <SimpleGrid cols={{ base: 3, md: 5 }} component="dl" spacing="xs">
        {figures.map(([label, value]) => (
          <div key={label}>
            <Text component="dt" size="xs" c="dimmed">
              {label}
            </Text>
            <Text component="dd" fw={600} m={0} data-stat={label}>
              {value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      <Text size="sm">{t('schedules.stats.gapHint')}</Text>
      {stats.unmetMustMeet.length > 0 && (
        <div>
          <Text fw={600}>{t('schedules.stats.unmetMustMeet')}</Text>
          <List size="sm">
            {stats.unmetMustMeet.map((pair) => (
              <List.Item key={`${pair.a}|${pair.b}`}>
                {nameOf(pair.a)} ↔ {nameOf(pair.b)} : {pair.reason}
              </List.Item>
            ))}
          </List>
        </div>
      )}
      <div>
        <Text fw={600}>{t('schedules.stats.withoutMeeting', { count: left.length })}</Text>
        {left.length > 0 && (
          <List size="sm">
            {left.map(({ externalId, reason }) => (
              <List.Item key={externalId}>
                {nameOf(externalId)} ({externalId}) :{' '}
                {reason
                  ? t(`schedules.stats.reasons.${reason}`)
                  : t('schedules.stats.reasons.none')}
              </List.Item>
            ))}
          </List>
        )}
      </div>
      {stats.shortfalls.some((entry) => entry.meetings > 0) && (
        <div>
          <Text fw={600}>{t('schedules.stats.shortfalls')}</Text>
          <List size="sm">
            {stats.shortfalls
              .filter((entry) => entry.meetings > 0)
              .map((entry) => (
                <List.Item key={entry.externalId}>
                  {t('schedules.stats.shortfall', {
                    name: nameOf(entry.externalId),
                    meetings: entry.meetings,
                    minimum: entry.minimum,
                    reason: t(`schedules.stats.reasons.${entry.reason}`),
                  })}
                </List.Item>
              ))}
          </List>
        </div>
      )}
    </Stack>
  );
}
