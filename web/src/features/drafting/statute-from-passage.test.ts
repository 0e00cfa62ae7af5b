import { describe, expect, it } from 'vitest';
import { statuteFromPassage } from './statute-from-passage';

describe('statuteFromPassage', () => {
  it('names the statute after the document and keeps the passage text', () => {
    expect(
      statuteFromPassage({
        documentTitle: '「도로교통법」.hwpx',
        sectionPath: ['제1장 총칙', '제32조(정차 및 주차의 금지)'],
        text: '제32조(정차 및 주차의 금지) 모든 차의 운전자는 …',
      }),
    ).toEqual({ name: '도로교통법', text: '제32조(정차 및 주차의 금지) 모든 차의 운전자는 …' });
  });

  it('puts the article heading before a passage that starts below it', () => {
    expect(
      statuteFromPassage({
        documentTitle: '한빛시 공용차량 관리 규칙',
        sectionPath: ['제3조(배차 신청)'],
        text: '① 공용차량을 사용하려는 부서는 …',
      }).text,
    ).toBe('제3조(배차 신청) ① 공용차량을 사용하려는 부서는 …');
  });

  it('leaves the text alone without an article in the path', () => {
    expect(
      statuteFromPassage({ documentTitle: '지침', sectionPath: ['부칙'], text: ' 이 지침은 … ' }).text,
    ).toBe('이 지침은 …');
  });
});
