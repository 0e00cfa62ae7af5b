import { describe, expect, it } from 'vitest';
import { roundTripDifferences } from '../export/round-trip.js';
import { exampleValues } from '../field-values.js';
import { renderSkeleton } from '../render/render-skeleton.js';
import { loadBuiltInTemplates } from './built-in-templates.js';

const context = {
  institutionName: '서울특별시',
  userName: '홍길동',
  userRank: '주무관',
  departmentName: '디지털정책과',
  userEmail: 'hong@seoul.go.kr',
  today: new Date('2026-11-30T01:00:00Z'),
};

const templates = await loadBuiltInTemplates();

describe.each(['hwpx', 'docx'] as const)('every built-in template exported to %s', (format) => {
  it.each(templates.map((template) => [template.id, template] as const))(
    '%s reads back with the same text and tables',
    async (_id, template) => {
      const document = renderSkeleton(template, exampleValues(template), context);
      for (const visible of [false, true]) {
        const differences = await roundTripDifferences(format, {
          layout: template.layout,
          templateName: template.name,
          document,
          disclosure: { visible, text: '이 문서는 생성형 인공지능(AI)을 활용하여 작성되었습니다.' },
          author: context.userName,
          institution: context.institutionName,
          createdAt: context.today,
        });
        expect(differences, `${template.id} (${format})\n${document.body}`).toEqual([]);
      }
    },
  );
});
