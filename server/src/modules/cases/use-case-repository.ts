import { and, asc, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { UseCaseListQuery, UseCaseStatus } from '@jumugwan/contracts';
import type { Database } from '../../platform/database/index.js';
import { assistants, departments, useCaseLikes, useCases, users } from '../../platform/database/schema.js';
import { departmentsAbove, departmentsUnder } from './departments-under.js';

export type UseCaseRow = typeof useCases.$inferSelect;
export type NewUseCase = Pick<
  typeof useCases.$inferInsert,
  | 'institutionId'
  | 'authorUserId'
  | 'authorName'
  | 'departmentId'
  | 'title'
  | 'task'
  | 'category'
  | 'assistantId'
  | 'prompt'
  | 'minutesBefore'
  | 'minutesAfter'
  | 'result'
  | 'status'
>;
export type UseCaseContent = Pick<
  NewUseCase,
  'title' | 'task' | 'category' | 'assistantId' | 'prompt' | 'minutesBefore' | 'minutesAfter' | 'result'
>;

/** A case with what its pages show beside it: the department's name and the assistant used. */
export interface UseCaseRecord extends UseCaseRow {
  departmentName: string | null;
  assistant: { id: string; name: string; icon: string } | null;
}

export interface UseCaseSummaryRow {
  id: string;
  title: string;
  task: string;
  category: string;
  status: UseCaseStatus;
  authorName: string;
  departmentName: string | null;
  minutesBefore: number | null;
  minutesAfter: number | null;
  likeCount: number;
  commentCount: number;
  likedByMe: boolean;
  publishedAt: Date | null;
  updatedAt: Date;
}

/** Which cases a list shows, decided by the service from the caller's role. */
export type UseCaseScope =
  | { kind: 'published' }
  | { kind: 'author'; userId: string }
  | { kind: 'review'; departmentId: string | null };

/** All SQL of the use-case book's cases. */
export class UseCaseRepository {
  constructor(private readonly db: Database) {}

  async insert(values: NewUseCase): Promise<string> {
    const [row] = await this.db.insert(useCases).values(values).returning({ id: useCases.id });
    if (row === undefined) throw new Error('use case insert returned nothing');
    return row.id;
  }

  async find(institutionId: string, id: string): Promise<UseCaseRecord | undefined> {
    const [row] = await this.db
      .select({
        useCase: useCases,
        departmentName: departments.name,
        assistantId: assistants.id,
        assistantName: assistants.name,
        assistantIcon: assistants.icon,
      })
      .from(useCases)
      .leftJoin(departments, eq(departments.id, useCases.departmentId))
      .leftJoin(assistants, eq(assistants.id, useCases.assistantId))
      .where(and(eq(useCases.id, id), eq(useCases.institutionId, institutionId)));
    if (row === undefined) return undefined;
    return {
      ...row.useCase,
      departmentName: row.departmentName,
      assistant:
        row.assistantId === null
          ? null
          : { id: row.assistantId, name: row.assistantName ?? '', icon: row.assistantIcon ?? '' },
    };
  }

  /** Cases by id in the given order, unknown ids left out (the case book). */
  async findMany(institutionId: string, ids: readonly string[]): Promise<UseCaseRecord[]> {
    const found = await Promise.all(ids.map((id) => this.find(institutionId, id)));
    return found.filter((record) => record !== undefined);
  }

  async update(
    id: string,
    values: Partial<UseCaseContent> & {
      status?: UseCaseStatus;
      departmentId?: string | null;
      reviewNote?: string | null;
      reviewedBy?: string | null;
      reviewedAt?: Date | null;
      publishedAt?: Date | null;
    },
    at: Date,
  ): Promise<void> {
    await this.db
      .update(useCases)
      .set({ ...values, updatedAt: at })
      .where(eq(useCases.id, id));
  }

  /**
   * Moves a case from one status to another only if it is still in the first: two reviewers deciding at once
   * cannot both win. False when the case had moved on.
   */
  async transition(
    id: string,
    from: UseCaseStatus,
    values: Parameters<UseCaseRepository['update']>[1] & { status: UseCaseStatus },
    at: Date,
  ): Promise<boolean> {
    const rows = await this.db
      .update(useCases)
      .set({ ...values, updatedAt: at })
      .where(and(eq(useCases.id, id), eq(useCases.status, from)))
      .returning({ id: useCases.id });
    return rows.length > 0;
  }

  async delete(id: string): Promise<void> {
    await this.db.delete(useCases).where(eq(useCases.id, id));
  }

  /** Whether the department is the reviewer's own or one below it. */
  async isUnder(departmentId: string, reviewerDepartmentId: string): Promise<boolean> {
    const rows = await this.db
      .select({ id: departments.id })
      .from(departments)
      .where(
        and(
          eq(departments.id, departmentId),
          sql`${departments.id} in ${departmentsUnder(reviewerDepartmentId)}`,
        ),
      );
    return rows.length > 0;
  }

  /**
   * Who reviews cases of the department: its active department admins and those of the departments above
   * it; the platform admins when there are none (or the case has no department).
   */
  async reviewerIds(institutionId: string, departmentId: string | null): Promise<string[]> {
    const active = and(eq(users.institutionId, institutionId), eq(users.active, true));
    if (departmentId !== null) {
      const departmentAdmins = await this.db
        .select({ id: users.id })
        .from(users)
        .where(
          and(
            active,
            eq(users.role, 'department_admin'),
            sql`${users.departmentId} in ${departmentsAbove(departmentId)}`,
          ),
        );
      if (departmentAdmins.length > 0) return departmentAdmins.map((row) => row.id);
    }
    const platformAdmins = await this.db
      .select({ id: users.id })
      .from(users)
      .where(and(active, eq(users.role, 'platform_admin')));
    return platformAdmins.map((row) => row.id);
  }

  async list(
    institutionId: string,
    viewerId: string,
    scope: UseCaseScope,
    query: UseCaseListQuery,
  ): Promise<{ rows: UseCaseSummaryRow[]; total: number }> {
    const where = and(eq(useCases.institutionId, institutionId), scopeCondition(scope), ...filters(query));
    const likedByMe = sql<boolean>`exists (select 1 from ${useCaseLikes} where ${useCaseLikes.caseId} = ${useCases.id} and ${useCaseLikes.userId} = ${viewerId})`;
    const [rows, totals] = await Promise.all([
      this.db
        .select({
          id: useCases.id,
          title: useCases.title,
          task: useCases.task,
          category: useCases.category,
          status: useCases.status,
          authorName: useCases.authorName,
          departmentName: departments.name,
          minutesBefore: useCases.minutesBefore,
          minutesAfter: useCases.minutesAfter,
          likeCount: useCases.likeCount,
          commentCount: useCases.commentCount,
          likedByMe,
          publishedAt: useCases.publishedAt,
          updatedAt: useCases.updatedAt,
        })
        .from(useCases)
        .leftJoin(departments, eq(departments.id, useCases.departmentId))
        .where(where)
        .orderBy(...ordering(query.sort, scope), asc(useCases.id))
        .limit(query.limit)
        .offset(query.offset),
      this.db
        .select({ total: sql<number>`count(*)::int` })
        .from(useCases)
        .where(where),
    ]);
    return { rows, total: totals[0]?.total ?? 0 };
  }
}

function scopeCondition(scope: UseCaseScope): SQL | undefined {
  if (scope.kind === 'published') return eq(useCases.status, 'published');
  if (scope.kind === 'author') return eq(useCases.authorUserId, scope.userId);
  // null: a platform admin, who reviews every department's cases.
  const submitted = eq(useCases.status, 'submitted');
  return scope.departmentId === null
    ? submitted
    : and(submitted, sql`${useCases.departmentId} in ${departmentsUnder(scope.departmentId)}`);
}

function filters(query: UseCaseListQuery): (SQL | undefined)[] {
  const conditions: (SQL | undefined)[] = [];
  if (query.category !== undefined) conditions.push(eq(useCases.category, query.category));
  if (query.departmentId !== undefined) conditions.push(eq(useCases.departmentId, query.departmentId));
  if (query.q !== undefined && query.q !== '') {
    const pattern = `%${query.q.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    conditions.push(
      or(
        ilike(useCases.title, pattern),
        ilike(useCases.task, pattern),
        ilike(useCases.result, pattern),
        ilike(useCases.prompt, pattern),
      ),
    );
  }
  return conditions;
}

function ordering(sort: UseCaseListQuery['sort'], scope: UseCaseScope): SQL[] {
  const recent =
    scope.kind === 'published' ? sql`${useCases.publishedAt} desc nulls last` : desc(useCases.updatedAt);
  if (sort === 'likes') return [desc(useCases.likeCount), recent];
  if (sort === 'saved_time') {
    return [sql`(${useCases.minutesBefore} - ${useCases.minutesAfter}) desc nulls last`, recent];
  }
  return [recent];
}
