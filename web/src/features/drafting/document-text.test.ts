import type { DraftDocument } from '@jumugwan/contracts';
import { describe, expect, it } from 'vitest';
import { documentLines, documentPlainText, documentSlotNames, sameDocument } from './document-text';

const document: DraftDocument = {
  title: '보도자료 제목',
  slots: { phone: '02-2133-0000', department: '디지털정책과', subtitle: '- 첫째\n- 둘째' },
  body: '□ 첫 문단\n  ○ 세부\n',
};

describe('document text', () => {
  it('lists the slots in document order', () => {
    expect(documentSlotNames(document)).toEqual(['phone', 'subtitle', 'department']);
  });

  it('copies the title and the body', () => {
    expect(documentPlainText(document)).toBe('보도자료 제목\n\n□ 첫 문단\n  ○ 세부');
    expect(documentPlainText({ ...document, title: ' ' })).toBe('□ 첫 문단\n  ○ 세부');
  });

  it('compares by lines with the slots named at the end', () => {
    expect(documentLines(document, (name) => name)).toEqual([
      '보도자료 제목',
      '',
      '□ 첫 문단',
      '  ○ 세부',
      '',
      '',
      'phone: 02-2133-0000',
      'subtitle: - 첫째',
      'subtitle: - 둘째',
      'department: 디지털정책과',
    ]);
  });

  it('treats an empty slot like a missing one', () => {
    expect(sameDocument(document, { ...document, slots: { ...document.slots, fax: '' } })).toBe(true);
    expect(sameDocument(document, { ...document, body: '□ 다른 문단' })).toBe(false);
  });
});
