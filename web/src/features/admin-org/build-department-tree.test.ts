import type { Department } from '@jumugwan/contracts';
import { describe, expect, it } from 'vitest';
import { buildDepartmentTree, type DepartmentNode } from './build-department-tree';

let counter = 0;
function department(name: string, parentId: string | null, sortOrder = 0): Department {
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    code: `D${counter}`,
    name,
    parentId,
    kind: 'team',
    sortOrder,
    active: true,
    memberCount: 0,
  };
}

function shape(nodes: DepartmentNode[]): unknown[] {
  return nodes.map((node) =>
    node.children.length === 0 ? node.department.name : { [node.department.name]: shape(node.children) },
  );
}

describe('buildDepartmentTree', () => {
  it('nests bureaus, divisions and teams in sort order', () => {
    const planning = department('기획조정실', null, 1);
    const admin = department('행정지원국', null, 2);
    const budget = department('예산담당관', planning.id, 2);
    const policy = department('정책기획관', planning.id, 1);
    const budgetTeam = department('예산총괄팀', budget.id);
    const tree = buildDepartmentTree([budgetTeam, admin, budget, policy, planning]);
    expect(shape(tree)).toEqual([
      { 기획조정실: ['정책기획관', { 예산담당관: ['예산총괄팀'] }] },
      '행정지원국',
    ]);
  });

  it('sorts equal sort orders by Korean name', () => {
    expect(shape(buildDepartmentTree([department('총무과', null), department('감사과', null)]))).toEqual([
      '감사과',
      '총무과',
    ]);
  });

  it('keeps orphans and parent cycles visible as roots', () => {
    const orphan = department('고아팀', '00000000-0000-4000-8000-999999999999');
    const first = department('가팀', null);
    const second = department('나팀', first.id);
    first.parentId = second.id;
    const tree = buildDepartmentTree([orphan, first, second]);
    expect(tree.map((node) => node.department.name)).toEqual(['고아팀', '가팀']);
    expect(shape(tree)).toEqual(['고아팀', { 가팀: ['나팀'] }]);
  });
});
