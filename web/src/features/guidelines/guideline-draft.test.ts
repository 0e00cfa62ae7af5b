import { describe, expect, it } from 'vitest';
import { contentFromDraft, draftFromContent, draftProblems, moveItem } from './guideline-draft';

const content = {
  title: '생성형 AI 활용 지침',
  introduction: '업무에 AI를 쓸 때 지킬 원칙입니다.',
  principles: [
    { title: '공정성', description: '차별하지 않습니다.' },
    { title: '보안', description: '비공개 자료를 넣지 않습니다.' },
  ],
  checklist: [{ text: '사실을 확인했습니까?' }],
};

describe('the guidelines draft', () => {
  it('round-trips the content, trimmed, with a distinct key per item', () => {
    const draft = draftFromContent(content);
    const keys = [...draft.principles, ...draft.checklist].map((item) => item.key);
    expect(new Set(keys).size).toBe(keys.length);
    draft.title = '  생성형 AI 활용 지침  ';
    expect(contentFromDraft(draft)).toEqual(content);
  });

  it('moves an item up and down and refuses to leave the list', () => {
    expect(moveItem(['가', '나', '다'], 2, -1)).toEqual(['가', '다', '나']);
    expect(moveItem(['가', '나', '다'], 0, 1)).toEqual(['나', '가', '다']);
    expect(moveItem(['가', '나', '다'], 0, -1)).toEqual(['가', '나', '다']);
    expect(moveItem(['가', '나', '다'], 2, 1)).toEqual(['가', '나', '다']);
  });

  it('names empty fields and empty lists by the server’s field paths', () => {
    const draft = draftFromContent(content);
    draft.title = ' ';
    const first = draft.principles[0];
    if (first !== undefined) first.description = '';
    draft.checklist = [];
    expect(draftProblems(draft)).toEqual({
      title: 'required',
      'principles.0.description': 'required',
      checklist: 'noChecklist',
    });
    expect(draftProblems(draftFromContent(content))).toEqual({});
  });
});
