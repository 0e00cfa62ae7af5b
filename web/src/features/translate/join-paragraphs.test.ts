import { describe, expect, it } from 'vitest';
import { joinParagraphs } from './join-paragraphs';
import { splitParagraphs } from './split-paragraphs';

describe('joinParagraphs', () => {
  it('puts a blank line between paragraphs', () => {
    expect(joinParagraphs(['가', '나\n다'])).toBe('가\n\n나\n다');
  });

  it('drops empty paragraphs, as a .docx has between headings', () => {
    expect(joinParagraphs(['가', '', '   ', '나'])).toBe('가\n\n나');
  });

  it('round-trips through splitParagraphs, paragraph for paragraph', () => {
    const fromFile = [
      '제1조(목적)',
      '이 규칙은\n다음과 같다.',
      '내부에\n\n빈 줄이 있는 문단',
      '  공백  ',
      '\r\n윈도우\r\n줄바꿈',
    ];
    const joined = joinParagraphs(fromFile);
    const split = splitParagraphs(joined);
    expect(split).toEqual([
      '제1조(목적)',
      '이 규칙은\n다음과 같다.',
      '내부에\n빈 줄이 있는 문단',
      '공백',
      '윈도우\n줄바꿈',
    ]);
    expect(joinParagraphs(split)).toBe(joined);
  });
});
