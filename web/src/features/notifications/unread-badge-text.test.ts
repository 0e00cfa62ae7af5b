import { describe, expect, it } from 'vitest';
import { unreadBadgeText } from './unread-badge-text';

describe('unreadBadgeText', () => {
  it('shows nothing when all is read', () => {
    expect(unreadBadgeText(0)).toBeNull();
  });

  it('shows the count up to 99', () => {
    expect(unreadBadgeText(1)).toBe('1');
    expect(unreadBadgeText(99)).toBe('99');
    expect(unreadBadgeText(100)).toBe('99+');
  });
});
