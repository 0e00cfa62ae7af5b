import { createRoute, isRedirect, redirect } from '@tanstack/react-router';
import { LoginPage } from '../features/session/login-page';
import { parseLoginSearch } from '../features/session/login-search';
import { safeRedirectTarget } from '../features/session/safe-redirect-target';
import { sessionQuery } from '../features/session/session-query';
import { SetupPage } from '../features/session/setup-page';
import { rootRoute } from './root-route';

export const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'login',
  validateSearch: parseLoginSearch,
  beforeLoad: async ({ context, search }) => {
    // Opened directly (bookmark, portal link): portal SSO may already have signed the user in.
    if (search.reason !== undefined) {
      return;
    }
    try {
      await context.queryClient.query({ ...sessionQuery, staleTime: 'static' });
    } catch (error) {
      if (isRedirect(error)) {
        throw error;
      }
      return; // not signed in: show the form
    }
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- TanStack Router redirects are thrown
    throw redirect({ href: safeRedirectTarget(search.redirect), replace: true });
  },
  component: LoginPage,
});

export const setupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'setup',
  component: SetupPage,
});
