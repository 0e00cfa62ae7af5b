import type { DraftTemplate, DraftTemplateInput } from '@jumugwan/contracts';

const maximumIdLength = 60;
const maximumNameLength = 60;

/**
 * 복사해서 편집: the template under a new id (`-copy`, then `-copy-2`, … until unused) and name, as
 * version 1 of an institution template.
 */
export function templateCopy(
  template: DraftTemplate,
  usedIds: readonly string[],
  copySuffix: string,
): DraftTemplateInput {
  const used = new Set(usedIds);
  let id = '';
  for (let attempt = 1; id === '' || used.has(id); attempt += 1) {
    const suffix = attempt === 1 ? '-copy' : `-copy-${String(attempt)}`;
    id = `${template.id.slice(0, maximumIdLength - suffix.length).replace(/-+$/u, '')}${suffix}`;
  }
  const name = `${template.name} ${copySuffix}`;
  return {
    ...template,
    id,
    version: 1,
    name: name.length > maximumNameLength ? name.slice(0, maximumNameLength) : name,
  };
}

/** Where 새 템플릿 starts: a small valid template that shows each part once. */
export const starterTemplate: DraftTemplateInput = {
  id: 'new-template',
  version: 1,
  name: '새 템플릿',
  category: '기관 서식',
  description: '',
  layout: 'report',
  title: '{{title}}',
  fields: [
    { key: 'title', label: '제목', type: 'text', required: true, hint: '', example: '2026년 ○○ 추진 계획' },
    {
      key: 'details',
      label: '주요 내용',
      type: 'list',
      required: true,
      hint: '한 줄에 하나씩 적습니다.',
      example: '추진 기간: 2026. 9. 1. ~ 9. 30.\n추진 대상: 본청 직원',
    },
  ],
  slots: { date: '{{today}}', department: '{{user.department}}' },
  sections: [
    {
      heading: '주요 내용',
      marker: 'item',
      skeleton: '  가. {{details}}',
      instructions: '주요 내용을 "가. 나." 항목으로 정리합니다.',
    },
  ],
  endMark: true,
  instructions: '보고서 본문을 개조식으로 간결하게 작성합니다.',
  lintRules: [],
  verifyStatutes: false,
};
