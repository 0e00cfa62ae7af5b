import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../platform/database/index.js';
import {
  departments,
  knowledgeChunks,
  knowledgeCollections,
  knowledgeCollectionShares,
  knowledgeDocuments,
  users,
} from '../../platform/database/schema.js';
import type { KnowledgeReader } from './knowledge-reader.js';

export type CollectionRow = typeof knowledgeCollections.$inferSelect;
export type NewCollectionRow = typeof knowledgeCollections.$inferInsert;

export interface CollectionListing extends CollectionRow {
  ownerName: string;
  departmentName: string | null;
  documentCount: number;
  chunkCount: number;
}

export interface ShareRow {
  kind: 'user' | 'department';
  id: string;
  name: string;
}

/** Department ids as a uuid[] literal parameter (an empty chain matches nothing). */
function uuidArray(ids: readonly string[]): SQL {
  return sql`${`{${ids.join(',')}}`}::uuid[]`;
}

/**
 * The collections a reader may read, as one SQL condition: this is the access rule, and every query that
 * returns collection content goes through the ids it selects.
 */
export function readableCondition(reader: KnowledgeReader): SQL {
  const chain = uuidArray(reader.departmentChain);
  const ownDepartment = reader.departmentId;
  const shared = sql`exists (select 1 from ${knowledgeCollectionShares} s where s.collection_id = ${knowledgeCollections.id} and (${
    reader.kind === 'user' ? sql`s.user_id = ${reader.userId} or ` : sql``
  }s.department_id = any(${chain})))`;
  const department =
    ownDepartment === null
      ? sql`false`
      : sql`(${knowledgeCollections.scope} = 'department' and (${knowledgeCollections.departmentId} = ${ownDepartment} or (${knowledgeCollections.includeSubdepartments} and ${knowledgeCollections.departmentId} = any(${chain}))))`;
  const own =
    reader.kind === 'user' ? sql`${knowledgeCollections.ownerUserId} = ${reader.userId} or ` : sql``;
  return sql`(${knowledgeCollections.institutionId} = ${reader.institutionId} and (${own}${knowledgeCollections.scope} = 'common' or ${department} or ${shared}))`;
}

export class CollectionRepository {
  constructor(private readonly db: Database) {}

  async insert(values: NewCollectionRow): Promise<CollectionRow> {
    const rows = await this.db.insert(knowledgeCollections).values(values).returning();
    if (rows[0] === undefined) throw new Error('collection was not inserted');
    return rows[0];
  }

