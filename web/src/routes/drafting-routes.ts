import { createRoute } from '@tanstack/react-router';
import { AdminTemplatesPage } from '../features/drafting/admin-templates-page';
import {
  parseDraftSearch,
  parseTemplateEditSearch,
  parseTemplateEditorSearch,
} from '../features/drafting/draft-search-params';
import { DraftPage } from '../features/drafting/draft-page';
import { DraftingPage } from '../features/drafting/drafting-page';
import { EditTemplatePage } from '../features/drafting/edit-template-page';
import { NewDraftPage } from '../features/drafting/new-draft-page';
import { NewTemplatePage } from '../features/drafting/new-template-page';
import { adminRoute, appRoute } from './app-routes';

/** /drafting: the AI-use notice, the template gallery and 내 초안. */
export const draftingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'drafting',
  component: DraftingPage,
});

/** A template's form; the draft it makes opens in the editor (or in place, when drafts may not be stored). */
export const newDraftRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'drafting/new/$templateId',
  component: NewDraftPage,
});

/** A saved draft in the editor; `?generate=<model>` starts writing it at once. */
export const draftRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'drafting/$draftId',
  validateSearch: parseDraftSearch,
  component: DraftPage,
});

/** Templates and the AI-use disclosure setting, for platform admins. */
export const adminDraftingTemplatesRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'drafting-templates',
  component: AdminTemplatesPage,
});

/** A new institution template, blank or `?from=` a copy of another. */
export const adminNewDraftingTemplateRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'drafting-templates/new',
  validateSearch: parseTemplateEditorSearch,
  component: NewTemplatePage,
});

/** An institution template's JSON, preview and versions. */
export const adminEditDraftingTemplateRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'drafting-templates/$templateId/edit',
  validateSearch: parseTemplateEditSearch,
  component: EditTemplatePage,
});
