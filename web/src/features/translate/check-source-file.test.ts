import { describe, expect, it } from 'vitest';
import { checkSourceFile, maximumSourceFileBytes } from './check-source-file';

describe('checkSourceFile', () => {
  it('accepts .txt and .docx in any case up to 10 MB', () => {
    expect(checkSourceFile('보도자료.txt', 100)).toBeNull();
    expect(checkSourceFile('공문.DOCX', maximumSourceFileBytes)).toBeNull();
  });

  it('refuses other types, including the old .doc', () => {
    expect(checkSourceFile('공문.doc', 100)).toBe('wrongType');
    expect(checkSourceFile('공문.hwp', 100)).toBe('wrongType');
    expect(checkSourceFile('docx', 100)).toBe('wrongType');
  });

  it('refuses files over 10 MB', () => {
    expect(checkSourceFile('큰파일.txt', maximumSourceFileBytes + 1)).toBe('tooLarge');
  });
});
