import type { UseCaseSummary } from '@jumugwan/contracts';
import { describe, expect, it } from 'vitest';
import { groupCasesByCategory, selectedInOrder, selectionState, setSelected } from './case-selection';

function summary(id: string, category: UseCaseSummary['category']): UseCaseSummary {
  return {
    id,
    title: `사례 ${id}`,
    task: '업무',
    category,
    status: 'published',
    authorName: '홍길동',
    departmentName: null,
    minutesBefore: null,
    minutesAfter: null,
    likes: 0,
    comments: 0,
    likedByMe: false,
    publishedAt: null,
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

const cases = [
  summary('a', 'other'),
  summary('b', 'documents'),
  summary('c', 'ideas'),
  summary('d', 'documents'),
];

describe('case selection', () => {
  it('groups by category in the fixed category order', () => {
    expect(
      groupCasesByCategory(cases).map((group) => [group.category, group.cases.map((c) => c.id)]),
    ).toEqual([
      ['ideas', ['c']],
      ['documents', ['b', 'd']],
      ['other', ['a']],
    ]);
  });

  it('says whether all, some or none are selected', () => {
    expect(selectionState(new Set(['b', 'd']), ['b', 'd'])).toBe('all');
    expect(selectionState(new Set(['b']), ['b', 'd'])).toBe('some');
    expect(selectionState(new Set(['a']), ['b', 'd'])).toBe('none');
    expect(selectionState(new Set(), [])).toBe('none');
  });

  it('selects and unselects a group without touching the rest', () => {
    const withDocuments = setSelected(new Set(['a']), ['b', 'd'], true);
    expect([...withDocuments].sort()).toEqual(['a', 'b', 'd']);
    expect([...setSelected(withDocuments, ['b', 'd'], false)]).toEqual(['a']);
  });

  it('exports the selection in the list’s order', () => {
    expect(selectedInOrder(new Set(['d', 'a', 'gone']), cases)).toEqual(['a', 'd']);
  });
});
