/** What the options need of a department from GET /api/directory/departments. */
export interface DirectoryDepartment {
  id: string;
  name: string;
  parentId: string | null;
}

export interface DirectoryDepartmentOption {
  id: string;
  /** The path from the top, e.g. "기획조정실 › 예산담당관 › 예산총괄팀". */
  label: string;
}

export const directoryPathSeparator = ' › ';

/**
 * The directory's departments in tree order (siblings kept in the server's order), each named by its
 * full path so same-named teams in different bureaus can be told apart. A department whose parent is not
 * listed (e.g. abolished) starts a path of its own, and a parent cycle never hides a department.
 */
export function directoryDepartmentOptions(
  departments: readonly DirectoryDepartment[],
): DirectoryDepartmentOption[] {
  const ids = new Set(departments.map((department) => department.id));
  const children = new Map<string | null, DirectoryDepartment[]>();
  for (const department of departments) {
    const parent =
      department.parentId !== null && department.parentId !== department.id && ids.has(department.parentId)
        ? department.parentId
        : null;
    children.set(parent, [...(children.get(parent) ?? []), department]);
  }

  const options: DirectoryDepartmentOption[] = [];
  const placed = new Set<string>();
  const visit = (department: DirectoryDepartment, path: readonly string[]) => {
    placed.add(department.id);
    const ownPath = [...path, department.name];
    options.push({ id: department.id, label: ownPath.join(directoryPathSeparator) });
    for (const child of children.get(department.id) ?? []) {
      if (!placed.has(child.id)) {
        visit(child, ownPath);
      }
    }
  };
  for (const root of children.get(null) ?? []) {
    visit(root, []);
  }
  for (const department of departments) {
    if (!placed.has(department.id)) {
      visit(department, []);
    }
  }
  return options;
}
