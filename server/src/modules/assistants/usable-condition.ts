import { sql, type SQL } from 'drizzle-orm';
import { assistantMembers, assistants } from '../../platform/database/schema.js';
import type { AssistantViewer } from './assistant-access.js';

/** Department ids as a uuid[] parameter (an empty chain matches nothing). */
function uuidArray(ids: readonly string[]): SQL {
  return sql`${`{${ids.join(',')}}`}::uuid[]`;
}

/** The viewer's membership of the assistant row in scope: 'user', 'editor' or null. */
export function membershipColumn(viewer: AssistantViewer): SQL<'user' | 'editor' | null> {
  return sql<
    'user' | 'editor' | null
  >`(select m.role from ${assistantMembers} m where m.assistant_id = ${assistants.id} and m.user_id = ${viewer.id})`;
}

/**
 * The assistants the viewer may use, as one SQL condition, so the gallery filters before its limit. The
 * same rule as `assistantRoleOf`: not archived, same institution, and owned, built-in, shared with the
 * viewer by name, with the institution, or with the viewer's department (or one above it when
 * sub-departments are included).
 */
export function usableCondition(viewer: AssistantViewer): SQL {
  const chain = uuidArray(viewer.departmentChain);
  const department =
    viewer.departmentId === null
      ? sql`false`
      : sql`(${assistants.visibility} = 'department' and (${assistants.shareDepartmentId} = ${viewer.departmentId} or (${assistants.includeSubdepartments} and ${assistants.shareDepartmentId} = any(${chain}))))`;
  return sql`(${assistants.institutionId} = ${viewer.institutionId} and ${assistants.archivedAt} is null and (${assistants.ownerUserId} = ${viewer.id} or ${assistants.builtInKey} is not null or ${assistants.visibility} = 'institution' or exists (select 1 from ${assistantMembers} m where m.assistant_id = ${assistants.id} and m.user_id = ${viewer.id}) or ${department}))`;
}

/** Among the usable ones, those the viewer may edit (the gallery's `mine`). */
export function editableCondition(viewer: AssistantViewer): SQL {
  const builtIn = viewer.role === 'platform_admin' ? sql` or ${assistants.builtInKey} is not null` : sql``;
  return sql`(${assistants.ownerUserId} = ${viewer.id} or exists (select 1 from ${assistantMembers} m where m.assistant_id = ${assistants.id} and m.user_id = ${viewer.id} and m.role = 'editor')${builtIn})`;
}
