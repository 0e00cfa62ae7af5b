import type { Department } from '@jumugwan/contracts';
import { describe, expect, it } from 'vitest';
import { departmentOptions } from './department-options';

let counter = 0;
function department(name: string, parentId: string | null, active = true, sortOrder = 0): Department {
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    code: `D${counter}`,
    name,
    parentId,
    kind: 'team',
    sortOrder,
    active,
    memberCount: 0,
  };
}

describe('departmentOptions', () => {
  it('lists active departments in tree order with their full path', () => {
    const planning = department('기획조정실', null, true, 1);
    const admin = department('행정지원국', null, true, 2);
    const budget = department('예산담당관', planning.id);
    const budgetTeam = department('예산총괄팀', budget.id);
    const generalTeam = department('총무팀', admin.id);
    expect(
      departmentOptions([generalTeam, budgetTeam, admin, budget, planning]).map((option) => option.label),
    ).toEqual([
      '기획조정실',
      '기획조정실 › 예산담당관',
      '기획조정실 › 예산담당관 › 예산총괄팀',
      '행정지원국',
      '행정지원국 › 총무팀',
    ]);
  });

  it('leaves out abolished departments but keeps them in the path of active children', () => {
    const old = department('구 정보화담당관', null, false);
    const team = department('데이터팀', old.id);
    const options = departmentOptions([old, team]);
    expect(options).toEqual([{ id: team.id, label: '구 정보화담당관 › 데이터팀' }]);
  });

  it('handles no departments', () => {
    expect(departmentOptions([])).toEqual([]);
  });
});
