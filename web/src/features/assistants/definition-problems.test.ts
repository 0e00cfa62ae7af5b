import { describe, expect, it } from 'vitest';
import { emptyDefinitionDraft } from './definition-draft';
import { definitionProblems, fieldKey } from './definition-problems';

describe('definitionProblems', () => {
  it('names the required fields of an empty draft', () => {
    expect(definitionProblems(emptyDefinitionDraft())).toEqual({
      name: { code: 'required' },
      instructions: { code: 'required' },
    });
  });

  it('finds problems inside lists by index', () => {
    const problems = definitionProblems({
      ...emptyDefinitionDraft(),
      name: '가'.repeat(61),
      instructions: '지시',
      starters: [
        { key: 'a', text: '좋은 질문' },
        { key: 'b', text: '   ' },
      ],
      expectedFiles: [{ key: 'c', label: '', description: '', formats: [], required: false }],
    });
    expect(problems).toEqual({
      name: { code: 'tooLong', max: 60 },
      'starters.1': { code: 'required' },
      'expectedFiles.0.label': { code: 'required' },
      'expectedFiles.0.formats': { code: 'chooseOne' },
    });
  });

  it('counts list limits', () => {
    const problems = definitionProblems({
      ...emptyDefinitionDraft(),
      name: '이름',
      instructions: '지시',
      starters: Array.from({ length: 7 }, (_, index) => ({
        key: String(index),
        text: `질문 ${String(index)}`,
      })),
    });
    expect(problems).toEqual({ starters: { code: 'tooMany', max: 6 } });
  });

  it('is empty for a draft the server would take', () => {
    expect(definitionProblems({ ...emptyDefinitionDraft(), name: '이름', instructions: '지시' })).toEqual({});
  });
});

describe('fieldKey', () => {
  it('joins a path with dots', () => {
    expect(fieldKey(['expectedFiles', 0, 'label'])).toBe('expectedFiles.0.label');
    expect(fieldKey([])).toBe('');
  });
});
