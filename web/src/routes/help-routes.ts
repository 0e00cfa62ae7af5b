import { createRoute } from '@tanstack/react-router';
import { HelpPage } from '../features/help/help-page';
import { HelpTopicPage } from '../features/help/help-topic-page';
import { appRoute } from './app-routes';

/** /help: the learning corner — the manual's contents, where to start, and the most liked cases. */
export const helpRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'help',
  component: HelpPage,
});

/** One page of the manual. */
export const helpTopicRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'help/$pageId',
  component: HelpTopicPage,
});
