import { describe, expect, it } from 'vitest';
import { caseListPath } from './case-list-path';

describe('caseListPath', () => {
  it('sends the view, sort and paging, and leaves unset filters out', () => {
    expect(caseListPath({ view: 'published', sort: 'recent', limit: 30, offset: 0 })).toBe(
      '/api/cases?view=published&sort=recent&limit=30&offset=0',
    );
  });

  it('sends a trimmed search, the category and the department', () => {
    const path = caseListPath({
      view: 'mine',
      sort: 'likes',
      q: '  민원 답변 ',
      category: 'documents',
      departmentId: '0b7f3b8e-5f7e-4a57-9a0c-3c3c2f4b8a11',
      limit: 5,
      offset: 10,
    });
    const query = new URL(path, 'http://localhost').searchParams;
    expect(query.get('q')).toBe('민원 답변');
    expect(query.get('category')).toBe('documents');
    expect(query.get('departmentId')).toBe('0b7f3b8e-5f7e-4a57-9a0c-3c3c2f4b8a11');
    expect(query.get('view')).toBe('mine');
    expect(query.get('sort')).toBe('likes');
    expect(query.get('offset')).toBe('10');
  });

  it('does not send a search of spaces only', () => {
    expect(caseListPath({ view: 'review', sort: 'recent', q: '   ', limit: 30, offset: 0 })).not.toContain(
      'q=',
    );
  });
});
