import { Navigate } from 'react-router';
import { useSession } from '../auth/use-session';

/** The admin starts from the list of events; an organiser key opens its event. */
export function HomeRedirect() {
  const session = useSession();
  if (session?.scope === 'event' && session.eventId) {
    return <Navigate to={`/events/${session.eventId}`} replace />;
  }
  return <Navigate to="/events" replace />;
}
