import { and, count, desc, eq, gte, ilike, lt, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../platform/database/index.js';
import { auditEvents } from '../../platform/database/schema.js';

export type AuditEventRow = typeof auditEvents.$inferSelect;

export interface AuditFilter {
  /** Inclusive. */
  from?: Date;
  /** Exclusive. */
  to?: Date;
  action?: string;
  outcome?: AuditEventRow['outcome'];
  /** Part of the actor label, case-insensitive. */
  actor?: string;
}

/** Where the previous export batch stopped: `at` as PostgreSQL text keeps its microseconds. */
export interface AuditCursor {
  at: string;
  id: number;
}

function conditions(filter: AuditFilter): SQL | undefined {
  const parts: SQL[] = [];
  if (filter.from !== undefined) parts.push(gte(auditEvents.at, filter.from));
  if (filter.to !== undefined) parts.push(lt(auditEvents.at, filter.to));
  if (filter.action !== undefined) parts.push(eq(auditEvents.action, filter.action));
  if (filter.outcome !== undefined) parts.push(eq(auditEvents.outcome, filter.outcome));
  if (filter.actor !== undefined && filter.actor !== '') {
    const pattern = `%${filter.actor.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    parts.push(ilike(auditEvents.actorLabel, pattern));
  }
  return and(...parts);
}

export class AuditRepository {
  constructor(private readonly db: Database) {}

  async insert(values: typeof auditEvents.$inferInsert): Promise<void> {
    await this.db.insert(auditEvents).values(values);
  }

  /** Newest first. */
  async list(filter: AuditFilter, offset: number, limit: number): Promise<AuditEventRow[]> {
    return this.db
      .select()
      .from(auditEvents)
      .where(conditions(filter))
      .orderBy(desc(auditEvents.at), desc(auditEvents.id))
      .offset(offset)
      .limit(limit);
  }

  async count(filter: AuditFilter): Promise<number> {
    const rows = await this.db.select({ total: count() }).from(auditEvents).where(conditions(filter));
    return rows[0]?.total ?? 0;
  }

  /** Newest first from a cursor: an export reads in batches without skipping or repeating rows. */
  async listAfter(
    filter: AuditFilter,
    cursor: AuditCursor | null,
    limit: number,
  ): Promise<{ rows: AuditEventRow[]; next: AuditCursor | null }> {
    const where = and(
      conditions(filter),
      cursor === null
        ? undefined
        : sql`(${auditEvents.at}, ${auditEvents.id}) < (${cursor.at}::timestamptz, ${cursor.id})`,
    );
    const rows = await this.db
      .select({ event: auditEvents, atText: sql<string>`${auditEvents.at}::text` })
      .from(auditEvents)
      .where(where)
      .orderBy(desc(auditEvents.at), desc(auditEvents.id))
      .limit(limit);
    const last = rows.at(-1);
    return {
      rows: rows.map((row) => row.event),
      next: last === undefined || rows.length < limit ? null : { at: last.atText, id: last.event.id },
    };
  }
}
