import { Anchor, AppShell, Button, Group, Loader, NavLink, ScrollArea, Title } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink as RouterNavLink, Outlet, useMatch } from 'react-router';
import { signOutEverywhere } from '../auth/session';
import { useSession } from '../auth/use-session';
import { EVENT_NAV } from './event-nav';
import { LanguageSwitch } from './LanguageSwitch';

/** The frame of every signed-in page: header (language, sign-out) and the event's pages. */
export function ConsoleLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const inEvent = useMatch('/events/:eventId/*');
  const eventId = inEvent?.params.eventId;
  const showEvents = session?.scope === 'all';

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 230, breakpoint: 0 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Anchor href="#main" className="skip-link">
            {t('common.skipToContent')}
          </Anchor>
          <Title order={1} size="h4">
            <Anchor component={Link} to="/" c="inherit" underline="never">
              {t('common.appName')}
            </Anchor>
          </Title>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            <Button variant="default" size="xs" onClick={signOutEverywhere}>
              {t('common.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('common.mainNavigation')}>
        <ScrollArea>
          {showEvents && (
            <NavLink
              component={RouterNavLink}
              variant="filled"
              to="/events"
              end
              label={t('common.nav.events')}
            />
          )}
          {eventId &&
            EVENT_NAV.map((entry) => (
              <NavLink
                key={entry.path}
                component={RouterNavLink}
                variant="filled"
                to={`/events/${eventId}${entry.path ? `/${entry.path}` : ''}`}
                end
                label={t(entry.label)}
              />
            ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main id="main">
        <Suspense fallback={<Loader aria-label={t('common.loading')} />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
