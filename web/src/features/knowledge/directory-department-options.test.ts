import { describe, expect, it } from 'vitest';
import { directoryDepartmentOptions } from './directory-department-options';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('directoryDepartmentOptions', () => {
  it('lists departments in tree order, named by their path, siblings in the given order', () => {
    const options = directoryDepartmentOptions([
      { id: id(1), name: '기획조정실', parentId: null },
      { id: id(2), name: '행정국', parentId: null },
      { id: id(3), name: '예산담당관', parentId: id(1) },
      { id: id(4), name: '총무과', parentId: id(2) },
      { id: id(5), name: '예산총괄팀', parentId: id(3) },
    ]);
    expect(options.map((option) => option.label)).toEqual([
      '기획조정실',
      '기획조정실 › 예산담당관',
      '기획조정실 › 예산담당관 › 예산총괄팀',
      '행정국',
      '행정국 › 총무과',
    ]);
    expect(options[2]?.id).toBe(id(5));
  });

  it('starts a path at a department whose parent is not listed, and survives a cycle', () => {
    const options = directoryDepartmentOptions([
      { id: id(1), name: '데이터팀', parentId: id(9) },
      { id: id(2), name: '가', parentId: id(3) },
      { id: id(3), name: '나', parentId: id(2) },
    ]);
    expect(options.map((option) => option.label)).toEqual(['데이터팀', '가', '가 › 나']);
  });

  it('is empty for no departments', () => {
    expect(directoryDepartmentOptions([])).toEqual([]);
  });
});
