import { and, asc, eq, gte, sql } from 'drizzle-orm';
import type { Database } from '../../platform/database/index.js';
import {
  departments,
  subscriptionAssignments,
  subscriptionPlans,
  users,
} from '../../platform/database/schema.js';

export type PlanRow = typeof subscriptionPlans.$inferSelect;
export type PlanValues = Omit<PlanRow, 'id' | 'institutionId' | 'createdAt' | 'updatedAt'>;
export type AssignmentRow = typeof subscriptionAssignments.$inferSelect;

export interface AssignmentListing extends AssignmentRow {
  planName: string;
  userName: string;
  departmentName: string | null;
}

/** All SQL of subscription plans and who holds them. */
export class PlanRepository {
  constructor(private readonly db: Database) {}

  async list(institutionId: string, today: string): Promise<(PlanRow & { activeAssignments: number })[]> {
    const rows = await this.db
      .select({
        plan: subscriptionPlans,
        activeAssignments: sql<number>`(select count(*)::int from ${subscriptionAssignments} a where a.plan_id = "subscription_plans"."id" and a.starts_on <= ${today} and a.ends_on >= ${today})`,
      })
      .from(subscriptionPlans)
      .where(eq(subscriptionPlans.institutionId, institutionId))
      .orderBy(asc(subscriptionPlans.createdAt));
    return rows.map((row) => ({ ...row.plan, activeAssignments: row.activeAssignments }));
  }

  async find(id: string): Promise<PlanRow | undefined> {
    const rows = await this.db.select().from(subscriptionPlans).where(eq(subscriptionPlans.id, id));
    return rows[0];
  }

  async insert(institutionId: string, values: PlanValues): Promise<PlanRow> {
    const rows = await this.db
      .insert(subscriptionPlans)
      .values({ institutionId, ...values })
      .returning();
    const row = rows[0];
    if (row === undefined) throw new Error('plan was not saved');
    return row;
  }

  async update(id: string, values: PlanValues): Promise<PlanRow | null> {
    const rows = await this.db
      .update(subscriptionPlans)
      .set({ ...values, updatedAt: sql`now()` })
      .where(eq(subscriptionPlans.id, id))
      .returning();
    return rows[0] ?? null;
  }

  private listingQuery() {
    return this.db
      .select({
        assignment: subscriptionAssignments,
        planName: subscriptionPlans.name,
        userName: users.name,
        departmentName: departments.name,
      })
      .from(subscriptionAssignments)
      .innerJoin(subscriptionPlans, eq(subscriptionPlans.id, subscriptionAssignments.planId))
      .innerJoin(users, eq(users.id, subscriptionAssignments.userId))
      .leftJoin(departments, eq(departments.id, users.departmentId));
  }

  async listAssignments(planId: string): Promise<AssignmentListing[]> {
    const rows = await this.listingQuery()
      .where(eq(subscriptionAssignments.planId, planId))
      .orderBy(asc(users.name), asc(subscriptionAssignments.startsOn));
    return rows.map((row) => ({
      ...row.assignment,
      planName: row.planName,
      userName: row.userName,
      departmentName: row.departmentName,
    }));
  }

  async findAssignmentListing(id: string): Promise<AssignmentListing | undefined> {
    const rows = await this.listingQuery().where(eq(subscriptionAssignments.id, id));
    const row = rows[0];
    return row === undefined
      ? undefined
      : {
          ...row.assignment,
          planName: row.planName,
          userName: row.userName,
          departmentName: row.departmentName,
        };
  }

  /** Assignments that cover `today` or later: what the meter keeps in memory. */
  current(today: string): Promise<AssignmentRow[]> {
    return this.db.select().from(subscriptionAssignments).where(gte(subscriptionAssignments.endsOn, today));
  }

  async overlapping(userId: string, startsOn: string, endsOn: string): Promise<AssignmentRow[]> {
    return this.db
      .select()
      .from(subscriptionAssignments)
      .where(
        and(
          eq(subscriptionAssignments.userId, userId),
          sql`${subscriptionAssignments.startsOn} <= ${endsOn}`,
          sql`${subscriptionAssignments.endsOn} >= ${startsOn}`,
        ),
      );
  }

  async insertAssignment(values: typeof subscriptionAssignments.$inferInsert): Promise<AssignmentRow> {
    const rows = await this.db.insert(subscriptionAssignments).values(values).returning();
    const row = rows[0];
    if (row === undefined) throw new Error('assignment was not saved');
    return row;
  }

  async deleteAssignment(id: string): Promise<boolean> {
    const rows = await this.db
      .delete(subscriptionAssignments)
      .where(eq(subscriptionAssignments.id, id))
      .returning({ id: subscriptionAssignments.id });
    return rows.length > 0;
  }
}
