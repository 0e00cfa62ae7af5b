import { createRoute } from '@tanstack/react-router';
import { AssistantPage } from '../features/assistants/assistant-page';
import { AssistantsPage } from '../features/assistants/assistants-page';
import { AssistantVersionsPage } from '../features/assistants/assistant-versions-page';
import { EditAssistantPage } from '../features/assistants/edit-assistant-page';
import { parseGallerySearch } from '../features/assistants/gallery-search';
import { NewAssistantPage } from '../features/assistants/new-assistant-page';
import { parseVersionsSearch } from '../features/assistants/versions-search';
import { appRoute } from './app-routes';

/** /assistants: the gallery, searched, filtered and sorted by its address. */
export const assistantsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'assistants',
  validateSearch: parseGallerySearch,
  component: AssistantsPage,
});

/** A new assistant, made in the editor. */
export const newAssistantRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'assistants/new',
  component: NewAssistantPage,
});

/** An assistant's page: what it does, its starters, examples, rating; for its owner sharing too. */
export const assistantRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'assistants/$assistantId',
  component: AssistantPage,
});

/** A new version of an assistant, for its owner and editors. */
export const editAssistantRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'assistants/$assistantId/edit',
  component: EditAssistantPage,
});

/** 버전 기록: every version, one shown against the one before, and rolling back. */
export const assistantVersionsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'assistants/$assistantId/versions',
  validateSearch: parseVersionsSearch,
  component: AssistantVersionsPage,
});
