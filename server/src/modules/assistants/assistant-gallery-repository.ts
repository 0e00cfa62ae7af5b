import { and, asc, desc, eq, ilike, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { AssistantGalleryQuery } from '@jumugwan/contracts';
import type { Database } from '../../platform/database/index.js';
import {
  assistantRatings,
  assistants,
  assistantSaves,
  assistantVersions,
  departments,
  knowledgeCollections,
  users,
} from '../../platform/database/schema.js';
import type { AssistantViewer } from './assistant-access.js';
import type { AssistantRow } from './assistant-repository.js';
import { editableCondition, membershipColumn, usableCondition } from './usable-condition.js';

/** An assistant as a gallery card shows it, from the viewer's side. */
export interface GalleryRow {
  assistant: AssistantRow;
  description: string;
  ownerName: string | null;
  ownerDepartmentName: string | null;
  departmentName: string | null;
  saves: number;
  ratingCount: number;
  ratingAverage: number | null;
  savedByMe: boolean;
  membership: 'user' | 'editor' | null;
  onPremOnly: boolean;
}

const owners = alias(users, 'owner');
const ownerDepartments = alias(departments, 'owner_department');

const saves = sql<number>`(select count(*)::int from ${assistantSaves} s where s.assistant_id = ${assistants.id})`;
const ratingCount = sql<number>`(select count(*)::int from ${assistantRatings} r where r.assistant_id = ${assistants.id})`;
const ratingSum = sql<number>`(select coalesce(sum(r.stars), 0)::int from ${assistantRatings} r where r.assistant_id = ${assistants.id})`;
const ratingAverage = sql<
  number | null
>`(select avg(r.stars)::float8 from ${assistantRatings} r where r.assistant_id = ${assistants.id})`;
const onPremOnly = sql<boolean>`exists (select 1 from jsonb_array_elements_text(${assistantVersions.definition} -> 'collectionIds') listed(id) join ${knowledgeCollections} c on c.id::text = listed.id where c.sensitivity = 'internal')`;

/**
 * Popularity: ln(1 + uses) + 2·ln(1 + saves) + (rating − 3), where the rating is the average shrunk towards
 * a neutral 3 stars as if three more people had given 3 ((sum + 9) / (count + 3)). Logarithms keep one
 * heavily used assistant from burying the rest; a save counts double because it is a deliberate choice
 * to come back; the shrinkage keeps a single 5-star rating from topping the gallery, while a well-rated
 * assistant with many ratings moves up about one use-decade per star.
 */
const popularity = sql`(ln(1 + ${assistants.useCount}) + 2 * ln(1 + ${saves}) + ((${ratingSum} + 9.0) / (${ratingCount} + 3) - 3))`;

function orderOf(sort: AssistantGalleryQuery['sort']): SQL[] {
  const ties = [asc(assistants.name), asc(assistants.id)];
  switch (sort) {
    case 'popular':
      return [desc(popularity), ...ties];
    case 'uses':
      return [desc(assistants.useCount), ...ties];
    case 'saves':
      return [desc(saves), ...ties];
    case 'rating':
      return [sql`${ratingAverage} desc nulls last`, desc(ratingCount), ...ties];
    case 'recent':
      return [desc(assistants.updatedAt), ...ties];
    case 'name':
      return ties;
  }
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** The gallery: only assistants the viewer may use, filtered in SQL before the limit. */
export class AssistantGalleryRepository {
  constructor(private readonly db: Database) {}

  private select(viewer: AssistantViewer) {
    const savedByMe = sql<boolean>`exists (select 1 from ${assistantSaves} s where s.assistant_id = ${assistants.id} and s.user_id = ${viewer.id})`;
    return this.db
      .select({
        assistant: assistants,
        description: sql<string>`coalesce(${assistantVersions.definition} ->> 'description', '')`,
        ownerName: owners.name,
        ownerDepartmentName: ownerDepartments.name,
        departmentName: departments.name,
        saves,
        ratingCount,
        ratingAverage,
        savedByMe,
        membership: membershipColumn(viewer),
        onPremOnly,
      })
      .from(assistants)
      .innerJoin(
        assistantVersions,
        and(
          eq(assistantVersions.assistantId, assistants.id),
          eq(assistantVersions.number, assistants.currentVersion),
        ),
      )
      .leftJoin(owners, eq(owners.id, assistants.ownerUserId))
      .leftJoin(ownerDepartments, eq(ownerDepartments.id, owners.departmentId))
      .leftJoin(departments, eq(departments.id, assistants.departmentId));
  }

  private conditions(viewer: AssistantViewer, query: AssistantGalleryQuery): SQL | undefined {
    const conditions: (SQL | undefined)[] = [usableCondition(viewer)];
    const text = query.q?.trim();
    if (text !== undefined && text !== '') {
      const pattern = likePattern(text);
      conditions.push(
        or(
          ilike(assistants.name, pattern),
          sql`(${assistantVersions.definition} ->> 'description') ilike ${pattern}`,
        ),
      );
    }
    if (query.category !== undefined) conditions.push(eq(assistants.category, query.category));
    if (query.departmentId !== undefined) conditions.push(eq(assistants.departmentId, query.departmentId));
    if (query.filter === 'mine') conditions.push(editableCondition(viewer));
    if (query.filter === 'builtIn') conditions.push(isNotNull(assistants.builtInKey));
    if (query.filter === 'saved') {
      conditions.push(
        sql`exists (select 1 from ${assistantSaves} s where s.assistant_id = ${assistants.id} and s.user_id = ${viewer.id})`,
      );
    }
    return and(...conditions);
  }

  async list(
    viewer: AssistantViewer,
    query: AssistantGalleryQuery,
  ): Promise<{ rows: GalleryRow[]; total: number }> {
    const where = this.conditions(viewer, query);
    const rows = await this.select(viewer)
      .where(where)
      .orderBy(...orderOf(query.sort))
      .limit(query.limit)
      .offset(query.offset);
    const [counted] = await this.db
      .select({ total: sql<number>`count(*)::int` })
      .from(assistants)
      .innerJoin(
        assistantVersions,
        and(
          eq(assistantVersions.assistantId, assistants.id),
          eq(assistantVersions.number, assistants.currentVersion),
        ),
      )
      .where(where);
    return { rows, total: counted?.total ?? 0 };
  }

  /** One card, only when the viewer may use the assistant. */
  async find(viewer: AssistantViewer, id: string): Promise<GalleryRow | undefined> {
    const [row] = await this.select(viewer).where(and(eq(assistants.id, id), usableCondition(viewer)));
    return row;
  }
}
