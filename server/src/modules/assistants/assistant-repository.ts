import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { AssistantDefinition } from '@jumugwan/contracts';
import type { Database } from '../../platform/database/index.js';
import {
  assistantMembers,
  assistants,
  assistantVersions,
  departments,
  knowledgeCollections,
  users,
} from '../../platform/database/schema.js';

export type AssistantRow = typeof assistants.$inferSelect;
export type NewAssistantRow = typeof assistants.$inferInsert;
export type AssistantVersionRow = typeof assistantVersions.$inferSelect;
export type MemberRole = 'user' | 'editor';

export interface NewVersion {
  kind: AssistantVersionRow['kind'];
  restoredFrom: number | null;
  definition: AssistantDefinition;
  note: string;
  editedBy: string | null;
  editorName: string | null;
}

export interface MemberRow {
  userId: string;
  role: MemberRole;
  name: string;
  departmentName: string | null;
}

/** The sharing columns of an assistant row and its members, replaced together. */
export interface SharingRow {
  visibility: AssistantRow['visibility'];
  shareDepartmentId: string | null;
  includeSubdepartments: boolean;
  members: { userId: string; role: MemberRole }[];
}

/** The columns denormalised from the current version for the gallery. */
function listedFields(definition: AssistantDefinition) {
  return { name: definition.name, icon: definition.icon, category: definition.category };
}

/** Assistants, their versions and members; the access rule is applied by the callers. */
export class AssistantRepository {
  constructor(private readonly db: Database) {}

  async find(id: string): Promise<AssistantRow | undefined> {
    const [row] = await this.db.select().from(assistants).where(eq(assistants.id, id));
    return row;
  }

  async membershipOf(assistantId: string, userId: string): Promise<MemberRole | null> {
    const [row] = await this.db
      .select({ role: assistantMembers.role })
      .from(assistantMembers)
      .where(and(eq(assistantMembers.assistantId, assistantId), eq(assistantMembers.userId, userId)));
    return row?.role ?? null;
  }

  async create(
    assistant: Omit<NewAssistantRow, 'name' | 'icon' | 'category' | 'currentVersion'>,
    sharing: SharingRow,
    first: NewVersion,
  ): Promise<string> {
    return this.db.transaction(async (transaction) => {
      const [row] = await transaction
        .insert(assistants)
        .values({
          ...assistant,
          visibility: sharing.visibility,
          shareDepartmentId: sharing.shareDepartmentId,
          includeSubdepartments: sharing.includeSubdepartments,
          ...listedFields(first.definition),
          currentVersion: 1,
        })
        .returning({ id: assistants.id });
      if (row === undefined) throw new Error('assistant insert returned nothing');
      await transaction.insert(assistantVersions).values({ assistantId: row.id, number: 1, ...first });
      if (sharing.members.length > 0) {
        await transaction
          .insert(assistantMembers)
          .values(sharing.members.map((member) => ({ assistantId: row.id, ...member })));
      }
      return row.id;
    });
  }

  /**
   * Appends a version when the current one is still `baseVersion` (null: whatever it is); the guarded
   * counter update serialises concurrent saves. Null when another save came first.
   */
  async appendVersion(
    assistantId: string,
    baseVersion: number | null,
    version: NewVersion,
    at: Date,
  ): Promise<number | null> {
    return this.db.transaction(async (transaction) => {
      const conditions = [eq(assistants.id, assistantId), isNull(assistants.archivedAt)];
      if (baseVersion !== null) conditions.push(eq(assistants.currentVersion, baseVersion));
      const [row] = await transaction
        .update(assistants)
        .set({
          currentVersion: sql`${assistants.currentVersion} + 1`,
          ...listedFields(version.definition),
          updatedAt: at,
        })
        .where(and(...conditions))
        .returning({ number: assistants.currentVersion });
      if (row === undefined) return null;
      await transaction
        .insert(assistantVersions)
        .values({ assistantId, number: row.number, ...version, createdAt: at });
      return row.number;
    });
  }

  /** Every version, oldest first (the list compares each with the one before). */
  async versions(assistantId: string): Promise<AssistantVersionRow[]> {
    return this.db
      .select()
      .from(assistantVersions)
      .where(eq(assistantVersions.assistantId, assistantId))
      .orderBy(asc(assistantVersions.number));
  }

  async version(assistantId: string, number: number): Promise<AssistantVersionRow | undefined> {
    const [row] = await this.db
      .select()
      .from(assistantVersions)
      .where(and(eq(assistantVersions.assistantId, assistantId), eq(assistantVersions.number, number)));
    return row;
  }

  async members(assistantId: string): Promise<MemberRow[]> {
    return this.db
      .select({
        userId: assistantMembers.userId,
        role: assistantMembers.role,
        name: users.name,
        departmentName: departments.name,
      })
      .from(assistantMembers)
      .innerJoin(users, eq(users.id, assistantMembers.userId))
      .leftJoin(departments, eq(departments.id, users.departmentId))
      .where(eq(assistantMembers.assistantId, assistantId))
      .orderBy(asc(users.name));
  }

