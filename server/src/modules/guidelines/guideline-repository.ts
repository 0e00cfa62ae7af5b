import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { GuidelineContent } from '@jumugwan/contracts';
import type { Database } from '../../platform/database/index.js';
import { guidelineAcknowledgements, guidelineVersions, users } from '../../platform/database/schema.js';

export type GuidelineVersionRow = typeof guidelineVersions.$inferSelect;
export type GuidelineAcknowledgementRow = typeof guidelineAcknowledgements.$inferSelect;

/** All SQL of the AI use guidelines: versions per institution and each person's acknowledgements. */
export class GuidelineRepository {
  constructor(private readonly db: Database) {}

  /** Writes version 1 unless the institution has it already: one statement, at every start. */
  async seedFirstVersion(institutionId: string, content: GuidelineContent): Promise<void> {
    await this.db
      .insert(guidelineVersions)
      .values({ institutionId, version: 1, content })
      .onConflictDoNothing();
  }

  async current(institutionId: string): Promise<GuidelineVersionRow | undefined> {
    const [row] = await this.db
      .select()
      .from(guidelineVersions)
      .where(eq(guidelineVersions.institutionId, institutionId))
      .orderBy(desc(guidelineVersions.version))
      .limit(1);
    return row;
  }

  async version(institutionId: string, version: number): Promise<GuidelineVersionRow | undefined> {
    const [row] = await this.db
      .select()
      .from(guidelineVersions)
      .where(and(eq(guidelineVersions.institutionId, institutionId), eq(guidelineVersions.version, version)));
    return row;
  }

  /** Newest first, without their content. */
  versions(
    institutionId: string,
  ): Promise<Pick<GuidelineVersionRow, 'version' | 'publishedAt' | 'publishedByName'>[]> {
    return this.db
      .select({
        version: guidelineVersions.version,
        publishedAt: guidelineVersions.publishedAt,
        publishedByName: guidelineVersions.publishedByName,
      })
      .from(guidelineVersions)
      .where(eq(guidelineVersions.institutionId, institutionId))
      .orderBy(desc(guidelineVersions.version));
  }

  /**
   * The next version, numbered in the same statement; two admins publishing at once collide on the unique
   * (institution, version) and the second gets undefined.
   */
  async publish(
    institutionId: string,
    content: GuidelineContent,
    publisher: { id: string; name: string },
    at: Date,
  ): Promise<GuidelineVersionRow | undefined> {
    const next = sql<number>`(select coalesce(max(${guidelineVersions.version}), 0) + 1 from ${guidelineVersions} where ${guidelineVersions.institutionId} = ${institutionId})`;
    const [row] = await this.db
      .insert(guidelineVersions)
      .values({
        institutionId,
        version: next,
        content,
        publishedBy: publisher.id,
        publishedByName: publisher.name,
        publishedAt: at,
      })
      .onConflictDoNothing()
      .returning();
    return row;
  }

  /** The person's most recent acknowledgement. */
  async latestAcknowledgement(userId: string): Promise<GuidelineAcknowledgementRow | undefined> {
    const [row] = await this.db
      .select()
      .from(guidelineAcknowledgements)
      .where(eq(guidelineAcknowledgements.userId, userId))
      .orderBy(desc(guidelineAcknowledgements.version))
      .limit(1);
    return row;
  }

  /** Records the acknowledgement once; acknowledging again keeps the first time. */
  async acknowledge(userId: string, version: number, at: Date): Promise<void> {
    await this.db
      .insert(guidelineAcknowledgements)
      .values({ userId, version, acknowledgedAt: at })
      .onConflictDoNothing();
  }

  /** Active people of the institution, and how many of them acknowledged the version. */
  async acknowledgementCounts(
    institutionId: string,
    version: number,
  ): Promise<{ activeUsers: number; acknowledged: number }> {
    const active = and(eq(users.institutionId, institutionId), eq(users.active, true));
    const [[everyone], [acknowledged]] = await Promise.all([
      this.db.select({ total: count() }).from(users).where(active),
      this.db
        .select({ total: count() })
        .from(guidelineAcknowledgements)
        .innerJoin(users, eq(users.id, guidelineAcknowledgements.userId))
        .where(and(active, eq(guidelineAcknowledgements.version, version))),
    ]);
    return { activeUsers: everyone?.total ?? 0, acknowledged: acknowledged?.total ?? 0 };
  }
}
