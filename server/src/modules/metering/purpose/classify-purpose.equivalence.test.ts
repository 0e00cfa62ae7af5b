import { describe, expect, it } from 'vitest';
import { purposeCategories } from '@jumugwan/contracts';
import { classifyPurpose, deferPurpose, purposePatternSources } from './classify-purpose.js';
import { recordedCorpusCategories, recordedRandomCategories } from './classify-purpose.recorded.js';
import { randomPrompts } from './equivalence-inputs.js';
import { purposeCorpus } from './purpose-corpus.js';
import { requiredCharacters } from './required-characters.js';

// The spec prompts are pinned to their labels by classify-purpose.test.ts, which the implementation before
// the prefilter passed in full: for them, same label means same output.
describe('classifyPurpose with its prefilter returns what it returned before', () => {
  const differences = (texts: readonly string[], recorded: string): string[] =>
    texts.flatMap((text, index) => {
      const before = purposeCategories[Number(recorded[index])];
      const after = classifyPurpose(text);
      return after === before ? [] : [`${JSON.stringify(text)}: ${String(before)} → ${after}`];
    });

  it('on the corpus', () => {
    expect(recordedCorpusCategories).toHaveLength(purposeCorpus.length);
    expect(
      differences(
        purposeCorpus.map(({ text }) => text),
        recordedCorpusCategories,
      ),
    ).toEqual([]);
  });

  it('on 20,000 random prompts built from the rules’ keywords', () => {
    const prompts = randomPrompts(20_000, 20_240_601);
    expect(recordedRandomCategories).toHaveLength(prompts.length);
    expect(differences(prompts, recordedRandomCategories)).toEqual([]);
  });
});

describe('deferPurpose', () => {
  it('decides what classifyPurpose decides, long pastes and code fences included', () => {
    const fence = '```';
    const texts = [
      ...purposeCorpus.map(({ text }) => text),
      ...randomPrompts(2_000, 11),
      `${'참고 자료입니다. '.repeat(80)}위 내용을 세 줄로 요약해줘`,
      `다음 코드를 설명해줘\n${fence}ts\n${'const value = 1;\n'.repeat(40)}${fence}\n영어로 번역해줘`,
      `${fence}\n${'번역 '.repeat(60)}`,
      // A lone surrogate (a cut emoji) survives the copy of the zones.
      `${'가'.repeat(300)}\uD83D 영어로 번역해줘 \uDE00`,
    ];
    for (const text of texts) expect(deferPurpose(text)(), text).toBe(classifyPurpose(text));
  });
});

describe('requiredCharacters', () => {
  it('holds for every rule: a text that matches contains one of the characters', () => {
    const prompts = randomPrompts(20_000, 7);
    for (const source of purposePatternSources) {
      const characters = requiredCharacters(source);
      if (characters === null) continue;
      const pattern = new RegExp(source);
      for (const prompt of prompts) {
        const text = prompt.normalize('NFKC').toLowerCase();
        const match = pattern.exec(text);
        if (match === null) continue;
        expect(
          Array.from(characters).some((character) => match[0].includes(character)),
          `${source} on ${text}`,
        ).toBe(true);
      }
    }
  });

  it('proves nothing for patterns that may match without a fixed character', () => {
    expect(requiredCharacters('a?b*')).toBeNull();
    expect(requiredCharacters('ab|c?')).toBeNull();
    expect(requiredCharacters('[^a]x{0,2}')).toBeNull();
    expect(requiredCharacters('(?=a)\\s\\w.')).toBeNull();
    expect(requiredCharacters('(?<!a)b(?!c)')).toBe('b');
    expect(requiredCharacters('(?:xy|z)+')).toBe('xz');
    expect(requiredCharacters('\\$[a-c]')).toBe('$');
    expect(requiredCharacters('[0-9]{1,3}')).toBe('0123456789');
  });
});
