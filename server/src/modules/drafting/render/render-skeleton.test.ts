import type { DraftTemplateInput } from '@jumugwan/contracts';
import { draftTemplateSchema } from '@jumugwan/contracts';
import { describe, expect, it } from 'vitest';
import { renderSkeleton } from './render-skeleton.js';

const context = {
  institutionName: '서울특별시',
  userName: '홍길동',
  userRank: null,
  departmentName: '디지털정책과',
  userEmail: null,
  today: new Date('2026-11-29T20:00:00Z'),
};

function template(overrides: Partial<DraftTemplateInput>) {
  return draftTemplateSchema.parse({
    id: 'sample',
    version: 1,
    name: '시험',
    category: '시험',
    layout: 'gian',
    fields: [
      { key: 'title', label: '제목', type: 'text' },
      { key: 'items', label: '항목', type: 'list' },
      { key: 'budget', label: '예산', type: 'money' },
      { key: 'day', label: '일자', type: 'date' },
      { key: 'attachments', label: '붙임', type: 'list' },
    ],
    sections: [],
    ...overrides,
  });
}

describe('renderSkeleton', () => {
  it('numbers sections, repeats a list line per entry with its marker counting on, and drops the marker of a single entry', () => {
    const document = renderSkeleton(
      template({
        sections: [
          { heading: '추진 내용', marker: 'item', skeleton: '  가. {{items}}' },
          { heading: '예산', marker: 'item', skeleton: '  가. {{budget}} ({{day}})' },
          { heading: '비고', marker: 'item', skeleton: '  가. {{items}}' },
        ],
      }),
      { title: '제목', items: '첫째\n\n둘째\n셋째', budget: '3000000', day: '2026-09-01' },
      context,
    );
    expect(document.body.split('\n')).toEqual([
      '1. 추진 내용',
      '  가. 첫째',
      '  나. 둘째',
      '  다. 셋째',
      '2. 예산',
      '  가. 3,000,000원 (2026. 9. 1.)',
      '3. 비고',
      '  가. 첫째',
      '  나. 둘째',
      '  다. 셋째  끝.',
    ]);
  });

  it('marks a missing value with its label and fills slots and the title from fields and the platform', () => {
    const document = renderSkeleton(
      template({
        title: '{{title}}',
        slots: {
          organization: '{{institution.name}}',
          enforcementDate: '{{today}}',
          drafter: '{{user.department}} {{user.name}}',
        },
        sections: [{ heading: '', marker: 'item', skeleton: '{{items}}' }],
      }),
      { title: '보고' },
      context,
    );
    expect(document).toEqual({
      title: '보고',
      slots: { organization: '서울특별시', enforcementDate: '2026. 11. 30.', drafter: '디지털정책과 홍길동' },
      body: '1. [항목]  끝.',
    });
  });

  it('writes one attachment plainly and several numbered and aligned, with 끝. after the last', () => {
    const one = renderSkeleton(
      template({ attachmentsField: 'attachments' }),
      { attachments: '계획서' },
      context,
    );
    expect(one.body).toBe('붙임  계획서 1부.  끝.');
    const several = renderSkeleton(
      template({ attachmentsField: 'attachments' }),
      { attachments: '계획서 2부\n명단' },
      context,
    );
    expect(several.body.split('\n')).toEqual(['붙임  1. 계획서 2부.', '      2. 명단 1부.  끝.']);
  });

  it('leaves out 끝. when the template does not want it', () => {
    const document = renderSkeleton(
      template({ endMark: false, sections: [{ heading: '', marker: 'none', skeleton: '□ {{items}}' }] }),
      { items: '하나\n둘' },
      context,
    );
    expect(document.body).toBe('□ 하나\n□ 둘');
  });
});
