import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { RequireSession } from '../auth/RequireSession';
import { SignInPage } from '../auth/SignInPage';
import { HomeRedirect } from './HomeRedirect';
import { ConsoleLayout } from './ConsoleLayout';
import { EventLayout } from './EventLayout';

// Each page is its own chunk: the first load carries the shell, not every page's code.
const EventsPage = lazy(() => import('../features/events/EventsPage'));

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
              children: [],
            },
          ],
        },
      ],
    },
    { path: '*', element: <Navigate to="/" replace /> },
  ],
  { basename: '/console' },
);
