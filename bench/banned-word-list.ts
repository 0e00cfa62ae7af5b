import { RandomSource } from '../server/src/modules/guard/pii/eval/random-source.js';

/**
 * A 금칙어 list the size a city might keep: 3,000 made-up two- to four-syllable words, plus a few that do
 * occur in administrative prose, so matches are found and resolved too. Deterministic.
 */
export function bannedWordList(): string[] {
  const random = new RandomSource(3_000);
  const words = new Set<string>(['개인정보', '민감 정보', '비공개', '극비']);
  while (words.size < 3_000) {
    const length = 2 + Math.floor(random.next() * 3);
    let word = '';
    for (let index = 0; index < length; index++)
      word += String.fromCharCode(0xac00 + Math.floor(random.next() * 11_172));
    words.add(word);
  }
  return [...words];
}
