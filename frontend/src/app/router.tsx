// The routes: sign-in and sign-up for visitors; for signed-in users, the first-workspace page
// and the shell with the pages of app/pages.ts.
import { createBrowserRouter, Navigate } from 'react-router';
import { SignInPage } from '../features/auth/components/sign-in-page.tsx';
import { SignUpPage } from '../features/auth/components/sign-up-page.tsx';
import { CreateFirstWorkspacePage } from '../features/workspaces/components/create-first-workspace-page.tsx';
import { WorkspaceGate } from '../features/workspaces/components/workspace-gate.tsx';
import { AppShell } from './components/app-shell.tsx';
import { NotFoundPage } from './components/not-found-page.tsx';
import { RouteError } from './components/route-error.tsx';
import { RequireNoSession, RequireSession } from './components/route-guards.tsx';
import { homePath, pages } from './pages.ts';

export function createRouter() {
  return createBrowserRouter([
    {
      errorElement: <RouteError />,
      children: [
        {
          element: <RequireNoSession />,
          children: [
            { path: 'sign-in', element: <SignInPage /> },
            { path: 'sign-up', element: <SignUpPage /> },
          ],
        },
        {
          element: <RequireSession />,
          children: [
            { path: 'welcome', element: <CreateFirstWorkspacePage /> },
            {
              element: (
                <WorkspaceGate>
                  <AppShell />
                </WorkspaceGate>
              ),
              children: [
                { index: true, element: <Navigate to={homePath} replace /> },
                ...pages.map(({ path, title, Component }) => ({
                  path,
                  element: <Component />,
                  handle: { title },
                })),
                { path: '*', element: <NotFoundPage />, handle: { title: 'Not found' } },
              ],
            },
          ],
        },
      ],
    },
  ]);
}
