import type { CurrentUser, Department, ImportResult, UserSummary } from '@jumugwan/contracts';
import type { PortalIdentity } from '../auth/portal-sso.js';
import { parseDepartmentsCsv, parseUsersCsv } from './import/index.js';
import type { InstitutionRow, OrgRepository, Role, UserRow } from './org-repository.js';

/** Institutions, the department tree and users; imports from HR CSV files. */
export class OrgService {
  constructor(
    private readonly repository: OrgRepository,
    readonly institution: InstitutionRow,
  ) {}

  findUser(id: string): Promise<UserRow | undefined> {
    return this.repository.findUser(id);
  }

  findUserByUsername(username: string): Promise<UserRow | undefined> {
    return this.repository.findUserByUsername(username);
  }

  countActivePlatformAdmins(): Promise<number> {
    return this.repository.countActivePlatformAdmins();
  }

  recordSignIn(userId: string, at: Date): Promise<UserRow> {
    return this.repository.updateUser(userId, { lastSignInAt: at });
  }

  createLocalUser(input: {
    username: string;
    name: string;
    passwordHash: string;
    role: Role;
  }): Promise<UserRow> {
    return this.repository.insertUser({ ...input, institutionId: this.institution.id, source: 'local' });
  }

  /**
   * "계정 삭제": accounts are deactivated, never deleted, so usage, audit rows and budgets keep their person.
   * Undefined when the user is not of this institution.
   */
  async deactivateUser(id: string): Promise<UserRow | undefined> {
    const user = await this.repository.findUser(id);
    if (user?.institutionId !== this.institution.id) return undefined;
    return user.active ? this.repository.updateUser(id, { active: false }) : user;
  }

  /** A first portal visit creates the user; later visits bring name and department up to date. */
  async upsertPortalUser(identity: PortalIdentity): Promise<UserRow> {
    const department =
      identity.departmentCode === null
        ? undefined
        : await this.repository.findDepartmentByCode(this.institution.id, identity.departmentCode);
    const departmentId = department?.id ?? null;
    const existing = await this.repository.findUserByEmployeeNumber(
      this.institution.id,
      identity.employeeNumber,
    );
    if (existing === undefined) {
      return this.repository.insertEmployeeIfAbsent({
        institutionId: this.institution.id,
        employeeNumber: identity.employeeNumber,
        name: identity.name,
        departmentId,
        source: 'sso',
      });
    }
    // An unknown department code from the portal keeps the department the org chart gave.
    const nextDepartmentId =
      identity.departmentCode === null || department !== undefined ? departmentId : existing.departmentId;
    if (existing.name === identity.name && existing.departmentId === nextDepartmentId) return existing;
    return this.repository.updateUser(existing.id, { name: identity.name, departmentId: nextDepartmentId });
  }

  async presentCurrentUser(user: UserRow): Promise<CurrentUser> {
    const department =
      user.departmentId === null ? undefined : await this.repository.findDepartment(user.departmentId);
    return {
      id: user.id,
      name: user.name,
      employeeNumber: user.employeeNumber,
      username: user.username,
      rank: user.rank,
      email: user.email,
      role: user.role,
      department:
        department === undefined ? null : { id: department.id, code: department.code, name: department.name },
      institution: { code: this.institution.code, name: this.institution.name },
    };
  }

  async listDepartments(): Promise<Department[]> {
    const rows = await this.repository.listDepartments(this.institution.id);
    return rows.map((row) => ({
      id: row.id,
      code: row.code,
      name: row.name,
      parentId: row.parentId,
      kind: row.kind,
      sortOrder: row.sortOrder,
      active: row.active,
      memberCount: row.memberCount,
    }));
  }

  async listUsers(query: {
    search?: string | undefined;
    activeOnly?: boolean;
    offset: number;
    limit: number;
  }): Promise<{ users: UserSummary[]; total: number }> {
    const { rows, total } = await this.repository.listUsers({ institutionId: this.institution.id, ...query });
    return {
      total,
      users: rows.map((row) => ({
        id: row.id,
        employeeNumber: row.employeeNumber,
        username: row.username,
        name: row.name,
        rank: row.rank,
        email: row.email,
        role: row.role,
        active: row.active,
        source: row.source,
        departmentId: row.departmentId,
        departmentName: row.departmentName,
        lastSignInAt: row.lastSignInAt?.toISOString() ?? null,
      })),
    };
  }

