import type { CollectionScope, CurrentUser, KnowledgeCollection } from '@jumugwan/contracts';

/** The order the page lists the groups in: 공통, 부서, 개인. */
export const collectionScopes = [
  'common',
  'department',
  'personal',
] as const satisfies readonly CollectionScope[];

/**
 * The scopes the create dialog offers, mirroring the server's rules: common collections are for platform
 * admins; department ones for platform admins and for department admins of their own department (so
 * only with a department); personal ones for everyone.
 */
export function creatableScopes(user: Pick<CurrentUser, 'role' | 'department'>): CollectionScope[] {
  switch (user.role) {
    case 'platform_admin':
      return ['common', 'department', 'personal'];
    case 'department_admin':
      return user.department === null ? ['personal'] : ['department', 'personal'];
    case 'staff':
      return ['personal'];
  }
}

/** The collections split by scope, each group in the server's order. */
export function groupCollectionsByScope(
  collections: readonly KnowledgeCollection[],
): Record<CollectionScope, KnowledgeCollection[]> {
  const groups: Record<CollectionScope, KnowledgeCollection[]> = { common: [], department: [], personal: [] };
  for (const collection of collections) {
    groups[collection.scope].push(collection);
  }
  return groups;
}
