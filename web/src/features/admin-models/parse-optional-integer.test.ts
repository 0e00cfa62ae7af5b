import { describe, expect, it } from 'vitest';
import { parseOptionalInteger } from './parse-optional-integer';

describe('parseOptionalInteger', () => {
  it('treats blank as not set', () => {
    expect(parseOptionalInteger('', 1, 3600)).toEqual({ ok: true, value: null });
    expect(parseOptionalInteger('   ', 1, 3600)).toEqual({ ok: true, value: null });
  });

  it('reads whole numbers within the range, with or without thousands separators', () => {
    expect(parseOptionalInteger(' 120 ', 1, 3600)).toEqual({ ok: true, value: 120 });
    expect(parseOptionalInteger('100,000', 1, 100_000)).toEqual({ ok: true, value: 100_000 });
  });

  it('rejects fractions, signs, words and values out of range', () => {
    for (const text of ['1.5', '-3', '+3', '1e3', 'abc', '0', '3601', '99999999999999999999']) {
      expect(parseOptionalInteger(text, 1, 3600)).toEqual({ ok: false });
    }
  });
});
