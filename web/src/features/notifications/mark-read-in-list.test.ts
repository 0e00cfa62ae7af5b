import type { Notification } from '@jumugwan/contracts';
import { describe, expect, it } from 'vitest';
import { markReadInList } from './mark-read-in-list';

function notification(id: string, readAt: string | null): Notification {
  return {
    id,
    kind: 'budget_80',
    title: '예산 80% 사용',
    body: '정보통신과 월 예산의 80%를 썼습니다.',
    createdAt: '2026-11-30T01:00:00Z',
    readAt,
  };
}

const readAt = '2026-11-30T02:00:00Z';

describe('markReadInList', () => {
  const list = {
    notifications: [
      notification('a', null),
      notification('b', null),
      notification('c', '2026-11-29T00:00:00Z'),
    ],
    unread: 2,
  };

  it('marks one notification read and lowers the count', () => {
    const next = markReadInList(list, 'a', readAt);
    expect(next.unread).toBe(1);
    expect(next.notifications.map((entry) => entry.readAt)).toEqual([readAt, null, '2026-11-29T00:00:00Z']);
  });

  it('leaves the count alone for one already read', () => {
    expect(markReadInList(list, 'c', readAt)).toEqual(list);
  });

  it('marks everything read, including unread ones beyond the list', () => {
    const next = markReadInList({ ...list, unread: 7 }, null, readAt);
    expect(next.unread).toBe(0);
    expect(next.notifications.every((entry) => entry.readAt !== null)).toBe(true);
  });
});
