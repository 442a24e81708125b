import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from './use-session';

/** Pages behind it need a key; without one (or after a 401) the organiser signs in first. */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  if (!session) return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;
  return <Outlet />;
}
