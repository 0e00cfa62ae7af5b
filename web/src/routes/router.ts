import { createRouter } from '@tanstack/react-router';
import { queryClient } from '../api/query-client';
import { LoadingState } from '../components/loading-state';
import {
  adminApiKeysRoute,
  adminAuditRoute,
  adminBudgetsRoute,
  adminGuardRoute,
  adminIndexRoute,
  adminModelsRoute,
  adminOrgRoute,
  adminPlansRoute,
  adminPricesRoute,
  adminRoute,
  adminUsageReportsRoute,
  adminUsageRoute,
  appRoute,
  chatRoute,
  conversationRoute,
  imagesRoute,
  indexRoute,
  newChatRoute,
  translateRoute,
  usageRoute,
} from './app-routes';
import {
  assistantRoute,
  assistantsRoute,
  assistantVersionsRoute,
  editAssistantRoute,
  newAssistantRoute,
} from './assistants-routes';
import { adminCasesRoute, caseRoute, casesRoute, editCaseRoute, newCaseRoute } from './cases-routes';
import {
  adminDraftingTemplatesRoute,
  adminEditDraftingTemplateRoute,
  adminNewDraftingTemplateRoute,
  draftRoute,
  draftingRoute,
  newDraftRoute,
} from './drafting-routes';
import { adminGuidelinesRoute, guidelinesRoute } from './guidelines-routes';
import { helpRoute, helpTopicRoute } from './help-routes';
import { knowledgeCollectionRoute, knowledgePassageRoute, knowledgeRoute } from './knowledge-routes';
import { loginRoute, setupRoute } from './public-routes';
import { rootRoute } from './root-route';

const routeTree = rootRoute.addChildren([
  loginRoute,
  setupRoute,
  appRoute.addChildren([
    indexRoute,
    chatRoute.addChildren([newChatRoute, conversationRoute]),
    translateRoute,
    imagesRoute,
    knowledgeRoute,
    knowledgeCollectionRoute,
    knowledgePassageRoute,
    draftingRoute,
    newDraftRoute,
    draftRoute,
    assistantsRoute,
    newAssistantRoute,
    assistantRoute,
    editAssistantRoute,
    assistantVersionsRoute,
    casesRoute,
    newCaseRoute,
    caseRoute,
    editCaseRoute,
    guidelinesRoute,
    helpRoute,
    helpTopicRoute,
    usageRoute,
    adminUsageRoute,
    adminRoute.addChildren([
      adminIndexRoute,
      adminModelsRoute,
      adminApiKeysRoute,
      adminOrgRoute,
      adminAuditRoute,
      adminGuardRoute,
      adminPricesRoute,
      adminBudgetsRoute,
      adminPlansRoute,
      adminUsageReportsRoute,
      adminDraftingTemplatesRoute,
      adminNewDraftingTemplateRoute,
      adminEditDraftingTemplateRoute,
      adminCasesRoute,
      adminGuidelinesRoute,
    ]),
  ]),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPendingComponent: LoadingState,
  // Data lives in TanStack Query; the router itself caches nothing.
  defaultPreloadStaleTime: 0,
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
