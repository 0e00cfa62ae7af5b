import { describe, expect, it } from 'vitest';
import { chatStorage } from './chat-storage';

describe('chatStorage', () => {
  it('reads retention none as a tab-only chat', () => {
    expect(chatStorage({ retention: 'none', retentionDays: null })).toEqual({ kind: 'tab-only' });
  });

  it('reads days:N with its number of days', () => {
    expect(chatStorage({ retention: 'days:30', retentionDays: 30 })).toEqual({ kind: 'days', days: 30 });
  });

  it('reads keep, and anything unexpected, as stored conversations', () => {
    expect(chatStorage({ retention: 'keep', retentionDays: null })).toEqual({ kind: 'keep' });
    expect(chatStorage({ retention: 'later', retentionDays: null })).toEqual({ kind: 'keep' });
  });
});
