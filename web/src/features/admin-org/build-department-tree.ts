import type { Department } from '@jumugwan/contracts';

export interface DepartmentNode {
  department: Department;
  children: DepartmentNode[];
}

function compareDepartments(left: Department, right: Department): number {
  return left.sortOrder - right.sortOrder || left.name.localeCompare(right.name, 'ko');
}

/**
 * Nests the flat department list (실·국 → 과 → 팀) by parentId, siblings by sort order then name.
 * A department whose parent is missing becomes a root, and damaged data with a parent cycle is still
 * shown (as roots) rather than silently dropped.
 */
export function buildDepartmentTree(departments: readonly Department[]): DepartmentNode[] {
  const ids = new Set(departments.map((department) => department.id));
  const childrenByParent = new Map<string | null, Department[]>();
  for (const department of departments) {
    const parentKey =
      department.parentId !== null && department.parentId !== department.id && ids.has(department.parentId)
        ? department.parentId
        : null;
    const siblings = childrenByParent.get(parentKey) ?? [];
    siblings.push(department);
    childrenByParent.set(parentKey, siblings);
  }

  const placed = new Set<string>();
  const build = (department: Department): DepartmentNode => {
    placed.add(department.id);
    const children = (childrenByParent.get(department.id) ?? [])
      .filter((child) => !placed.has(child.id))
      .sort(compareDepartments)
      .map(build);
    return { department, children };
  };

  const roots = [...(childrenByParent.get(null) ?? [])].sort(compareDepartments).map(build);
  const unplaced = departments.filter((department) => !placed.has(department.id)).sort(compareDepartments);
  for (const department of unplaced) {
    if (!placed.has(department.id)) {
      roots.push(build(department));
    }
  }
  return roots;
}
