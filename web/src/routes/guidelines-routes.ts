import { createRoute } from '@tanstack/react-router';
import { AdminGuidelinesPage } from '../features/guidelines/admin-guidelines-page';
import { GuidelinesPage } from '../features/guidelines/guidelines-page';
import { adminRoute, appRoute } from './app-routes';

/** /guidelines: the AI use guidelines and checklist in force, and when the user acknowledged them. */
export const guidelinesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'guidelines',
  component: GuidelinesPage,
});

/** Platform admins edit and publish a new version, and see how many acknowledged it. */
export const adminGuidelinesRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'guidelines',
  component: AdminGuidelinesPage,
});
