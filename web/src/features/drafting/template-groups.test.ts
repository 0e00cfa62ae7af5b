import type { DraftTemplateSummary } from '@jumugwan/contracts';
import { describe, expect, it } from 'vitest';
import { filterTemplates, groupTemplatesByCategory } from './template-groups';

function summary(id: string, name: string, category: string, description = ''): DraftTemplateSummary {
  return { id, version: 1, name, category, description, layout: 'plain', builtIn: true, updatedAt: null };
}

const templates = [
  summary('gian-internal', '기안문(내부결재)', '결재 문서', '기관 내부에서 결재받는 기안문'),
  summary('press-release', '보도자료', '홍보', '언론에 배포하는 보도자료'),
  summary('gian-external', '시행문(대외 공문)', '결재 문서'),
];

describe('groupTemplatesByCategory', () => {
  it('keeps the order categories first appear in', () => {
    expect(
      groupTemplatesByCategory(templates).map((group) => [group.category, group.templates.map((t) => t.id)]),
    ).toEqual([
      ['결재 문서', ['gian-internal', 'gian-external']],
      ['홍보', ['press-release']],
    ]);
  });
});

describe('filterTemplates', () => {
  it('matches every word in name, category or description, ignoring spaces', () => {
    expect(filterTemplates(templates, '보도 자료').map((t) => t.id)).toEqual(['press-release']);
    expect(filterTemplates(templates, '결재').map((t) => t.id)).toEqual(['gian-internal', 'gian-external']);
    expect(filterTemplates(templates, '결재 내부').map((t) => t.id)).toEqual(['gian-internal']);
    expect(filterTemplates(templates, '  ')).toHaveLength(3);
    expect(filterTemplates(templates, '회의록')).toEqual([]);
  });
});
