import type { AssistantSharing } from '@jumugwan/contracts';
import { assistantErrors } from './assistant-errors.js';
import type { AssistantRepository, SharingRow } from './assistant-repository.js';

/**
 * Checks sharing and normalises it to what is stored: a department only for `department` visibility (the
 * owner's when none is named), named users only for `users` visibility, editors whatever the visibility.
 * Everyone named must be an active user of the institution, and not the owner.
 */
export async function acceptSharing(
  repository: Pick<AssistantRepository, 'activeUserIds' | 'activeDepartmentExists'>,
  institutionId: string,
  owner: { id: string; departmentId: string | null },
  sharing: AssistantSharing,
): Promise<SharingRow> {
  let shareDepartmentId: string | null = null;
  if (sharing.visibility === 'department') {
    shareDepartmentId = sharing.departmentId ?? owner.departmentId;
    if (shareDepartmentId === null) throw assistantErrors.noDepartment();
    if (!(await repository.activeDepartmentExists(institutionId, shareDepartmentId)))
      throw assistantErrors.unknownDepartment();
  }
  const editorIds = [...new Set(sharing.editorIds)];
  const userIds =
    sharing.visibility === 'users'
      ? [...new Set(sharing.userIds)].filter((id) => !editorIds.includes(id))
      : [];
  const named = [...editorIds, ...userIds];
  if (named.includes(owner.id)) throw assistantErrors.ownerListed();
  const active = await repository.activeUserIds(institutionId, named);
  if (named.some((id) => !active.has(id))) throw assistantErrors.unknownPeople();
  return {
    visibility: sharing.visibility,
    shareDepartmentId,
    includeSubdepartments: sharing.visibility === 'department' && sharing.includeSubdepartments,
    members: [
      ...editorIds.map((userId) => ({ userId, role: 'editor' as const })),
      ...userIds.map((userId) => ({ userId, role: 'user' as const })),
    ],
  };
}
