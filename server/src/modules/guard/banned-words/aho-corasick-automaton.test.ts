import { describe, expect, it } from 'vitest';
import { AhoCorasickAutomaton } from './aho-corasick-automaton.js';
import { createSeededRandom } from './seeded-random.js';

/** Every (pattern, end) occurrence, by following output links after each unit. */
function occurrences(automaton: AhoCorasickAutomaton, text: string): string[] {
  const found: string[] = [];
  let node = 0;
  for (let index = 0; index < text.length; index++) {
    node = automaton.next(node, text.charCodeAt(index));
    const own = automaton.patternAt[node] ?? -1;
    if (own >= 0) found.push(`${own}@${index + 1}`);
    for (let link = automaton.outputLink[node] ?? -1; link >= 0; link = automaton.outputLink[link] ?? -1) {
      found.push(`${automaton.patternAt[link] ?? -1}@${index + 1}`);
    }
  }
  return found.sort();
}

function naiveOccurrences(patterns: string[], text: string): string[] {
  const found: string[] = [];
  patterns.forEach((pattern, patternIndex) => {
    for (let start = text.indexOf(pattern); start >= 0; start = text.indexOf(pattern, start + 1)) {
      found.push(`${patternIndex}@${start + pattern.length}`);
    }
  });
  return found.sort();
}

describe('AhoCorasickAutomaton', () => {
  it('finds every occurrence of overlapping patterns, like a naive search', () => {
    const random = createSeededRandom(7);
    const alphabet = 'ab시발';
    const pick = (length: number): string =>
      Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)] ?? 'a').join('');
    for (let round = 0; round < 200; round++) {
      const patterns = [
        ...new Set(
          Array.from({ length: 1 + Math.floor(random() * 8) }, () => pick(1 + Math.floor(random() * 5))),
        ),
      ];
      const text = pick(Math.floor(random() * 60)) + 'x' + pick(10);
      expect(occurrences(AhoCorasickAutomaton.build(patterns), text)).toEqual(
        naiveOccurrences(patterns, text),
      );
    }
  });

  it('matches nothing without patterns', () => {
    expect(occurrences(AhoCorasickAutomaton.build([]), 'abc')).toEqual([]);
  });
});
