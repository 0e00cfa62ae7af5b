import type { AssistantDefinition } from '@jumugwan/contracts';
import { describe, expect, it } from 'vitest';
import {
  definitionToDraft,
  draftToDefinition,
  emptyDefinitionDraft,
  movedItem,
  sameDefinition,
  toggledFormat,
} from './definition-draft';

const definition: AssistantDefinition = {
  name: '민원 답변 도우미',
  icon: '📮',
  description: '민원 답변 초안을 씁니다.',
  category: 'documents',
  instructions: '친절하게 답하세요.',
  defaultModel: 'test-chat',
  collectionIds: ['6f1c8e9a-1111-4111-8111-111111111111'],
  draftingTemplateId: 'complaint-reply',
  starters: ['이 민원에 답해 줘', '요지를 정리해 줘'],
  expectedFiles: [{ label: '민원 원문', description: '', formats: ['hwp', 'pdf'], required: true }],
};

function counter() {
  let next = 0;
  return () => {
    next += 1;
    return `key-${String(next)}`;
  };
}

describe('definition drafts', () => {
  it('round-trips a definition through the editor draft', () => {
    const draft = definitionToDraft(definition, counter());
    expect(draft.starters.map((starter) => starter.key)).toEqual(['key-1', 'key-2']);
    expect(draft.expectedFiles[0]?.key).toBe('key-3');
    expect(draftToDefinition(draft)).toEqual(definition);
  });

  it('trims texts as the server would', () => {
    const draft = {
      ...emptyDefinitionDraft(),
      name: '  이름 ',
      instructions: '\n지시\n',
      starters: [{ key: 'a', text: ' 시작 ' }],
    };
    const saved = draftToDefinition(draft);
    expect(saved.name).toBe('이름');
    expect(saved.instructions).toBe('지시');
    expect(saved.starters).toEqual(['시작']);
    expect(saved.icon).toBe('🤖');
  });

  it('compares drafts by what they would save', () => {
    const left = definitionToDraft(definition, counter());
    const right = definitionToDraft(definition, () => 'other');
    expect(sameDefinition(left, right)).toBe(true);
    expect(sameDefinition(left, { ...right, name: `${definition.name} ` })).toBe(true);
    expect(sameDefinition(left, { ...right, category: 'summary' })).toBe(false);
  });
});

describe('movedItem', () => {
  it('swaps with the neighbour and ignores moves past the ends', () => {
    expect(movedItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(movedItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(movedItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(movedItem(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });
});

describe('toggledFormat', () => {
  const order = ['hwp', 'hwpx', 'pdf', 'xlsx'] as const;
  it('keeps the offered order', () => {
    expect(toggledFormat(['pdf'], 'hwp', true, order)).toEqual(['hwp', 'pdf']);
    expect(toggledFormat(['hwp', 'pdf'], 'hwp', false, order)).toEqual(['pdf']);
    expect(toggledFormat(['pdf'], 'pdf', true, order)).toEqual(['pdf']);
  });
});
