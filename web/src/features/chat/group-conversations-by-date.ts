import type { ConversationSummary } from '@jumugwan/contracts';

export type DateGroup = 'today' | 'yesterday' | 'lastWeek' | 'older';

export interface ConversationGroup {
  group: DateGroup;
  conversations: ConversationSummary[];
}

const dayInMilliseconds = 24 * 60 * 60 * 1000;

/** Sidebar sections by the local calendar day of the last activity; input order (newest first) is kept. */
export function groupConversationsByDate(
  conversations: readonly ConversationSummary[],
  now: Date,
): ConversationGroup[] {
  const startOfToday = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
  const groups = new Map<DateGroup, ConversationSummary[]>();
  for (const conversation of conversations) {
    const group = dateGroupOf(Date.parse(conversation.updatedAt), startOfToday);
    const members = groups.get(group) ?? [];
    members.push(conversation);
    groups.set(group, members);
  }
  const order: DateGroup[] = ['today', 'yesterday', 'lastWeek', 'older'];
  return order.flatMap((group) => {
    const members = groups.get(group);
    return members === undefined ? [] : [{ group, conversations: members }];
  });
}

function dateGroupOf(timestamp: number, startOfToday: number): DateGroup {
  // Unparseable dates and clock skew into the future both count as today rather than vanishing.
  if (Number.isNaN(timestamp) || timestamp >= startOfToday) {
    return 'today';
  }
  if (timestamp >= startOfToday - dayInMilliseconds) {
    return 'yesterday';
  }
  if (timestamp >= startOfToday - 7 * dayInMilliseconds) {
    return 'lastWeek';
  }
  return 'older';
}
