import { and, asc, count, eq, ilike, isNotNull, or, sql } from 'drizzle-orm';
import type { Database } from '../../platform/database/index.js';
import { departments, institutions, users } from '../../platform/database/schema.js';

export type InstitutionRow = typeof institutions.$inferSelect;
export type DepartmentRow = typeof departments.$inferSelect;
export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;
export type DepartmentKind = DepartmentRow['kind'];
export type Role = UserRow['role'];

export interface UserListQuery {
  institutionId: string;
  search?: string | undefined;
  /** Leave out people who left (the staff directory). */
  activeOnly?: boolean;
  offset: number;
  limit: number;
}

/** All SQL of institutions, departments and users. */
export class OrgRepository {
  constructor(private readonly db: Database) {}

  async ensureInstitution(code: string, name: string): Promise<InstitutionRow> {
    const existing = await this.db.select().from(institutions).where(eq(institutions.code, code));
    if (existing[0] !== undefined) return existing[0];
    await this.db.insert(institutions).values({ code, name }).onConflictDoNothing();
    const created = await this.db.select().from(institutions).where(eq(institutions.code, code));
    if (created[0] === undefined) throw new Error('institution was not created');
    return created[0];
  }

  async findInstitution(id: string): Promise<InstitutionRow | undefined> {
    const rows = await this.db.select().from(institutions).where(eq(institutions.id, id));
    return rows[0];
  }

  async listDepartments(institutionId: string): Promise<(DepartmentRow & { memberCount: number })[]> {
    const memberCounts = this.db
      .select({ departmentId: users.departmentId, members: count().as('members') })
      .from(users)
      .where(eq(users.active, true))
      .groupBy(users.departmentId)
      .as('member_counts');
    const rows = await this.db
      .select({
        department: departments,
        members: sql<number>`coalesce(${memberCounts.members}, 0)`.mapWith(Number),
      })
      .from(departments)
      .leftJoin(memberCounts, eq(memberCounts.departmentId, departments.id))
      .where(eq(departments.institutionId, institutionId))
      .orderBy(asc(departments.sortOrder), asc(departments.name));
    return rows.map((row) => ({ ...row.department, memberCount: row.members }));
  }

  async findDepartmentByCode(institutionId: string, code: string): Promise<DepartmentRow | undefined> {
    const rows = await this.db
      .select()
      .from(departments)
      .where(and(eq(departments.institutionId, institutionId), eq(departments.code, code)));
    return rows[0];
  }

  async findDepartment(id: string): Promise<DepartmentRow | undefined> {
    const rows = await this.db.select().from(departments).where(eq(departments.id, id));
    return rows[0];
  }

  async findUser(id: string): Promise<UserRow | undefined> {
    const rows = await this.db.select().from(users).where(eq(users.id, id));
    return rows[0];
  }

  async findUserByEmployeeNumber(
    institutionId: string,
    employeeNumber: string,
  ): Promise<UserRow | undefined> {
    const rows = await this.db
      .select()
      .from(users)
      .where(and(eq(users.institutionId, institutionId), eq(users.employeeNumber, employeeNumber)));
    return rows[0];
  }

  async findUserByUsername(username: string): Promise<UserRow | undefined> {
    const rows = await this.db.select().from(users).where(eq(users.username, username));
    return rows[0];
  }

  async insertUser(values: NewUserRow): Promise<UserRow> {
    const rows = await this.db.insert(users).values(values).returning();
    if (rows[0] === undefined) throw new Error('user was not inserted');
    return rows[0];
  }

  /** Two first requests of the same portal user can race; the loser reads the winner's row. */
  async insertEmployeeIfAbsent(values: NewUserRow & { employeeNumber: string }): Promise<UserRow> {
    await this.db
      .insert(users)
      .values(values)
      .onConflictDoNothing({ target: [users.institutionId, users.employeeNumber] });
    const row = await this.findUserByEmployeeNumber(values.institutionId, values.employeeNumber);
    if (row === undefined) throw new Error('user was not inserted');
    return row;
  }

  async updateUser(id: string, values: Partial<NewUserRow>): Promise<UserRow> {
    const rows = await this.db
      .update(users)
      .set({ ...values, updatedAt: sql`now()` })
      .where(eq(users.id, id))
      .returning();
    if (rows[0] === undefined) throw new Error('user was not updated');
    return rows[0];
  }

  async countActivePlatformAdmins(): Promise<number> {
    const rows = await this.db
      .select({ total: count() })
      .from(users)
      .where(and(eq(users.role, 'platform_admin'), eq(users.active, true)));
    return rows[0]?.total ?? 0;
  }

  async listUsers(
    query: UserListQuery,
  ): Promise<{ rows: (UserRow & { departmentName: string | null })[]; total: number }> {
    const conditions = [eq(users.institutionId, query.institutionId)];
    if (query.activeOnly === true) conditions.push(eq(users.active, true));
    const search = query.search?.trim();
    if (search !== undefined && search !== '') {
      const pattern = `%${search.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
      const matches = or(
        ilike(users.name, pattern),
        ilike(users.employeeNumber, pattern),
        ilike(users.email, pattern),
        ilike(users.username, pattern),
        ilike(departments.name, pattern),
      );
      if (matches !== undefined) conditions.push(matches);
    }
    const where = and(...conditions);
    const rows = await this.db
      .select({ user: users, departmentName: departments.name })
      .from(users)
      .leftJoin(departments, eq(departments.id, users.departmentId))
      .where(where)
      .orderBy(asc(users.name), asc(users.id))
      .offset(query.offset)
      .limit(query.limit);
    const totals = await this.db
      .select({ total: count() })
      .from(users)
      .leftJoin(departments, eq(departments.id, users.departmentId))
      .where(where);
    return {
      rows: rows.map((row) => ({ ...row.user, departmentName: row.departmentName })),
      total: totals[0]?.total ?? 0,
    };
  }

  async insertDepartment(values: typeof departments.$inferInsert): Promise<DepartmentRow> {
    const rows = await this.db.insert(departments).values(values).returning();
    if (rows[0] === undefined) throw new Error('department was not inserted');
    return rows[0];
  }

  async updateDepartment(id: string, values: Partial<typeof departments.$inferInsert>): Promise<void> {
    await this.db
      .update(departments)
      .set({ ...values, updatedAt: sql`now()` })
      .where(eq(departments.id, id));
  }

  /** Users that came from the HR system or the portal (they carry a 사번). */
  async listEmployeeUsers(institutionId: string): Promise<UserRow[]> {
    return this.db
      .select()
      .from(users)
      .where(and(eq(users.institutionId, institutionId), isNotNull(users.employeeNumber)));
  }

  /** Runs the callback in one transaction: an import either lands whole or not at all. */
  transaction<T>(work: (repository: OrgRepository) => Promise<T>): Promise<T> {
    return this.db.transaction((transaction) => work(new OrgRepository(transaction as unknown as Database)));
  }
}
