import type { Notification } from '@jumugwan/contracts';

export interface NotificationList {
  notifications: Notification[];
  unread: number;
}

/**
 * The list as it will be once the server has marked `notificationId` (or, with null, everything) read:
 * applied at once so the badge drops on click rather than at the next poll.
 */
export function markReadInList(
  list: NotificationList,
  notificationId: string | null,
  readAt: string,
): NotificationList {
  let newlyRead = 0;
  const notifications = list.notifications.map((notification) => {
    if (notification.readAt !== null || (notificationId !== null && notification.id !== notificationId)) {
      return notification;
    }
    newlyRead += 1;
    return { ...notification, readAt };
  });
  return {
    notifications,
    unread: notificationId === null ? 0 : Math.max(0, list.unread - newlyRead),
  };
}
