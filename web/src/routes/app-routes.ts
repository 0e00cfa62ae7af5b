import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { isApiError } from '../api/api-error';
import { AppLayout } from '../components/app-layout';
import { ChatLayout } from '../features/chat/chat-layout';
import { ConversationPage } from '../features/chat/conversation-page';
import { NewChatPage } from '../features/chat/new-chat-page';
import { parseNewChatSearch } from '../features/chat/new-chat-search';
import { sessionQuery } from '../features/session/session-query';
import { ApiKeysPage } from '../features/admin-api-keys/api-keys-page';
import { AuditPage } from '../features/admin-audit/audit-page';
import { GuardPage } from '../features/admin-guard/guard-page';
import { ModelEndpointsPage } from '../features/admin-models/model-endpoints-page';
import { OrgPage } from '../features/admin-org/org-page';
import { BudgetsPage } from '../features/admin-metering/budgets-page';
import { PlansPage } from '../features/admin-metering/plans-page';
import { PricesPage } from '../features/admin-metering/prices-page';
import { UsageReportsPage } from '../features/admin-metering/usage-reports-page';
import { ImagesPage } from '../features/images/images-page';
import { TranslatePage } from '../features/translate/translate-page';
import { parseAdminUsageSearch, parseUsageSearch } from '../features/usage/usage-search';
import { rootRoute } from './root-route';

/** Every page behind sign-in. Portal SSO usually signs the user in during this very session check. */
export const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_app',
  beforeLoad: async ({ context, location }) => {
    try {
      const session = await context.queryClient.query({ ...sessionQuery, staleTime: 'static' });
      return { session };
    } catch (error) {
      if (isApiError(error) && error.status === 401) {
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- TanStack Router redirects are thrown
        throw redirect({
          to: '/login',
          search: {
            reason: error.code === 'session_expired' ? 'session_expired' : 'unauthenticated',
            ...(location.pathname === '/' ? {} : { redirect: location.href }),
          },
          replace: true,
        });
      }
      throw error;
    }
  },
  component: AppLayout,
});

export const indexRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  beforeLoad: () => {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- TanStack Router redirects are thrown
    throw redirect({ to: '/chat', replace: true });
  },
});

export const chatRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'chat',
  component: ChatLayout,
});

/** `?assistant=<id>` starts the chat with a custom assistant (`&starter=<n>` asks its nth starter at once). */
export const newChatRoute = createRoute({
  getParentRoute: () => chatRoute,
  path: '/',
  validateSearch: parseNewChatSearch,
  component: NewChatPage,
});

export const conversationRoute = createRoute({
  getParentRoute: () => chatRoute,
  path: '$conversationId',
  component: ConversationPage,
});

export const translateRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'translate',
  component: TranslatePage,
});

export const imagesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'images',
  component: ImagesPage,
});

// The dashboards load their own chunk with ECharts, so other pages never download the chart library.
export const usageRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'usage',
  validateSearch: parseUsageSearch,
  component: lazyRouteComponent(() => import('../features/usage/my-usage-page'), 'MyUsagePage'),
});

/**
 * Usage is for department admins too, so it sits beside the platform-only /admin branch rather than in it.
 * The server scopes what each role sees; this just avoids a dead end for staff.
 */
export const adminUsageRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admin/usage',
  validateSearch: parseAdminUsageSearch,
  beforeLoad: ({ context }) => {
    if (context.session.user.role === 'staff') {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- TanStack Router redirects are thrown
      throw redirect({ to: '/usage', replace: true });
    }
  },
  component: lazyRouteComponent(() => import('../features/usage/admin-usage-page'), 'AdminUsagePage'),
});

/** Administration is for platform admins only; the server enforces it too, this just avoids dead ends. */
export const adminRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'admin',
  beforeLoad: ({ context }) => {
    if (context.session.user.role !== 'platform_admin') {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- TanStack Router redirects are thrown
      throw redirect({ to: '/chat', replace: true });
    }
  },
});

export const adminIndexRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/',
  beforeLoad: () => {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- TanStack Router redirects are thrown
    throw redirect({ to: '/admin/models', replace: true });
  },
});

export const adminModelsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'models',
  component: ModelEndpointsPage,
});

export const adminOrgRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'org',
  component: OrgPage,
});

export const adminApiKeysRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'api-keys',
  component: ApiKeysPage,
});

export const adminAuditRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'audit',
  component: AuditPage,
});

export const adminGuardRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'guard',
  component: GuardPage,
});

export const adminPricesRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'prices',
  component: PricesPage,
});

export const adminBudgetsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'budgets',
  component: BudgetsPage,
});

export const adminPlansRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'plans',
  component: PlansPage,
});

export const adminUsageReportsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'usage-reports',
  component: UsageReportsPage,
});
