import { notificationListSchema } from '@jumugwan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiJson, apiNoContent } from '../../api/api-request';

const pollMilliseconds = 60_000;

/** The signed-in person's budget and soft-cap alerts; polled so an 80 % alert shows up without a reload. */
export const notificationListQuery = queryOptions({
  queryKey: ['notifications'],
  queryFn: ({ signal }) => apiJson('/api/notifications', notificationListSchema, { signal }),
  refetchInterval: pollMilliseconds,
  // Coming back to the tab is when someone looks for news; the app turns this off by default.
  refetchOnWindowFocus: true,
});

export function markNotificationRead(notificationId: string): Promise<void> {
  return apiNoContent(`/api/notifications/${encodeURIComponent(notificationId)}/read`, { method: 'POST' });
}

export function markAllNotificationsRead(): Promise<void> {
  return apiNoContent('/api/notifications/read-all', { method: 'POST' });
}
