import { purposePatternSources } from './classify-purpose.js';

/**
 * Deterministic random prompts for the equivalence test of `classifyPurpose`: the rules' own keywords
 * (so most rules match somewhere) mixed with Korean filler syllables, spaces, punctuation, digits, ASCII,
 * upper case and full-width letters, code fences and placeholders, some long enough to be read in two zones.
 */
export function randomPrompts(count: number, seed: number): string[] {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const prompts: string[] = [];
  for (let index = 0; index < count; index++) {
    const long = random() < 0.15;
    const pieceCount = Math.floor(random() * (long ? 120 : 14));
    let prompt = '';
    for (let piece = 0; piece < pieceCount; piece++) {
      const roll = random();
      if (roll < 0.4) prompt += pick(keywords);
      else if (roll < 0.55) prompt += pick(fillerSyllables);
      else if (roll < 0.7) prompt += pick(separators);
      else if (roll < 0.78) prompt += String(Math.floor(random() * 2000));
      else if (roll < 0.86) prompt += pick(asciiWords);
      else if (roll < 0.9) prompt += pick(keywords).toUpperCase();
      else if (roll < 0.93) prompt += toFullWidth(pick(asciiWords));
      else if (roll < 0.95) prompt += '```';
      else if (roll < 0.97) prompt += pick(['[이름_1]', '[주민등록번호_2]', '[ 전화번호 _ 13 ]']);
      else prompt += String.fromCharCode(0xac00 + Math.floor(random() * 11172));
    }
    prompts.push(prompt);
  }
  return prompts;
}

const keywords: readonly string[] = [
  ...new Set(purposePatternSources.flatMap((source) => source.match(/[가-힣ㄱ-ㅎ]+|[a-z]+/g) ?? [])),
];
const fillerSyllables: readonly string[] = Array.from(
  '가나다라마바사아자차카타파하는은을를이에서도고의로와과요해줘',
);
const separators: readonly string[] = [
  ' ',
  ' ',
  ' ',
  '  ',
  '\n',
  '\t',
  '.',
  ',',
  '!',
  '?',
  ':',
  ';',
  '|',
  '-',
  '---',
  '=',
  '$',
  '(',
  ')',
  '%',
  '~',
  '·',
];
const asciiWords: readonly string[] = [
  'the',
  'a',
  'me',
  'in',
  'to',
  'is',
  'what',
  'how',
  'select',
  'from',
  'def',
  'x',
  'ab1',
  'sum(',
  'hi',
  'test',
];

function toFullWidth(text: string): string {
  return text.replace(/[!-~]/g, (character) => String.fromCharCode(character.charCodeAt(0) + 0xfee0));
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}
