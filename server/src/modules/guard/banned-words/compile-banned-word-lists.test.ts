import { describe, expect, it } from 'vitest';
import type { BannedWordAction, BannedWordList } from './banned-word-finding.js';
import { compileBannedWordLists } from './compile-banned-word-lists.js';

function blockList(words: string[], id = 'block'): BannedWordList {
  return { id, name: `${id} list`, action: 'block', words };
}

function warnList(words: string[], id = 'warn'): BannedWordList {
  return { id, name: `${id} list`, action: 'warn', words };
}

/** Findings as [entry, action, matched original text]. */
function found(lists: BannedWordList[], text: string): [string, BannedWordAction, string][] {
  return compileBannedWordLists(lists)
    .find(text)
    .map((finding) => [finding.word, finding.action, text.slice(finding.start, finding.end)]);
}

describe('compileBannedWordLists', () => {
  it('reports list, action, the entry and the exact original span', () => {
    const matcher = compileBannedWordLists([blockList(['시발'])]);
    expect(matcher.find('아 ㅅㅣ.ㅂㅏㄹ 진짜')).toEqual([
      { listId: 'block', listName: 'block list', action: 'block', word: '시발', start: 2, end: 8 },
    ]);
  });

  it('matches substrings, since Korean writes particles and endings onto words', () => {
    expect(found([blockList(['시발'])], '시발놈아')).toEqual([['시발', 'block', '시발']]);
  });

  it('sees through NFKC, case, zero-width characters and spacing tricks', () => {
    const lists = [blockList(['시발', 'sex'])];
    for (const text of ['ＳＥＸ', 'S-e-X', 's.e.x', 's e x', 'se\u200bx']) {
      expect(found(lists, text), text).toEqual([['sex', 'block', text]]);
    }
    for (const text of ['시 발', '시.발', '시·발', '시/발', '시\u200b발', 'ㅅㅣㅂㅏㄹ', 'ㅅㅣ발']) {
      expect(found(lists, text), text).toEqual([['시발', 'block', text]]);
    }
    expect(found(lists, '(시 발)!')).toEqual([['시발', 'block', '시 발']]);
  });

  it('matches a spaced-out word only on whole pieces, so ordinary phrases pass', () => {
    const lists = [blockList(['시발', 'sex', '개새끼'])];
    expect(found(lists, '회의 시 발표 자료')).toEqual([]);
    expect(found(lists, '지시 발령')).toEqual([]);
    expect(found(lists, '요청 시 발급')).toEqual([]);
    expect(found(lists, 's-e-xy')).toEqual([]);
    expect(found(lists, '개 새끼야')).toEqual([['개새끼', 'block', '개 새끼']]);
    expect(found(lists, '개 새 끼')).toEqual([['개새끼', 'block', '개 새 끼']]);
    // Without separators inside, plain substring matching applies.
    expect(found(lists, '회의시발표')).toEqual([['시발', 'block', '시발']]);
  });

  it('does not match across a long run of separators', () => {
    expect(found([blockList(['시발'])], `시${'-'.repeat(20)}발`)).toEqual([]);
  });

  describe('초성 (initial consonants)', () => {
    const lists = [blockList(['시발', '개새끼'])];

    it('matches text written in bare jamo', () => {
      expect(found(lists, 'ㅅㅂ')).toEqual([['시발', 'block', 'ㅅㅂ']]);
      expect(found(lists, 'ㅋㅋㅅㅂ')).toEqual([['시발', 'block', 'ㅅㅂ']]);
      expect(found(lists, 'ㅅ ㅂ 뭐야')).toEqual([['시발', 'block', 'ㅅ ㅂ']]);
      expect(found(lists, 'ㄱㅅㄲ')).toEqual([['개새끼', 'block', 'ㄱㅅㄲ']]);
    });

    it('never matches syllables whose initials happen to agree, nor mixed spellings', () => {
      expect(found(lists, '새벽에 수박 사보')).toEqual([]);
      expect(found(lists, '시ㅂ')).toEqual([]);
      expect(found(lists, 'ㅅ발')).toEqual([]);
    });

    it('needs two consonants unless the entry opts in with ^', () => {
      expect(found([blockList(['좆'])], 'ㅈ')).toEqual([]);
      expect(found([blockList(['^좆'])], 'ㅈ')).toEqual([['좆', 'block', 'ㅈ']]);
      expect(found([blockList(['^좆'])], '좆')).toEqual([['좆', 'block', '좆']]);
    });

    it('can be turned off with !', () => {
      expect(found([blockList(['!개새'])], 'ㄱㅅ')).toEqual([]);
      expect(found([blockList(['!개새'])], '개새')).toEqual([['개새', 'block', '개새']]);
      expect(found([blockList(['^!개새'])], 'ㄱㅅ')).toEqual([]);
    });

    it('prefers a word written as jamo over another word’s initials at the same span', () => {
      const matcher = compileBannedWordLists([warnList(['시발']), warnList(['ㅅㅂ'], 'jamo')]);
      expect(matcher.find('ㅅㅂ').map((finding) => finding.word)).toEqual(['ㅅㅂ']);
    });
  });

  describe('exact-word marker', () => {
    const lists = [blockList(['=개'])];

    it('matches only where no letter or digit touches the word', () => {
      expect(found(lists, '개')).toEqual([['개', 'block', '개']]);
      expect(found(lists, '이 개 같은')).toEqual([['개', 'block', '개']]);
      expect(found(lists, '(개)')).toEqual([['개', 'block', '개']]);
      expect(found(lists, '개.')).toEqual([['개', 'block', '개']]);
      expect(found(lists, '개나리')).toEqual([]);
      expect(found(lists, '무지개')).toEqual([]);
      expect(found(lists, '개1')).toEqual([]);
      expect(found(lists, 'a개')).toEqual([]);
    });

    it('applies to spaced spellings and to the 초성 form', () => {
      expect(found([blockList(['=시발'])], '시 발')).toEqual([['시발', 'block', '시 발']]);
      expect(found([blockList(['=시발'])], '시발놈')).toEqual([]);
      expect(found([blockList(['=시발'])], 'ㅅㅂ')).toEqual([['시발', 'block', 'ㅅㅂ']]);
      expect(found([blockList(['=시발'])], 'ㅋㅋㅅㅂ')).toEqual([]);
    });
  });

  it('ignores empty entries, merges duplicates and skips disabled lists', () => {
    const matcher = compileBannedWordLists([
      blockList(['', '   ', ' . ', ' 시발 ', '시발', 'ＳＩＢＡＬ', 'sibal']),
      { ...warnList(['바보']), enabled: false },
    ]);
    expect(matcher.find('시발 sibal 바보').map((finding) => finding.word)).toEqual(['시발', 'ＳＩＢＡＬ']);
    expect(compileBannedWordLists([blockList(['', ' '])]).longestWordLength).toBe(0);
    expect(compileBannedWordLists([blockList(['', ' '])]).find('아무 말')).toEqual([]);
  });

  describe('overlaps', () => {
    it('prefers block over warn on the same word', () => {
      expect(found([warnList(['바보']), blockList(['바보'])], '바보')).toEqual([['바보', 'block', '바보']]);
    });

    it('prefers block over an overlapping warn, keeping later warns that do not touch it', () => {
      const lists = [warnList(['발표자', '바보']), blockList(['시발'])];
      expect(found(lists, '시발표자 바보')).toEqual([
        ['시발', 'block', '시발'],
        ['바보', 'warn', '바보'],
      ]);
      // The warn starts first, but a block word is never hidden by a warn word.
      expect(found([warnList(['가나다']), blockList(['다라'])], '가나다라')).toEqual([
        ['다라', 'block', '다라'],
      ]);
    });

    it('prefers the longer word at the same start and the earlier start among overlaps', () => {
      const lists = [blockList(['개새', '개새끼', '새끼야'])];
      expect(found(lists, '개새끼')).toEqual([['개새끼', 'block', '개새끼']]);
      expect(found(lists, '개새끼야')).toEqual([['개새끼', 'block', '개새끼']]);
      expect(found(lists, '새끼야')).toEqual([['새끼야', 'block', '새끼야']]);
    });

    it('returns non-overlapping findings in start order', () => {
      const lists = [blockList(['ab', 'bc', 'cd']), warnList(['abcd', 'd'])];
      const findings = compileBannedWordLists(lists).find('abcd abcd');
      expect(findings.map((finding) => [finding.word, finding.start, finding.end])).toEqual([
        ['ab', 0, 2],
        ['cd', 2, 4],
        ['ab', 5, 7],
        ['cd', 7, 9],
      ]);
    });
  });

  it('finds many words of several lists in one pass', () => {
    const words = Array.from(
      { length: 300 },
      (_unused, index) => `금칙${String.fromCharCode(0xac00 + index * 7)}어`,
    );
    const matcher = compileBannedWordLists([blockList(words.slice(0, 150)), warnList(words.slice(150))]);
    const text = words.map((word, index) => `${index} ${word}입니다.`).join(' ');
    const findings = matcher.find(text);
    expect(findings.map((finding) => finding.word)).toEqual(words);
    expect(findings.map((finding) => finding.action)).toEqual(
      words.map((_word, index) => (index < 150 ? 'block' : 'warn')),
    );
    for (const finding of findings) expect(text.slice(finding.start, finding.end)).toBe(finding.word);
  });
});
