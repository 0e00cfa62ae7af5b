import './styles.css';
import './i18n/i18n';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { queryClient } from './api/query-client';
import { onUnauthenticated } from './api/unauthenticated-events';
import { router } from './routes/router';

// A call found the session gone (expired, or ended elsewhere): go to sign-in, then drop the old user's data.
let redirectingToLogin = false;
onUnauthenticated((reason) => {
  const { pathname, href } = router.state.location;
  if (redirectingToLogin || pathname === '/login' || pathname === '/setup') {
    return;
  }
  redirectingToLogin = true;
  void router
    .navigate({ to: '/login', search: { reason, redirect: href }, replace: true })
    .then(() => queryClient.clear())
    .finally(() => {
      redirectingToLogin = false;
    });
});

const rootElement = document.getElementById('root');
if (rootElement === null) {
  throw new Error('index.html has no #root element');
}

createRoot(rootElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
