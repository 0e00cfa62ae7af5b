import type { AssistantDefinition } from '@jumugwan/contracts';
import { describe, expect, it } from 'vitest';
import {
  changedDefinitionFields,
  fieldValueLines,
  isDefinitionField,
  type FieldValueNames,
} from './definition-fields';

const before: AssistantDefinition = {
  name: '엑셀 정리 도우미',
  icon: '📊',
  description: '',
  category: 'data_analysis',
  instructions: '표를 정리하세요.\n합계를 맨 아래에 두세요.',
  defaultModel: null,
  collectionIds: [],
  draftingTemplateId: null,
  starters: ['이 표를 정리해 줘'],
  expectedFiles: [{ label: '예산표', description: '부서 예산', formats: ['xlsx', 'csv'], required: true }],
};

const names: FieldValueNames = {
  category: (category) => (category === 'data_analysis' ? '데이터 분석' : category),
  collection: (id) => (id === 'c1' ? '예산 규정' : '볼 수 없는 지식 모음'),
  template: (id) => `서식 ${id}`,
  format: (format) => format.toUpperCase(),
  none: '(없음)',
  userModel: '사용자가 고른 모델',
  required: '필수',
};

describe('changedDefinitionFields', () => {
  it('lists the fields that differ in the editor order', () => {
    expect(
      changedDefinitionFields(before, {
        ...before,
        starters: ['다른 질문'],
        name: '새 이름',
        collectionIds: ['c1'],
      }),
    ).toEqual(['name', 'collectionIds', 'starters']);
    expect(changedDefinitionFields(before, { ...before })).toEqual([]);
  });
});

describe('fieldValueLines', () => {
  it('shows texts line by line and empty ones as none', () => {
    expect(fieldValueLines(before, 'instructions', names)).toEqual([
      '표를 정리하세요.',
      '합계를 맨 아래에 두세요.',
    ]);
    expect(fieldValueLines(before, 'description', names)).toEqual(['(없음)']);
  });

  it('names ids and choices', () => {
    expect(fieldValueLines(before, 'category', names)).toEqual(['데이터 분석']);
    expect(fieldValueLines(before, 'defaultModel', names)).toEqual(['사용자가 고른 모델']);
    expect(fieldValueLines({ ...before, defaultModel: 'test-chat' }, 'defaultModel', names)).toEqual([
      'test-chat',
    ]);
    expect(fieldValueLines({ ...before, collectionIds: ['c1', 'c2'] }, 'collectionIds', names)).toEqual([
      '예산 규정',
      '볼 수 없는 지식 모음',
    ]);
    expect(fieldValueLines(before, 'collectionIds', names)).toEqual(['(없음)']);
    expect(fieldValueLines({ ...before, draftingTemplateId: 'memo' }, 'draftingTemplateId', names)).toEqual([
      '서식 memo',
    ]);
  });

  it('lists starters and expected files', () => {
    expect(fieldValueLines(before, 'starters', names)).toEqual(['• 이 표를 정리해 줘']);
    expect(fieldValueLines(before, 'expectedFiles', names)).toEqual([
      '• 예산표 (XLSX, CSV) · 필수 · 부서 예산',
    ]);
  });
});

describe('isDefinitionField', () => {
  it('knows the definition keys', () => {
    expect(isDefinitionField('starters')).toBe(true);
    expect(isDefinitionField('sharing')).toBe(false);
  });
});
