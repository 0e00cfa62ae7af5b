import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '../../platform/database/index.js';
import { departments, usageReports, users } from '../../platform/database/schema.js';

export type UsageReportRow = typeof usageReports.$inferSelect;
export type UsageReportListing = UsageReportRow & { userName: string; departmentName: string | null };

/** All SQL of the reports subscription holders submit. */
export class UsageReportRepository {
  constructor(private readonly db: Database) {}

  /** One report per person and month; submitting again replaces it. */
  async save(values: Omit<UsageReportRow, 'id' | 'submittedAt'>, at: Date): Promise<UsageReportRow> {
    const rows = await this.db
      .insert(usageReports)
      .values({ ...values, submittedAt: at })
      .onConflictDoUpdate({
        target: [usageReports.userId, usageReports.month],
        set: {
          calls: values.calls,
          costMicroWon: values.costMicroWon,
          topPurposes: values.topPurposes,
          caseDescription: values.caseDescription,
          submittedAt: at,
        },
      })
      .returning();
    const row = rows[0];
    if (row === undefined) throw new Error('usage report was not saved');
    return row;
  }

  async list(filter: { userId?: string; month?: string }): Promise<UsageReportListing[]> {
    const rows = await this.db
      .select({ report: usageReports, userName: users.name, departmentName: departments.name })
      .from(usageReports)
      .innerJoin(users, eq(users.id, usageReports.userId))
      .leftJoin(departments, eq(departments.id, users.departmentId))
      .where(
        and(
          filter.userId === undefined ? undefined : eq(usageReports.userId, filter.userId),
          filter.month === undefined ? undefined : eq(usageReports.month, filter.month),
        ),
      )
      .orderBy(desc(usageReports.month), desc(usageReports.submittedAt));
    return rows.map((row) => ({ ...row.report, userName: row.userName, departmentName: row.departmentName }));
  }
}
