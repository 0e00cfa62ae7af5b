import { and, asc, desc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type {
  DraftDocument,
  DraftReference,
  DraftVersionSource,
  FieldValue,
  StatuteCitationCheck,
} from '@jumugwan/contracts';
import type { Database } from '../../platform/database/index.js';
import { draftVersions, drafts, users } from '../../platform/database/schema.js';

export interface DraftRow {
  id: string;
  userId: string;
  templateSlug: string;
  templateVersion: number;
  values: Record<string, FieldValue>;
  collectionIds: string[];
  references: DraftReference[];
  title: string;
  versionCount: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewVersion {
  source: DraftVersionSource;
  instruction: string | null;
  model: string | null;
  document: DraftDocument;
  citations: StatuteCitationCheck[];
}

export interface VersionRow extends NewVersion {
  number: number;
  createdAt: Date;
}

/** A person's drafts and their versions; every query is scoped to the owner. */
export class DraftRepository {
  constructor(private readonly db: Database) {}

  async create(
    draft: {
      userId: string;
      templateSlug: string;
      templateVersion: number;
      values: Record<string, FieldValue>;
      collectionIds: string[];
      references: DraftReference[];
    },
    first: NewVersion,
  ): Promise<string> {
    return this.db.transaction(async (transaction) => {
      const [row] = await transaction
        .insert(drafts)
        .values({ ...draft, title: first.document.title, versionCount: 1 })
        .returning({ id: drafts.id });
      if (row === undefined) throw new Error('draft insert returned nothing');
      await transaction.insert(draftVersions).values({ draftId: row.id, number: 1, ...first });
      return row.id;
    });
  }

  async list(userId: string, limit: number): Promise<DraftRow[]> {
    return this.db
      .select()
      .from(drafts)
      .where(eq(drafts.userId, userId))
      .orderBy(desc(drafts.updatedAt))
      .limit(limit);
  }

  async find(userId: string, id: string): Promise<DraftRow | undefined> {
    const [row] = await this.db
      .select()
      .from(drafts)
      .where(and(eq(drafts.id, id), eq(drafts.userId, userId)));
    return row;
  }

  /** Versions oldest first, without their documents (`version` reads one whole). */
  async versions(draftId: string): Promise<Omit<VersionRow, 'document' | 'citations'>[]> {
    return this.db
      .select({
        number: draftVersions.number,
        source: draftVersions.source,
        instruction: draftVersions.instruction,
        model: draftVersions.model,
        createdAt: draftVersions.createdAt,
      })
      .from(draftVersions)
      .where(eq(draftVersions.draftId, draftId))
      .orderBy(asc(draftVersions.number));
  }

  async version(draftId: string, number: number): Promise<VersionRow | undefined> {
    const [row] = await this.db
      .select()
      .from(draftVersions)
      .where(and(eq(draftVersions.draftId, draftId), eq(draftVersions.number, number)));
    return row;
  }

  /** Appends a version; the counter update serialises concurrent saves of one draft. */
  async addVersion(draftId: string, version: NewVersion, at: Date): Promise<number> {
    return this.db.transaction(async (transaction) => {
      const [row] = await transaction
        .update(drafts)
        .set({
          versionCount: sql`${drafts.versionCount} + 1`,
          title: version.document.title,
          updatedAt: at,
        })
        .where(eq(drafts.id, draftId))
        .returning({ number: drafts.versionCount });
      if (row === undefined) throw new Error('draft vanished while saving a version');
      await transaction
        .insert(draftVersions)
        .values({ draftId, number: row.number, ...version, createdAt: at });
      return row.number;
    });
  }

  async delete(userId: string, id: string): Promise<boolean> {
    const rows = await this.db
      .delete(drafts)
      .where(and(eq(drafts.id, id), eq(drafts.userId, userId)))
      .returning({ id: drafts.id });
    return rows.length > 0;
  }

  /**
   * Retention: drafts untouched since `before` whose owners are in the departments (null: owners without
   * a department), as the chat's content is purged.
   */
  async purgeContent(departmentIds: readonly string[] | null, before: Date): Promise<number> {
    const owners = this.db
      .select({ id: users.id })
      .from(users)
      .where(
        departmentIds === null ? isNull(users.departmentId) : inArray(users.departmentId, [...departmentIds]),
      );
    const rows = await this.db
      .delete(drafts)
      .where(and(inArray(drafts.userId, owners), lt(drafts.updatedAt, before)))
      .returning({ id: drafts.id });
    return rows.length;
  }
}
