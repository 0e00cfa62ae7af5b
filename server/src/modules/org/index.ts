export {
  OrgRepository,
  type DepartmentRow,
  type InstitutionRow,
  type Role,
  type UserRow,
} from './org-repository.js';
export { OrgService } from './org-service.js';
export { registerOrgRoutes } from './org-routes.js';
