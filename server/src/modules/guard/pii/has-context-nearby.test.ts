import { describe, expect, it } from 'vitest';
import { hasContextNearby } from './has-context-nearby.js';

describe('hasContextNearby', () => {
  it('looks only inside the window around the match', () => {
    const text = `여권 ${'가'.repeat(30)} M12345678`;
    const start = text.indexOf('M');
    expect(hasContextNearby(text, start, start + 9, /여권/)).toBe(false);
    expect(hasContextNearby(text, start, start + 9, /여권/, 40)).toBe(true);
  });

  it('looks after the match too', () => {
    expect(hasContextNearby('M12345678 (여권)', 0, 9, /여권/)).toBe(true);
  });
});
