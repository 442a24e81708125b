import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { RequireSession } from '../auth/RequireSession';
import { SignInPage } from '../auth/SignInPage';
import { HomeRedirect } from './HomeRedirect';
import { ConsoleLayout } from './ConsoleLayout';
import { EventLayout } from './EventLayout';

// Each page is its own chunk: the first load carries the shell, not every page's code.
const EventsPage = lazy(() => import('../features/events/EventsPage'));
const NewEventPage = lazy(() => import('../features/event-settings/NewEventPage'));
const EventSettingsPage = lazy(() => import('../features/event-settings/EventSettingsPage'));
const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage'));
const ImportPage = lazy(() => import('../features/import/ImportPage'));
const ParticipantsPage = lazy(() => import('../features/participants/ParticipantsPage'));
const ParticipantPage = lazy(() => import('../features/participants/ParticipantPage'));
const MatchingPage = lazy(() => import('../features/matching/MatchingPage'));
const SchedulesPage = lazy(() => import('../features/schedules/SchedulesPage'));
const EmailsPage = lazy(() => import('../features/emails/EmailsPage'));
const KeysPage = lazy(() => import('../features/keys/KeysPage'));

export const router = createBrowserRouter(
  [
    { path: '/sign-in', element: <SignInPage /> },
    {
      element: <RequireSession />,
      children: [
        {
          element: <ConsoleLayout />,
          children: [
            { index: true, element: <HomeRedirect /> },
            { path: 'events', element: <EventsPage /> },
            { path: 'events/new', element: <NewEventPage /> },
            {
              path: 'events/:eventId',
              element: <EventLayout />,
              children: [
                { index: true, element: <DashboardPage /> },
                { path: 'settings', element: <EventSettingsPage /> },
                { path: 'import', element: <ImportPage /> },
                { path: 'participants', element: <ParticipantsPage /> },
                { path: 'participants/:externalId', element: <ParticipantPage /> },
                { path: 'matching', element: <MatchingPage /> },
                { path: 'schedules', element: <SchedulesPage /> },
                { path: 'schedules/:scheduleId', element: <SchedulesPage /> },
                { path: 'emails', element: <EmailsPage /> },
                { path: 'keys', element: <KeysPage /> },
              ],
            },
          ],
        },
      ],
    },
    { path: '*', element: <Navigate to="/" replace /> },
  ],
  { basename: '/console' },
);
