import { describe, expect, it } from 'vitest';
import { moveItem } from './move-item';

describe('moveItem', () => {
  const chain = ['gpt-4o', 'qwen2.5-72b', 'exaone-3.5'];

  it('moves up and down by one place', () => {
    expect(moveItem(chain, 1, -1)).toEqual(['qwen2.5-72b', 'gpt-4o', 'exaone-3.5']);
    expect(moveItem(chain, 1, 1)).toEqual(['gpt-4o', 'exaone-3.5', 'qwen2.5-72b']);
  });

  it('moves further when asked', () => {
    expect(moveItem(chain, 0, 2)).toEqual(['qwen2.5-72b', 'exaone-3.5', 'gpt-4o']);
  });

  it('keeps the order at either end and for a bad index', () => {
    expect(moveItem(chain, 0, -1)).toEqual(chain);
    expect(moveItem(chain, 2, 1)).toEqual(chain);
    expect(moveItem(chain, 5, -1)).toEqual(chain);
  });

  it('never changes the input', () => {
    const input = [...chain];
    moveItem(input, 0, 1);
    expect(input).toEqual(chain);
  });
});
