import type { ConversationSummary } from '@jumugwan/contracts';
import { describe, expect, it } from 'vitest';
import { groupConversationsByDate } from './group-conversations-by-date';

function conversation(id: string, updatedAt: Date): ConversationSummary {
  const iso = updatedAt.toISOString();
  return {
    id,
    title: id,
    model: null,
    sensitivity: 'normal',
    assistant: null,
    createdAt: iso,
    updatedAt: iso,
  };
}

describe('groupConversationsByDate', () => {
  const now = new Date(2025, 2, 10, 9, 30);

  it('buckets by local calendar day and keeps the order inside a bucket', () => {
    const list = [
      conversation('a', new Date(2025, 2, 10, 9, 0)),
      conversation('b', new Date(2025, 2, 10, 0, 5)),
      conversation('c', new Date(2025, 2, 9, 23, 59)),
      conversation('d', new Date(2025, 2, 4, 12, 0)),
      conversation('e', new Date(2025, 1, 1, 12, 0)),
    ];
    expect(
      groupConversationsByDate(list, now).map((group) => [
        group.group,
        group.conversations.map((item) => item.id),
      ]),
    ).toEqual([
      ['today', ['a', 'b']],
      ['yesterday', ['c']],
      ['lastWeek', ['d']],
      ['older', ['e']],
    ]);
  });

  it('omits empty groups', () => {
    expect(groupConversationsByDate([], now)).toEqual([]);
    expect(groupConversationsByDate([conversation('x', new Date(2024, 0, 1))], now)).toEqual([
      { group: 'older', conversations: [expect.objectContaining({ id: 'x' })] },
    ]);
  });
});