  /** Departments CSV: all or nothing. Departments missing from the file are deactivated, never deleted. */
  async importDepartments(bytes: Uint8Array): Promise<ImportResult> {
    const parsed = parseDepartmentsCsv(bytes);
    if (!parsed.ok) return { ok: false, encoding: parsed.encoding, errors: parsed.errors };
    const institutionId = this.institution.id;
    return this.repository.transaction(async (repository) => {
      const existing = new Map(
        (await repository.listDepartments(institutionId)).map((row) => [row.code, row]),
      );
      const idsByCode = new Map<string, string>();
      let created = 0;
      let updated = 0;
      let unchanged = 0;
      for (const department of parsed.departments) {
        const current = existing.get(department.code);
        if (current === undefined) {
          const inserted = await repository.insertDepartment({
            institutionId,
            code: department.code,
            name: department.name,
            kind: department.kind,
            sortOrder: department.sortOrder,
          });
          idsByCode.set(department.code, inserted.id);
          created += 1;
        } else {
          idsByCode.set(department.code, current.id);
        }
      }
      for (const department of parsed.departments) {
        const id = idsByCode.get(department.code);
        if (id === undefined) continue;
        const parentId =
          department.parentCode === null ? null : (idsByCode.get(department.parentCode) ?? null);
        const current = existing.get(department.code);
        if (current === undefined) {
          if (parentId !== null) await repository.updateDepartment(id, { parentId });
          continue;
        }
        const same =
          current.name === department.name &&
          current.kind === department.kind &&
          current.sortOrder === department.sortOrder &&
          current.parentId === parentId &&
          current.active;
        if (same) {
          unchanged += 1;
          continue;
        }
        await repository.updateDepartment(id, {
          name: department.name,
          kind: department.kind,
          sortOrder: department.sortOrder,
          parentId,
          active: true,
        });
        updated += 1;
      }
      let deactivated = 0;
      for (const [code, row] of existing) {
        if (idsByCode.has(code) || !row.active) continue;
        await repository.updateDepartment(row.id, { active: false });
        deactivated += 1;
      }
      return { ok: true, encoding: parsed.encoding, created, updated, deactivated, unchanged };
    });
  }

  /**
   * Users CSV: all or nothing. Staff from the HR system who are missing from the file have left: they are
   * deactivated (and signed out), never deleted, so their history stays. Local accounts are not touched.
   */
  async importUsers(bytes: Uint8Array): Promise<ImportResult & { deactivatedUserIds?: string[] }> {
    const institutionId = this.institution.id;
    const departments = await this.repository.listDepartments(institutionId);
    const activeDepartments = departments.filter((department) => department.active);
    const departmentIds = new Map(activeDepartments.map((department) => [department.code, department.id]));
    const parsed = parseUsersCsv(bytes, new Set(departmentIds.keys()));
    if (!parsed.ok) return { ok: false, encoding: parsed.encoding, errors: parsed.errors };
    return this.repository.transaction(async (repository) => {
      const existing = new Map(
        (await repository.listEmployeeUsers(institutionId)).map((row) => [row.employeeNumber ?? '', row]),
      );
      let created = 0;
      let updated = 0;
      let unchanged = 0;
      const seen = new Set<string>();
      for (const user of parsed.users) {
        seen.add(user.employeeNumber);
        const departmentId = departmentIds.get(user.departmentCode) ?? null;
        const values = {
          name: user.name,
          rank: user.rank,
          departmentId,
          email: user.email,
          role: user.role,
          active: true,
        };
        const current = existing.get(user.employeeNumber);
        if (current === undefined) {
          await repository.insertUser({
            ...values,
            institutionId,
            employeeNumber: user.employeeNumber,
            source: 'import',
          });
          created += 1;
          continue;
        }
        const same =
          current.name === values.name &&
          current.rank === values.rank &&
          current.departmentId === values.departmentId &&
          current.email === values.email &&
          current.role === values.role &&
          current.active;
        if (same) {
          unchanged += 1;
          continue;
        }
        await repository.updateUser(current.id, values);
        updated += 1;
      }
      const deactivatedUserIds: string[] = [];
      for (const [employeeNumber, row] of existing) {
        if (seen.has(employeeNumber) || !row.active) continue;
        await repository.updateUser(row.id, { active: false });
        deactivatedUserIds.push(row.id);
      }
      return {
        ok: true,
        encoding: parsed.encoding,
        created,
        updated,
        deactivated: deactivatedUserIds.length,
        unchanged,
        deactivatedUserIds,
      };
    });
  }
}
