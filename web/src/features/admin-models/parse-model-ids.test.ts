import { describe, expect, it } from 'vitest';
import { parseModelIds } from './parse-model-ids';

describe('parseModelIds', () => {
  it('accepts commas, line breaks and stray spaces', () => {
    expect(parseModelIds('exaone-3.5, qwen2.5-72b\r\n\n  llama-3.1-8b ,')).toEqual([
      'exaone-3.5',
      'qwen2.5-72b',
      'llama-3.1-8b',
    ]);
  });

  it('drops repeats and blanks', () => {
    expect(parseModelIds('a,a,,b\n')).toEqual(['a', 'b']);
    expect(parseModelIds('  \n , ')).toEqual([]);
  });
});