  async update(id: string, values: Partial<NewCollectionRow>): Promise<void> {
    await this.db
      .update(knowledgeCollections)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(knowledgeCollections.id, id));
  }

  async delete(id: string): Promise<void> {
    await this.db.delete(knowledgeCollections).where(eq(knowledgeCollections.id, id));
  }

  /** A collection by id, whoever asks (the ingestion worker). */
  async find(id: string): Promise<CollectionRow | undefined> {
    const rows = await this.db.select().from(knowledgeCollections).where(eq(knowledgeCollections.id, id));
    return rows[0];
  }

  /** A collection by id, only when the reader may read it. */
  async findReadable(reader: KnowledgeReader, id: string): Promise<CollectionRow | undefined> {
    const rows = await this.db
      .select()
      .from(knowledgeCollections)
      .where(and(eq(knowledgeCollections.id, id), readableCondition(reader)));
    return rows[0];
  }

  /** Ids of the readable collections among `ids` (all readable ones when `ids` is null). */
  async readableIds(reader: KnowledgeReader, ids: readonly string[] | null): Promise<CollectionRow[]> {
    const conditions = [readableCondition(reader)];
    if (ids !== null) {
      if (ids.length === 0) return [];
      conditions.push(inArray(knowledgeCollections.id, [...ids]));
    }
    return this.db
      .select()
      .from(knowledgeCollections)
      .where(and(...conditions));
  }

  async listReadable(reader: KnowledgeReader): Promise<CollectionListing[]> {
    const documentCount = sql<number>`(select count(*)::int from ${knowledgeDocuments} d where d.collection_id = ${knowledgeCollections.id})`;
    const chunkCount = sql<number>`(select coalesce(sum(d.chunk_count), 0)::int from ${knowledgeDocuments} d where d.collection_id = ${knowledgeCollections.id} and d.status = 'ready')`;
    const rows = await this.db
      .select({
        collection: knowledgeCollections,
        ownerName: users.name,
        departmentName: departments.name,
        documentCount,
        chunkCount,
      })
      .from(knowledgeCollections)
      .innerJoin(users, eq(users.id, knowledgeCollections.ownerUserId))
      .leftJoin(departments, eq(departments.id, knowledgeCollections.departmentId))
      .where(readableCondition(reader))
      .orderBy(knowledgeCollections.scope, knowledgeCollections.name);
    return rows.map((row) => ({
      ...row.collection,
      ownerName: row.ownerName,
      departmentName: row.departmentName,
      documentCount: row.documentCount,
      chunkCount: row.chunkCount,
    }));
  }

  async sharesOf(collectionIds: readonly string[]): Promise<Map<string, ShareRow[]>> {
    const result = new Map<string, ShareRow[]>();
    if (collectionIds.length === 0) return result;
    const rows = await this.db
      .select({
        collectionId: knowledgeCollectionShares.collectionId,
        userId: knowledgeCollectionShares.userId,
        userName: users.name,
        departmentId: knowledgeCollectionShares.departmentId,
        departmentName: departments.name,
      })
      .from(knowledgeCollectionShares)
      .leftJoin(users, eq(users.id, knowledgeCollectionShares.userId))
      .leftJoin(departments, eq(departments.id, knowledgeCollectionShares.departmentId))
      .where(inArray(knowledgeCollectionShares.collectionId, [...collectionIds]));
    for (const row of rows) {
      const share: ShareRow =
        row.userId !== null
          ? { kind: 'user', id: row.userId, name: row.userName ?? '' }
          : { kind: 'department', id: row.departmentId ?? '', name: row.departmentName ?? '' };
      result.set(row.collectionId, [...(result.get(row.collectionId) ?? []), share]);
    }
    return result;
  }

  async replaceShares(
    collectionId: string,
    userIds: readonly string[],
    departmentIds: readonly string[],
  ): Promise<void> {
    await this.db.transaction(async (transaction) => {
      await transaction
        .delete(knowledgeCollectionShares)
        .where(eq(knowledgeCollectionShares.collectionId, collectionId));
      const values = [
        ...userIds.map((userId) => ({ collectionId, userId })),
        ...departmentIds.map((departmentId) => ({ collectionId, departmentId })),
      ];
      if (values.length > 0) await transaction.insert(knowledgeCollectionShares).values(values);
    });
  }

  /** Users and departments of this institution among the ids (shares may only name those). */
  async existingSubjects(
    institutionId: string,
    userIds: readonly string[],
    departmentIds: readonly string[],
  ): Promise<{ users: number; departments: number }> {
    const userCount =
      userIds.length === 0
        ? 0
        : (
            await this.db
              .select({ id: users.id })
              .from(users)
              .where(and(eq(users.institutionId, institutionId), inArray(users.id, [...userIds])))
          ).length;
    const departmentCount =
      departmentIds.length === 0
        ? 0
        : (
            await this.db
              .select({ id: departments.id })
              .from(departments)
              .where(
                and(
                  eq(departments.institutionId, institutionId),
                  inArray(departments.id, [...departmentIds]),
                ),
              )
          ).length;
    return { users: userCount, departments: departmentCount };
  }

  async chunkTotal(collectionId: string): Promise<number> {
    const rows = await this.db
      .select({ count: sql<number>`count(*)::int` })
      .from(knowledgeChunks)
      .where(eq(knowledgeChunks.collectionId, collectionId));
    return rows[0]?.count ?? 0;
  }
}
