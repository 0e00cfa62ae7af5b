import { describe, expect, it } from 'vitest';
import { elapsedSeconds } from './elapsed-seconds';

describe('elapsedSeconds', () => {
  it('counts whole seconds', () => {
    expect(elapsedSeconds(1_000, 1_000)).toBe(0);
    expect(elapsedSeconds(1_000, 2_999)).toBe(1);
    expect(elapsedSeconds(1_000, 62_000)).toBe(61);
  });

  it('is never negative when the clock reading is older than the start', () => {
    expect(elapsedSeconds(5_000, 4_000)).toBe(0);
  });
});
