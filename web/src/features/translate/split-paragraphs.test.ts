import { describe, expect, it } from 'vitest';
import { splitParagraphs } from './split-paragraphs';

describe('splitParagraphs', () => {
  it('splits on blank lines and keeps single line breaks inside a paragraph', () => {
    expect(splitParagraphs('제목\n\n첫째 줄\n둘째 줄\n\n마지막')).toEqual([
      '제목',
      '첫째 줄\n둘째 줄',
      '마지막',
    ]);
  });

  it('treats lines of spaces or tabs as blank, and several blank lines as one break', () => {
    expect(splitParagraphs('가\n  \t\n\n\n나\n \n다')).toEqual(['가', '나', '다']);
  });

  it('accepts Windows and old Mac line breaks', () => {
    expect(splitParagraphs('가\r\n\r\n나\r\n다\r\r라')).toEqual(['가', '나\n다', '라']);
  });

  it('drops leading, trailing and whitespace-only content', () => {
    expect(splitParagraphs('\n\n  가  \n\n')).toEqual(['가']);
    expect(splitParagraphs('  \n\n \n')).toEqual([]);
    expect(splitParagraphs('')).toEqual([]);
  });
});
