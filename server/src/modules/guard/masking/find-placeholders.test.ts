import { describe, expect, it } from 'vitest';
import { piiTypeLabels } from '../pii/index.js';
import { findPlaceholders } from './find-placeholders.js';
import { closingBrackets, innerSpaces, openingBrackets } from './placeholder-syntax.js';

describe('findPlaceholders', () => {
  it('reads the written form and the spellings models produce, reporting the written form', () => {
    const text = '[이메일_1], ［이메일_2］, [ 주민등록번호_3 ], [\u3000IP주소_12\u3000], [이름_4］';
    expect(findPlaceholders(text).map(({ placeholder }) => placeholder)).toEqual([
      '[이메일_1]',
      '[이메일_2]',
      '[주민등록번호_3]',
      '[IP주소_12]',
      '[이름_4]',
    ]);
  });

  it('reports spans covering the brackets', () => {
    const text = '메일은 [ 이메일_1 ] 입니다';
    const [match] = findPlaceholders(text);
    expect(match && text.slice(match.start, match.end)).toBe('[ 이메일_1 ]');
  });

  it('ignores looser shapes: unknown labels, leading zeros, three spaces, spaces around the underscore', () => {
    const text = '[메일_1] [이메일_01] [   이메일_1] [이메일 _1] [이메일_ 1] [이메일_] 이메일_1]';
    expect(findPlaceholders(text)).toEqual([]);
  });

  it('relies on labels that the placeholder grammar can delimit', () => {
    // The streaming restorer ends a placeholder core at a space or bracket: a label containing one would
    // never be restored.
    const delimiters = Array.from(openingBrackets + closingBrackets + innerSpaces);
    for (const label of Object.values(piiTypeLabels)) {
      expect(label.length).toBeGreaterThan(0);
      for (const delimiter of delimiters) expect(label).not.toContain(delimiter);
    }
  });
});
