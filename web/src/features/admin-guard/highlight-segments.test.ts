import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlight-segments';

describe('highlightSegments', () => {
  it('gives the whole text as one unmarked run without spans', () => {
    expect(highlightSegments('안녕하세요', [])).toEqual([
      { text: '안녕하세요', start: 0, end: 5, marks: [] },
    ]);
  });

  it('gives nothing for empty text', () => {
    expect(highlightSegments('', [{ start: 0, end: 3, mark: 'a' }])).toEqual([]);
  });

  it('cuts around separate spans', () => {
    const text = '연락처 010-1234-5678, 메일 kim@korea.kr';
    const phone = { start: 4, end: 17, mark: 'phone' };
    const email = { start: 22, end: 34, mark: 'email' };
    expect(highlightSegments(text, [email, phone])).toEqual([
      { text: '연락처 ', start: 0, end: 4, marks: [] },
      { text: '010-1234-5678', start: 4, end: 17, marks: ['phone'] },
      { text: ', 메일 ', start: 17, end: 22, marks: [] },
      { text: 'kim@korea.kr', start: 22, end: 34, marks: ['email'] },
    ]);
  });

  it('carries every mark over overlapping spans', () => {
    const segments = highlightSegments('abcdefgh', [
      { start: 1, end: 5, mark: 'pii' },
      { start: 3, end: 7, mark: 'banned' },
    ]);
    expect(segments.map((segment) => [segment.text, segment.marks])).toEqual([
      ['a', []],
      ['bc', ['pii']],
      ['de', ['pii', 'banned']],
      ['fg', ['banned']],
      ['h', []],
    ]);
  });

  it('keeps a span nested in another as its own run', () => {
    const segments = highlightSegments('0123456789', [
      { start: 2, end: 8, mark: 'outer' },
      { start: 4, end: 6, mark: 'inner' },
    ]);
    expect(segments.map((segment) => [segment.text, segment.marks])).toEqual([
      ['01', []],
      ['23', ['outer']],
      ['45', ['outer', 'inner']],
      ['67', ['outer']],
      ['89', []],
    ]);
  });

  it('keeps two touching spans apart', () => {
    const segments = highlightSegments('aabb', [
      { start: 0, end: 2, mark: 'first' },
      { start: 2, end: 4, mark: 'second' },
    ]);
    expect(segments.map((segment) => [segment.text, segment.marks])).toEqual([
      ['aa', ['first']],
      ['bb', ['second']],
    ]);
  });

  it('counts offsets in UTF-16 code units, as JavaScript strings do', () => {
    // The emoji takes two code units, so the name starts at 3.
    const segments = highlightSegments('😀 홍길동님', [{ start: 3, end: 6, mark: 'name' }]);
    expect(segments.map((segment) => segment.text)).toEqual(['😀 ', '홍길동', '님']);
  });

  it('clips spans that run past the text and ignores empty or reversed ones', () => {
    const segments = highlightSegments('abc', [
      { start: -2, end: 1, mark: 'clipped-start' },
      { start: 2, end: 10, mark: 'clipped-end' },
      { start: 1, end: 1, mark: 'empty' },
      { start: 2, end: 1, mark: 'reversed' },
    ]);
    expect(segments.map((segment) => [segment.text, segment.marks])).toEqual([
      ['a', ['clipped-start']],
      ['b', []],
      ['c', ['clipped-end']],
    ]);
  });

  it('rebuilds the original text', () => {
    const text = '주민등록번호 900101-1234567 입니다';
    const segments = highlightSegments(text, [
      { start: 7, end: 21, mark: 1 },
      { start: 0, end: 6, mark: 2 },
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });
});
