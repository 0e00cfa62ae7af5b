import type { KnowledgeCollection } from '@jumugwan/contracts';
import { describe, expect, it } from 'vitest';
import { creatableScopes, groupCollectionsByScope } from './collection-scopes';

const department = { id: '00000000-0000-4000-8000-000000000001', code: 'D1', name: '총무과' };

describe('creatableScopes', () => {
  it('offers every scope to platform admins', () => {
    expect(creatableScopes({ role: 'platform_admin', department: null })).toEqual([
      'common',
      'department',
      'personal',
    ]);
  });

  it('offers department collections to department admins who have a department', () => {
    expect(creatableScopes({ role: 'department_admin', department })).toEqual(['department', 'personal']);
    expect(creatableScopes({ role: 'department_admin', department: null })).toEqual(['personal']);
  });

  it('offers staff personal collections only', () => {
    expect(creatableScopes({ role: 'staff', department })).toEqual(['personal']);
  });
});

describe('groupCollectionsByScope', () => {
  it('keeps the order within each scope', () => {
    const collection = (id: string, scope: KnowledgeCollection['scope']) =>
      ({ id, scope }) as unknown as KnowledgeCollection;
    const groups = groupCollectionsByScope([
      collection('a', 'personal'),
      collection('b', 'common'),
      collection('c', 'personal'),
    ]);
    expect(groups.common.map((item) => item.id)).toEqual(['b']);
    expect(groups.department).toEqual([]);
    expect(groups.personal.map((item) => item.id)).toEqual(['a', 'c']);
  });
});