  async replaceSharing(assistantId: string, sharing: SharingRow, at: Date): Promise<void> {
    await this.db.transaction(async (transaction) => {
      await transaction
        .update(assistants)
        .set({
          visibility: sharing.visibility,
          shareDepartmentId: sharing.shareDepartmentId,
          includeSubdepartments: sharing.includeSubdepartments,
          updatedAt: at,
        })
        .where(eq(assistants.id, assistantId));
      await transaction.delete(assistantMembers).where(eq(assistantMembers.assistantId, assistantId));
      if (sharing.members.length > 0) {
        await transaction
          .insert(assistantMembers)
          .values(sharing.members.map((member) => ({ assistantId, ...member })));
      }
    });
  }

  async archive(assistantId: string, at: Date): Promise<void> {
    await this.db
      .update(assistants)
      .set({ archivedAt: at, updatedAt: at })
      .where(eq(assistants.id, assistantId));
  }

  // ---- facts the rules need ----

  /** Active users of the institution among the ids (sharing may only name those). */
  async activeUserIds(institutionId: string, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.db
      .select({ id: users.id })
      .from(users)
      .where(
        and(eq(users.institutionId, institutionId), eq(users.active, true), inArray(users.id, [...ids])),
      );
    return new Set(rows.map((row) => row.id));
  }

  async activeDepartmentExists(institutionId: string, id: string): Promise<boolean> {
    const rows = await this.db
      .select({ id: departments.id })
      .from(departments)
      .where(
        and(
          eq(departments.id, id),
          eq(departments.institutionId, institutionId),
          eq(departments.active, true),
        ),
      );
    return rows.length > 0;
  }

  /**
   * Which of the collections exist and which are internal, whoever asks: only facts about them, never their
   * content (what a caller may read is the knowledge module's question).
   */
  async collectionSensitivities(ids: readonly string[]): Promise<Map<string, boolean>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .select({ id: knowledgeCollections.id, sensitivity: knowledgeCollections.sensitivity })
      .from(knowledgeCollections)
      .where(inArray(knowledgeCollections.id, [...ids]));
    return new Map(rows.map((row) => [row.id, row.sensitivity === 'internal']));
  }

  // ---- handover ----

  async ownedBy(userIds: readonly string[]): Promise<AssistantRow[]> {
    if (userIds.length === 0) return [];
    return this.db
      .select()
      .from(assistants)
      .where(inArray(assistants.ownerUserId, [...userIds]))
      .orderBy(asc(assistants.createdAt));
  }

  /**
   * An active department admin of the nearest department in the chain that has one (the longest-standing
   * there), else the longest-standing active platform admin; null when the institution has neither.
   */
  async handoverTarget(
    institutionId: string,
    departmentChain: readonly string[],
  ): Promise<{ id: string; departmentId: string | null } | null> {
    const active = and(eq(users.institutionId, institutionId), eq(users.active, true));
    if (departmentChain.length > 0) {
      const admins = await this.db
        .select({ id: users.id, departmentId: users.departmentId, createdAt: users.createdAt })
        .from(users)
        .where(
          and(active, eq(users.role, 'department_admin'), inArray(users.departmentId, [...departmentChain])),
        )
        .orderBy(asc(users.createdAt), asc(users.id));
      for (const departmentId of departmentChain) {
        const admin = admins.find((row) => row.departmentId === departmentId);
        if (admin !== undefined) return { id: admin.id, departmentId: admin.departmentId };
      }
    }
    const [platformAdmin] = await this.db
      .select({ id: users.id, departmentId: users.departmentId })
      .from(users)
      .where(and(active, eq(users.role, 'platform_admin')))
      .orderBy(asc(users.createdAt), asc(users.id))
      .limit(1);
    return platformAdmin ?? null;
  }

  async userDepartment(userId: string): Promise<string | null> {
    const [row] = await this.db
      .select({ departmentId: users.departmentId })
      .from(users)
      .where(eq(users.id, userId));
    return row?.departmentId ?? null;
  }

  /** Gives the assistants to a new owner with everything they hold; the new owner is no longer a member. */
  async handOver(
    assistantIds: readonly string[],
    owner: { id: string; departmentId: string | null },
    at: Date,
  ): Promise<void> {
    if (assistantIds.length === 0) return;
    await this.db.transaction(async (transaction) => {
      await transaction
        .update(assistants)
        .set({ ownerUserId: owner.id, departmentId: owner.departmentId, updatedAt: at })
        .where(inArray(assistants.id, [...assistantIds]));
      await transaction
        .delete(assistantMembers)
        .where(
          and(
            inArray(assistantMembers.assistantId, [...assistantIds]),
            eq(assistantMembers.userId, owner.id),
          ),
        );
    });
  }
}
