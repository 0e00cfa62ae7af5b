import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../platform/database/index.js';
import { notifications } from '../../platform/database/schema.js';

export type NotificationRow = typeof notifications.$inferSelect;
export type NotificationValues = Pick<NotificationRow, 'userId' | 'kind' | 'title' | 'body'>;

/** All SQL of the header's notifications. */
export class NotificationRepository {
  constructor(private readonly db: Database) {}

  async insertMany(values: readonly NotificationValues[]): Promise<void> {
    if (values.length === 0) return;
    await this.db.insert(notifications).values([...values]);
  }

  listFor(userId: string, limit: number): Promise<NotificationRow[]> {
    return this.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, userId))
      .orderBy(desc(notifications.createdAt))
      .limit(limit);
  }

  async unreadCount(userId: string): Promise<number> {
    const rows = await this.db
      .select({ count: sql<number>`count(*)::int` })
      .from(notifications)
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
    return rows[0]?.count ?? 0;
  }

  async markRead(userId: string, id: string | null, at: Date): Promise<number> {
    const rows = await this.db
      .update(notifications)
      .set({ readAt: at })
      .where(
        and(
          eq(notifications.userId, userId),
          isNull(notifications.readAt),
          id === null ? undefined : eq(notifications.id, id),
        ),
      )
      .returning({ id: notifications.id });
    return rows.length;
  }
}
