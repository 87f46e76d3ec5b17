// Which routes need a session and which are only for signed-out visitors.
import { Navigate, Outlet, useLocation } from 'react-router';
import { LoadingState } from '../../components/page-states.tsx';
import { useAuth } from '../../hooks/use-auth.tsx';

export function RequireSession() {
  const { session } = useAuth();
  const location = useLocation();
  if (session === undefined) return <LoadingState label="Checking your session…" />;
  if (!session) {
    return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  }
  return <Outlet />;
}

export function RequireNoSession() {
  const { session } = useAuth();
  const location = useLocation();
  if (session === undefined) return <LoadingState label="Checking your session…" />;
  if (session) {
    const from = (location.state as { from?: string } | null)?.from;
    return <Navigate to={from && from !== '/sign-in' ? from : '/'} replace />;
  }
  return <Outlet />;
}
