import { describe, expect, it } from 'vitest';
import { timeSaved } from './time-saved';

describe('timeSaved', () => {
  it('says how many minutes and what share of the time before were saved', () => {
    expect(timeSaved(120, 30)).toEqual({ minutes: 90, percent: 75 });
    expect(timeSaved(90, 60)).toEqual({ minutes: 30, percent: 33 });
  });

  it('is null until both times are known', () => {
    expect(timeSaved(null, 30)).toBeNull();
    expect(timeSaved(60, null)).toBeNull();
  });

  it('gives no share of nothing, and a negative saving when it took longer', () => {
    expect(timeSaved(0, 0)).toEqual({ minutes: 0, percent: null });
    expect(timeSaved(30, 45)).toEqual({ minutes: -15, percent: -50 });
  });
});
