import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../platform/database/index.js';
import { draftingTemplates } from '../../platform/database/schema.js';
import { isUniqueViolation } from '../../platform/database/unique-violation.js';

export interface StoredTemplate {
  slug: string;
  version: number;
  definition: Record<string, unknown>;
  createdBy: string | null;
  createdAt: Date;
}

/** Institution templates: every save appends a version; archiving hides the slug from the catalogue. */
export class TemplateRepository {
  constructor(private readonly db: Database) {}

  /** The newest version of every unarchived template. */
  async listCurrent(institutionId: string): Promise<StoredTemplate[]> {
    const rows = await this.db
      .selectDistinctOn([draftingTemplates.slug], {
        slug: draftingTemplates.slug,
        version: draftingTemplates.version,
        definition: draftingTemplates.definition,
        createdBy: draftingTemplates.createdBy,
        createdAt: draftingTemplates.createdAt,
        archivedAt: draftingTemplates.archivedAt,
      })
      .from(draftingTemplates)
      .where(eq(draftingTemplates.institutionId, institutionId))
      .orderBy(draftingTemplates.slug, desc(draftingTemplates.version));
    return rows.filter((row) => row.archivedAt === null);
  }

  /** One version, or the newest when `version` is absent; archived templates are not found. */
  async find(institutionId: string, slug: string, version?: number): Promise<StoredTemplate | undefined> {
    const versions = await this.versions(institutionId, slug);
    if (versions.length === 0 || versions.some((row) => row.archived)) return undefined;
    return version === undefined ? versions[0] : versions.find((row) => row.version === version);
  }

  async versions(institutionId: string, slug: string): Promise<(StoredTemplate & { archived: boolean })[]> {
    const rows = await this.db
      .select()
      .from(draftingTemplates)
      .where(and(eq(draftingTemplates.institutionId, institutionId), eq(draftingTemplates.slug, slug)))
      .orderBy(desc(draftingTemplates.version));
    return rows.map((row) => ({
      slug: row.slug,
      version: row.version,
      definition: row.definition,
      createdBy: row.createdBy,
      createdAt: row.createdAt,
      archived: row.archivedAt !== null,
    }));
  }

  /**
   * Appends the next version. Two admins saving at once both compute max+1: the unique constraint makes
   * the second insert fail, and it retries with the new maximum.
   */
  async append(
    institutionId: string,
    slug: string,
    definition: (version: number) => Record<string, unknown>,
    createdBy: string | null,
  ): Promise<number> {
    for (let attempt = 0; ; attempt += 1) {
      const [row] = await this.db
        .select({ latest: sql<number | null>`max(${draftingTemplates.version})` })
        .from(draftingTemplates)
        .where(and(eq(draftingTemplates.institutionId, institutionId), eq(draftingTemplates.slug, slug)));
      const version =
        (row?.latest === null || row?.latest === undefined ? 0 : Number(String(row.latest))) + 1;
      try {
        await this.db
          .insert(draftingTemplates)
          .values({ institutionId, slug, version, definition: definition(version), createdBy });
        return version;
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= 3) throw error;
      }
    }
  }

  async archive(institutionId: string, slug: string, at: Date): Promise<boolean> {
    const rows = await this.db
      .update(draftingTemplates)
      .set({ archivedAt: at })
      .where(
        and(
          eq(draftingTemplates.institutionId, institutionId),
          eq(draftingTemplates.slug, slug),
          isNull(draftingTemplates.archivedAt),
        ),
      )
      .returning({ id: draftingTemplates.id });
    return rows.length > 0;
  }

  /** True when the slug was ever used (an archived slug stays taken, so its history remains readable). */
  async exists(institutionId: string, slug: string): Promise<boolean> {
    const rows = await this.db
      .select({ id: draftingTemplates.id })
      .from(draftingTemplates)
      .where(and(eq(draftingTemplates.institutionId, institutionId), eq(draftingTemplates.slug, slug)))
      .limit(1);
    return rows.length > 0;
  }
}
