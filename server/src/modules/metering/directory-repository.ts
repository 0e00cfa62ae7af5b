import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../platform/database/index.js';
import { apiKeys, departments, users } from '../../platform/database/schema.js';

export interface DepartmentLink {
  id: string;
  parentId: string | null;
  name: string;
}

/** What metering reads of the organisation: the department tree, names, and who owns budgets. */
export class DirectoryRepository {
  constructor(private readonly db: Database) {}

  departmentLinks(institutionId: string): Promise<DepartmentLink[]> {
    return this.db
      .select({ id: departments.id, parentId: departments.parentId, name: departments.name })
      .from(departments)
      .where(eq(departments.institutionId, institutionId));
  }

  async userNames(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .select({ id: users.id, name: users.name, employeeNumber: users.employeeNumber })
      .from(users)
      .where(inArray(users.id, [...ids]));
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  async apiKeyNames(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .select({ id: apiKeys.id, name: apiKeys.name })
      .from(apiKeys)
      .where(inArray(apiKeys.id, [...ids]));
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  async activeUserIdsWithRole(
    role: 'platform_admin' | 'department_admin',
    departmentId?: string,
  ): Promise<string[]> {
    const rows = await this.db
      .select({ id: users.id })
      .from(users)
      .where(
        and(
          eq(users.role, role),
          eq(users.active, true),
          departmentId === undefined ? undefined : eq(users.departmentId, departmentId),
        ),
      );
    return rows.map((row) => row.id);
  }
}
