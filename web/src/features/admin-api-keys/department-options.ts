import type { Department } from '@jumugwan/contracts';
import { buildDepartmentTree, type DepartmentNode } from '../admin-org/build-department-tree';

export interface DepartmentOption {
  id: string;
  /** The path from the top, e.g. "기획조정실 › 예산담당관 › 예산총괄팀". */
  label: string;
}

export const departmentPathSeparator = ' › ';

/**
 * The departments a key can be billed to: active ones only, in tree order, each named by its full path
 * so same-named teams in different bureaus can be told apart. An abolished parent still names the path.
 */
export function departmentOptions(departments: readonly Department[]): DepartmentOption[] {
  const options: DepartmentOption[] = [];
  const visit = (nodes: DepartmentNode[], path: readonly string[]) => {
    for (const { department, children } of nodes) {
      const ownPath = [...path, department.name];
      if (department.active) {
        options.push({ id: department.id, label: ownPath.join(departmentPathSeparator) });
      }
      visit(children, ownPath);
    }
  };
  visit(buildDepartmentTree(departments), []);
  return options;
}
