import { sql, type SQL } from 'drizzle-orm';

/**
 * The ids of a department and every department below it, as a subquery. `union` (not `union all`) ends the
 * recursion should an import ever make a cycle.
 */
export function departmentsUnder(departmentId: string): SQL {
  return sql`(with recursive below(id) as (
    select id from departments where id = ${departmentId}
    union select child.id from departments child join below on child.parent_id = below.id
  ) select id from below)`;
}

/** The ids of a department and every department above it, as a subquery. */
export function departmentsAbove(departmentId: string): SQL {
  return sql`(with recursive above(id, parent_id) as (
    select id, parent_id from departments where id = ${departmentId}
    union select parent.id, parent.parent_id from departments parent join above on parent.id = above.parent_id
  ) select id from above)`;
}
