import { describe, expect, it } from 'vitest';
import { csvCell, csvLine, formatKoreanTime } from './audit-csv.js';

describe('audit CSV cells', () => {
  it('quotes commas, quotes and line breaks per RFC 4180', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('')).toBe('');
  });

  it('defuses cells Excel would run as formulas', () => {
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('+82')).toBe("'+82");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('ends lines with CRLF', () => {
    expect(csvLine(['a', 'b,c'])).toBe('a,"b,c"\r\n');
  });

  it('writes times in Korean time', () => {
    expect(formatKoreanTime(new Date('2025-06-15T15:03:22Z'))).toBe('2025-06-16 00:03:22');
    expect(formatKoreanTime(new Date('2025-01-01T00:00:00Z'))).toBe('2025-01-01 09:00:00');
  });
});
