import { retentionModeSchema } from '@jumugwan/contracts';

export type Retention = { kind: 'keep' } | { kind: 'none' } | { kind: 'days'; days: number };

/** Parses a stored retention string; anything unreadable counts as `keep` (never deletes by mistake). */
export function parseRetention(value: string | null | undefined): Retention | null {
  if (value === null || value === undefined) return null;
  const parsed = retentionModeSchema.safeParse(value);
  if (!parsed.success) return null;
  if (parsed.data === 'keep') return { kind: 'keep' };
  if (parsed.data === 'none') return { kind: 'none' };
  return { kind: 'days', days: Number(parsed.data.slice('days:'.length)) };
}

export function formatRetention(retention: Retention): string {
  return retention.kind === 'days' ? `days:${String(retention.days)}` : retention.kind;
}

/**
 * The mode for a department: the nearest override up the tree, else the institution's. A cycle in the
 * tree (which the import refuses, but data can be edited by hand) stops the walk.
 */
export function resolveRetention(
  institutionRetention: Retention,
  departmentId: string | null,
  departments: ReadonlyMap<string, { parentId: string | null; retention: string | null }>,
): Retention {
  const seen = new Set<string>();
  let current = departmentId;
  while (current !== null && !seen.has(current)) {
    seen.add(current);
    const department = departments.get(current);
    if (department === undefined) break;
    const override = parseRetention(department.retention);
    if (override !== null) return override;
    current = department.parentId;
  }
  return institutionRetention;
}
