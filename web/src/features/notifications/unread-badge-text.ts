/** The number on the bell: nothing at 0, and 99+ so the badge keeps its size. */
export function unreadBadgeText(unread: number): string | null {
  if (unread <= 0) {
    return null;
  }
  return unread > 99 ? '99+' : String(unread);
}
