import { createRoute } from '@tanstack/react-router';
import { AdminCasesPage } from '../features/cases/admin-cases-page';
import { CasePage } from '../features/cases/case-page';
import { parseCaseListSearch } from '../features/cases/case-list-search';
import { CasesPage } from '../features/cases/cases-page';
import { EditCasePage } from '../features/cases/edit-case-page';
import { NewCasePage } from '../features/cases/new-case-page';
import { adminRoute, appRoute } from './app-routes';

/** /cases: the use-case book (둘러보기, 내 사례, 검토 대기), its search and filters in the address. */
export const casesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'cases',
  validateSearch: parseCaseListSearch,
  component: CasesPage,
});

/** 사례 등록. */
export const newCaseRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'cases/new',
  component: NewCasePage,
});

/** A case with its likes, comments and, for its reviewers, 게시 / 보완 요청. */
export const caseRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'cases/$caseId',
  component: CasePage,
});

/** The author edits a case that is not published. */
export const editCaseRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'cases/$caseId/edit',
  component: EditCasePage,
});

/** Platform admins choose published cases and export them as a case book (DOCX, HWPX). */
export const adminCasesRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: 'cases',
  component: AdminCasesPage,
});
