import type { TemplateField } from '@jumugwan/contracts';
import { describe, expect, it } from 'vitest';
import {
  fieldProblem,
  fillWithExamples,
  formProblems,
  initialFormValues,
  isoDate,
  koreanDate,
  moneyDigits,
  requestValues,
  statutesFromExample,
} from './field-values';

function field(overrides: Partial<TemplateField> & Pick<TemplateField, 'key' | 'type'>): TemplateField {
  return { label: overrides.key, required: false, hint: '', example: '', ...overrides };
}

const fields: TemplateField[] = [
  field({ key: 'title', type: 'text', required: true, example: '보도자료 제목', maxLength: 10 }),
  field({ key: 'facts', type: 'list', required: true, example: '첫째 사실\n둘째 사실' }),
  field({ key: 'budget', type: 'money', example: '500000000' }),
  field({ key: 'date', type: 'date', example: '2026. 10. 14.(수)' }),
  field({ key: 'time', type: 'time' }),
  field({ key: 'count', type: 'number' }),
  field({ key: 'tone', type: 'select', options: ['정중하게', '간결하게'], example: '간결하게' }),
  field({
    key: 'statutes',
    type: 'statutes',
    example: '도로교통법\n제32조(정차 및 주차의 금지) 모든 차의 운전자는 …',
  }),
];

describe('initialFormValues', () => {
  it('starts empty with one blank statute pair, or from the saved values', () => {
    const empty = initialFormValues(fields);
    expect(empty.title).toBe('');
    expect(empty.statutes).toEqual([{ name: '', text: '' }]);
    const saved = initialFormValues(fields, { title: '제목', statutes: [{ name: '민법', text: '제1조' }] });
    expect(saved.title).toBe('제목');
    expect(saved.statutes).toEqual([{ name: '민법', text: '제1조' }]);
  });
});

describe('fillWithExamples', () => {
  it('fills only the empty fields and keeps what the user typed', () => {
    const filled = fillWithExamples(fields, { ...initialFormValues(fields), title: '내 제목' });
    expect(filled.title).toBe('내 제목');
    expect(filled.facts).toBe('첫째 사실\n둘째 사실');
    expect(filled.tone).toBe('간결하게');
    expect(filled.time).toBe('');
    expect(filled.statutes).toEqual([
      { name: '도로교통법', text: '제32조(정차 및 주차의 금지) 모든 차의 운전자는 …' },
    ]);
  });
});

describe('statutesFromExample', () => {
  it('reads name-then-text blocks separated by blank lines', () => {
    expect(statutesFromExample('「민법」\n제1조 본문\n\n상법\n제2조')).toEqual([
      { name: '민법', text: '제1조 본문' },
      { name: '상법', text: '제2조' },
    ]);
    expect(statutesFromExample('제3조 한 줄')).toEqual([{ name: '', text: '제3조 한 줄' }]);
  });

  it('reads the JSON examples the server uses', () => {
    expect(statutesFromExample('[{"name":"도로교통법","text":"제32조 …"},{"name":1}]')).toEqual([
      { name: '도로교통법', text: '제32조 …' },
    ]);
  });
});

describe('fieldProblem', () => {
  it('requires required fields and at least one statute pair when required', () => {
    expect(fieldProblem(fields[0] ?? field({ key: 'x', type: 'text' }), '  ')).toEqual({ code: 'required' });
    const requiredStatutes = field({ key: 's', type: 'statutes', required: true });
    expect(fieldProblem(requiredStatutes, [{ name: '', text: '' }])).toEqual({ code: 'required' });
  });

  it('checks length, numbers, money, dates, times and options', () => {
    const byKey = (key: string) =>
      fields.find((candidate) => candidate.key === key) ?? field({ key, type: 'text' });
    expect(fieldProblem(byKey('title'), '열한 글자가 넘는 제목')).toEqual({ code: 'tooLong', max: 10 });
    expect(fieldProblem(byKey('count'), '1,234.5')).toBeNull();
    expect(fieldProblem(byKey('count'), '열')).toEqual({ code: 'number' });
    expect(fieldProblem(byKey('budget'), '3,000,000원')).toBeNull();
    expect(fieldProblem(byKey('budget'), '삼백만원')).toEqual({ code: 'money' });
    expect(fieldProblem(byKey('date'), '2026. 10. 14.(수)')).toBeNull();
    expect(fieldProblem(byKey('date'), '2026-10-14')).toBeNull();
    expect(fieldProblem(byKey('date'), '2026. 2. 30.')).toEqual({ code: 'date' });
    expect(fieldProblem(byKey('date'), '다음 주')).toEqual({ code: 'date' });
    expect(fieldProblem(byKey('time'), '14:00 ~ 15:30')).toBeNull();
    expect(fieldProblem(byKey('time'), '25:00')).toEqual({ code: 'time' });
    expect(fieldProblem(byKey('tone'), '화나게')).toEqual({ code: 'option' });
  });

  it('names the first half-filled statute pair', () => {
    const statutes = field({ key: 's', type: 'statutes' });
    expect(
      fieldProblem(statutes, [
        { name: '민법', text: '제1조' },
        { name: '상법', text: ' ' },
      ]),
    ).toEqual({
      code: 'statuteIncomplete',
      entry: 2,
    });
  });
});

describe('formProblems', () => {
  it('lists the problems by field key', () => {
    expect(Object.keys(formProblems(fields, initialFormValues(fields)))).toEqual(['title', 'facts']);
  });
});

describe('requestValues', () => {
  it('sends trimmed values, list lines without blanks and money as digits (dates as typed)', () => {
    const values = {
      ...initialFormValues(fields),
      title: ' 제목 ',
      facts: '첫째  \n\n  둘째\n',
      budget: '3,000,000원',
      date: '2026-10-14',
      count: '1,200',
      statutes: [
        { name: '「도로교통법」', text: ' 제32조 ' },
        { name: '', text: '' },
      ],
    };
    expect(requestValues(fields, values)).toEqual({
      title: '제목',
      facts: '첫째\n  둘째',
      budget: '3000000',
      date: '2026-10-14',
      count: '1200',
      statutes: [{ name: '도로교통법', text: '제32조' }],
    });
  });
});

describe('dates and money', () => {
  it('converts between the calendar and the document notation', () => {
    expect(koreanDate('2026-11-02')).toBe('2026. 11. 2.(월)');
    expect(koreanDate('2026-02-30')).toBeNull();
    expect(isoDate('2026. 11. 2.(월)')).toBe('2026-11-02');
    expect(isoDate('2026. 11. 2')).toBe('2026-11-02');
    expect(isoDate('11월 2일')).toBeNull();
    expect(moneyDigits('1 200 000')).toBe('1200000');
    expect(moneyDigits('-5')).toBeNull();
  });
});
