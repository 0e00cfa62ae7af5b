import { describe, expect, it } from 'vitest';
import { longestRemovedRun } from './banned-word-normalizer.js';
import type { BannedWordFinding } from './banned-word-finding.js';
import { compileBannedWordLists, type BannedWordMatcher } from './compile-banned-word-lists.js';
import { createBannedWordStreamChecker } from './create-banned-word-stream-checker.js';
import { createSeededRandom } from './seeded-random.js';

const matcher = compileBannedWordLists([
  { id: 'block', name: '욕설', action: 'block', words: ['시발', '개새끼', 'sex', '=개', 'é', '😀😀'] },
  { id: 'warn', name: '주의', action: 'warn', words: ['바보', '발표자', '새끼', 'sexy', '멍청이'] },
]);

// Pieces that exercise every rule: words, spaced / jamo / 초성 spellings, invisible characters, combining
// marks, surrogate pairs, full-width letters, long separator runs and ordinary text around them.
const pieces = [
  '시발',
  '시 발',
  '시.발',
  'ㅅㅣㅂㅏㄹ',
  'ㅅㅂ',
  'ㅅ',
  'ㅂ',
  'ㅏ',
  'ㄹ',
  '개새끼',
  '개 새끼야',
  '개',
  '개나리',
  '바보',
  '발표자',
  '발표',
  '회의 시 발표',
  '새끼',
  'sex',
  'S-E-X',
  'sexy',
  'ＳＥＸ',
  'e',
  '\u0301',
  'é',
  '😀',
  '멍청이',
  ' ',
  ' ',
  ' ',
  '.',
  '-',
  '\u200b',
  '\n',
  '!',
  '(',
  ')',
  '1',
  '입니다',
  '안녕하세요',
  ' '.repeat(20),
  'ㅋㅋ',
];

function randomText(random: () => number): string {
  let text = '';
  const count = Math.floor(random() * 40);
  for (let index = 0; index < count; index++) text += pieces[Math.floor(random() * pieces.length)] ?? '';
  return text;
}

/** Cuts the text at random UTF-16 indexes: pieces may be empty or split a surrogate pair. */
function randomSplit(text: string, random: () => number): string[] {
  const deltas: string[] = [];
  let position = 0;
  while (position < text.length) {
    const length = random() < 0.1 ? 0 : 1 + Math.floor(random() * (random() < 0.5 ? 3 : 12));
    deltas.push(text.slice(position, position + length));
    position += length;
  }
  return deltas;
}

interface StreamRun {
  releases: string[];
  findings: BannedWordFinding[];
  /** Largest amount of text held back after any push. */
  mostHeld: number;
  /** For each finding, how much text had been released before the call that reported it. */
  releasedBeforeFinding: number[];
}

function runStream(streamMatcher: BannedWordMatcher, deltas: string[]): StreamRun {
  const checker = createBannedWordStreamChecker(streamMatcher);
  const run: StreamRun = { releases: [], findings: [], mostHeld: 0, releasedBeforeFinding: [] };
  let pushed = 0;
  let released = 0;
  const record = (result: { release: string; findings: BannedWordFinding[] }): void => {
    for (const finding of result.findings) {
      run.findings.push(finding);
      run.releasedBeforeFinding.push(released);
    }
    run.releases.push(result.release);
    released += result.release.length;
  };
  for (const delta of deltas) {
    pushed += delta.length;
    record(checker.push(delta));
    run.mostHeld = Math.max(run.mostHeld, pushed - released);
  }
  record(checker.finish());
  return run;
}

describe('createBannedWordStreamChecker', () => {
  it('releases the whole text and finds what a whole-text search finds, for any split', () => {
    const random = createSeededRandom(20240531);
    // Units held: the longest word, the same again for a warn waiting on blocks, one unit of look-ahead and
    // one pending in the normalizer; each unit spans at most a few characters plus a run of separators.
    const heldBound = (2 * matcher.longestWordLength + 2) * (longestRemovedRun + 6);
    let findingCount = 0;
    for (let round = 0; round < 400; round++) {
      const text = randomText(random);
      const expected = matcher.find(text);
      findingCount += expected.length;
      for (let split = 0; split < 5; split++) {
        const deltas = split === 0 ? Array.from(text) : randomSplit(text, random);
        const run = runStream(matcher, deltas);
        expect(run.releases.join('')).toBe(text);
        expect(run.findings).toEqual(expected);
        run.findings.forEach((finding, index) => {
          // No text of a match goes out before the call that reports the match.
          expect(run.releasedBeforeFinding[index]).toBeLessThanOrEqual(finding.start);
        });
        expect(run.mostHeld).toBeLessThanOrEqual(heldBound);
      }
    }
    expect(findingCount).toBeGreaterThan(400);
  });

  it('stays live: ordinary text is released a few characters behind', () => {
    const checker = createBannedWordStreamChecker(matcher);
    const text = '오늘 회의에서 발표할 자료를 정리했습니다. 검토 부탁드립니다. '.repeat(50);
    let released = 0;
    let pushed = 0;
    for (const character of text) {
      pushed += character.length;
      released += checker.push(character).release.length;
      expect(pushed - released).toBeLessThanOrEqual(2 * (matcher.longestWordLength + 2));
    }
    expect(released + checker.finish().release.length).toBe(text.length);
  });

  it('reports a block word no later than its text, so the caller can cut the answer before it', () => {
    const checker = createBannedWordStreamChecker(matcher);
    let shown = '';
    let released = 0;
    for (const delta of ['네, 알겠습니다. ', '시', ' ', '발', ' 그리고 나머지']) {
      const result = checker.push(delta);
      const block = result.findings.find((finding) => finding.action === 'block');
      if (block !== undefined) {
        shown += result.release.slice(0, block.start - released);
        break;
      }
      shown += result.release;
      released += result.release.length;
    }
    expect(shown).toBe('네, 알겠습니다. ');
  });

  it('reports findings with spans relative to the whole stream', () => {
    const checker = createBannedWordStreamChecker(matcher);
    const findings = [
      ...checker.push('가나다라 ').findings,
      ...checker.push('바').findings,
      ...checker.push('보').findings,
      ...checker.finish().findings,
    ];
    expect(findings).toEqual([
      { listId: 'warn', listName: '주의', action: 'warn', word: '바보', start: 5, end: 7 },
    ]);
  });

  it('without words holds back only the last character, which may still take a combining mark', () => {
    const checker = createBannedWordStreamChecker(compileBannedWordLists([]));
    expect(checker.push('시발 e').release).toBe('시발 ');
    expect(checker.push('\u0301x').release).toBe('e\u0301');
    expect(checker.finish()).toEqual({ release: 'x', findings: [] });
  });

  it('refuses to be used after finish', () => {
    const checker = createBannedWordStreamChecker(matcher);
    checker.finish();
    expect(() => checker.push('a')).toThrow();
    expect(() => checker.finish()).toThrow();
  });
});
