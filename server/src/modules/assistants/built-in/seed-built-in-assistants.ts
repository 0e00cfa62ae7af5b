import { isDeepStrictEqual } from 'node:util';
import { and, eq, isNotNull } from 'drizzle-orm';
import { systemClock, type Clock } from '../../../platform/clock.js';
import type { Database } from '../../../platform/database/index.js';
import { assistants, assistantVersions } from '../../../platform/database/schema.js';
import { loadBuiltInAssistants, type BuiltInAssistant } from './load-built-in-assistants.js';

export const builtInUpdateNote = '기본 제공 어시스턴트 갱신';

export interface SeedResult {
  /** Keys of the assistants inserted. */
  created: string[];
  /** Keys of the assistants given a new version from a changed file. */
  updated: string[];
}

// The files ship with the build and do not change while the process runs: read them once per process,
// not once per platform start (every test platform seeds).
let shipped: Promise<BuiltInAssistant[]> | undefined;

function shippedAssistants(): Promise<BuiltInAssistant[]> {
  shipped ??= loadBuiltInAssistants().catch((error: unknown) => {
    shipped = undefined;
    throw error;
  });
  return shipped;
}

/**
 * Makes the institution's built-in assistants match the shipped files: inserts the missing ones and gives a
 * changed one a new version. Usage counters, sharing and archiving are left alone. Costs one query when
 * nothing changed.
 */
export async function seedBuiltInAssistants(
  db: Database,
  institutionId: string,
  clock: Clock = systemClock,
  builtIns?: readonly BuiltInAssistant[],
): Promise<SeedResult> {
  const files = builtIns ?? (await shippedAssistants());
  const existing = await db
    .select({
      id: assistants.id,
      key: assistants.builtInKey,
      currentVersion: assistants.currentVersion,
      definition: assistantVersions.definition,
      editedBy: assistantVersions.editedBy,
      editorName: assistantVersions.editorName,
    })
    .from(assistants)
    .leftJoin(
      assistantVersions,
      and(
        eq(assistantVersions.assistantId, assistants.id),
        eq(assistantVersions.number, assistants.currentVersion),
      ),
    )
    .where(and(eq(assistants.institutionId, institutionId), isNotNull(assistants.builtInKey)));
  const byKey = new Map(existing.map((row) => [row.key, row]));
  const missing = files.filter((file) => !byKey.has(file.key));
  const changed = files.flatMap((file) => {
    const row = byKey.get(file.key);
    // A version a person wrote (an admin's edit or rollback) is the institution's choice: a file update
    // does not overwrite it, or every restart would undo the edit.
    if (row === undefined || row.editedBy !== null || row.editorName !== null) return [];
    return isDeepStrictEqual(row.definition, file.definition) ? [] : [{ file, row }];
  });
  const now = clock.now();
  const result: SeedResult = { created: [], updated: [] };

  if (missing.length > 0) {
    await db.transaction(async (transaction) => {
      // Another instance starting at the same moment may insert first: its rows stand, ours are skipped.
      const inserted = await transaction
        .insert(assistants)
        .values(
          missing.map((file) => ({
            institutionId,
            builtInKey: file.key,
            ownerUserId: null,
            departmentId: null,
            visibility: 'institution' as const,
            currentVersion: 1,
            name: file.definition.name,
            icon: file.definition.icon,
            category: file.definition.category,
            createdAt: now,
            updatedAt: now,
          })),
        )
        .onConflictDoNothing()
        .returning({ id: assistants.id, key: assistants.builtInKey });
      const definitionOf = new Map(missing.map((file) => [file.key, file.definition]));
      const versions = inserted.flatMap((row) => {
        const definition = row.key === null ? undefined : definitionOf.get(row.key);
        if (definition === undefined || row.key === null) return [];
        result.created.push(row.key);
        return [
          {
            assistantId: row.id,
            number: 1,
            kind: 'created' as const,
            definition,
            editorName: null,
            createdAt: now,
          },
        ];
      });
      if (versions.length > 0) await transaction.insert(assistantVersions).values(versions);
    });
  }

  for (const { file, row } of changed) {
    const number = row.currentVersion + 1;
    await db.transaction(async (transaction) => {
      const [appended] = await transaction
        .insert(assistantVersions)
        .values({
          assistantId: row.id,
          number,
          kind: 'edited',
          definition: file.definition,
          note: builtInUpdateNote,
          editorName: null,
          createdAt: now,
        })
        .onConflictDoNothing()
        .returning({ id: assistantVersions.id });
      // Taken already: another instance appended the same update, or someone edited meanwhile.
      if (appended === undefined) return;
      await transaction
        .update(assistants)
        .set({
          currentVersion: number,
          name: file.definition.name,
          icon: file.definition.icon,
          category: file.definition.category,
          updatedAt: now,
        })
        .where(and(eq(assistants.id, row.id), eq(assistants.currentVersion, row.currentVersion)));
      result.updated.push(file.key);
    });
  }
  return result;
}
