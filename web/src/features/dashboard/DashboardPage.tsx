import '@mantine/charts/styles.css';
import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { BarChart } from '@mantine/charts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { QueryState } from '../../app/QueryState';
import { useEvent } from '../../app/use-event';
import { useTaxonomyLabels } from '../../app/use-taxonomy';
import { formatAge, formatDateTime } from '../../format/dates';

const WEAK_BELOW = 0.3;

/** The event at a glance, from GET /events/:eventId/summary (counted in PostgreSQL). */
export default function DashboardPage() {
  const { t, i18n } = useTranslation();
  const { eventId, data: event } = useEvent();
  const labels = useTaxonomyLabels();
  const { data, error, isPending } = useQuery({
    queryKey: ['summary', eventId],
    queryFn: () =>
      unwrap(
        api.GET('/events/{eventId}/summary', {
          params: { path: { eventId }, query: { weakBelow: WEAK_BELOW } },
        }),
      ),
    refetchInterval: 10_000,
  });
  if (!data || !event) return <QueryState error={error} loading={isPending} />;
  const { participants, matching, latestSchedule, emails } = data;
  const current = matching.currentRun;
  const bars = (rows: { key: string; count: number }[], label: (key: string) => string) =>
    rows.map((row) => ({ name: label(row.key), count: row.count }));
  const series = [{ name: 'count', label: t('dashboard.count'), color: 'blue.8' }];

  return (
    <Stack>
      <Title order={3}>{t('dashboard.title')}</Title>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Figure label={t('dashboard.participants')} value={participants.total} />
        <Figure label={t('dashboard.consentMatching')} value={participants.consents.matching} />
        <Figure label={t('dashboard.consentEmail')} value={participants.consents.email} />
        <Figure label={t('dashboard.sent')} value={emails.sent} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Title order={4}>{t('dashboard.matching')}</Title>
          {current ? (
            <Text>
              {t('dashboard.currentRun')} :{' '}
              {t('dashboard.runAge', {
                age: formatAge(current.finishedAt ?? current.createdAt, new Date(), i18n.language),
                lists: current.listsWritten ?? current.participantCount,
              })}
            </Text>
          ) : (
            <Text>{t('dashboard.noRun')}</Text>
          )}
          {matching.latestRun && matching.latestRun.id !== current?.id && (
            <Text>
              {t('dashboard.latestRunState', {
                state: t(`matching.status.${matching.latestRun.status}`),
              })}
            </Text>
          )}
          {current && (
            <Group gap="xs">
              <Text>
                {t('dashboard.weak', { count: matching.weakCount, threshold: matching.weakBelow })}
              </Text>
              <Anchor component={Link} to={`/events/${eventId}/matching`}>
                {t('dashboard.seeWeak')}
              </Anchor>
            </Group>
          )}
        </Card>
        <Card withBorder>
          <Title order={4}>{t('dashboard.schedule')}</Title>
          {latestSchedule ? (
            <>
              <Text>
                {t('dashboard.scheduleState', { state: latestSchedule.status })} ·{' '}
                {formatDateTime(latestSchedule.createdAt, event.timezone, i18n.language)}
              </Text>
              {latestSchedule.meetings != null && (
                <Text>
                  {t('dashboard.scheduleLine', {
                    meetings: latestSchedule.meetings,
                    gap: Math.round((latestSchedule.gap ?? 0) * 1000) / 10,
                  })}
                </Text>
              )}
            </>
          ) : (
            <Text>{t('dashboard.noSchedule')}</Text>
          )}
          <Anchor component={Link} to={`/events/${eventId}/schedules`}>
            {t('dashboard.seeSchedules')}
          </Anchor>
          <Title order={4} mt="md">
            {t('dashboard.emails')}
          </Title>
          <Text>
            {t('dashboard.sent')} : {emails.sent} · {t('dashboard.failed')} : {emails.failed} ·{' '}
            {t('dashboard.queued')} : {emails.queued} · {t('dashboard.skipped')} : {emails.skipped}
          </Text>
        </Card>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <ChartCard title={t('dashboard.byCountry')}>
          <BarChart
            h={200}
            data={bars(participants.byCountry, (key) => key)}
            dataKey="name"
            series={series}
          />
        </ChartCard>
        <ChartCard title={t('dashboard.byType')}>
          <BarChart
            h={200}
            data={bars(participants.byOrganisationType, labels.organisationType)}
            dataKey="name"
            series={series}
          />
        </ChartCard>
      </SimpleGrid>
      <ChartCard title={t('dashboard.byTheme')}>
        <BarChart
          h={Math.max(200, participants.byTheme.length * 28)}
          orientation="vertical"
          yAxisProps={{ width: 200 }}
          data={bars(participants.byTheme, labels.theme)}
          dataKey="name"
          series={series}
        />
      </ChartCard>
    </Stack>
  );
}

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <Card withBorder>
      <Text size="sm">{label}</Text>
      <Text size="xl" fw={700}>
        {value}
      </Text>
    </Card>
  );
}

/** A chart with its title; the chart's figure is described by the title for screen readers. */
function ChartCard({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Card withBorder role="figure" aria-label={title}>
      <Title order={4} mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}
