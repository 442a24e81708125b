import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { RequireSession } from '../auth/RequireSession';
import { SignInPage } from '../auth/SignInPage';
import { HomeRedirect } from './HomeRedirect';
import { ConsoleLayout } from './ConsoleLayout';
import { EventLayout } from './EventLayout';

// Each page is its own chunk: the first load carries the shell, not every page's code.
const EventsPage = lazy(() => import('../features/events/EventsPage'));
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
            {
              path: 'events/:eventId',
              element: <EventLayout />,
              children: [
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
