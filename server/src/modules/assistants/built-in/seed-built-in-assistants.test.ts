import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../platform/clock.js';
import { assistants, assistantVersions, institutions } from '../../../platform/database/schema.js';
import { createTestPlatform, databaseTargets, type TestPlatform } from '../../../test/test-platform.js';
import { loadBuiltInAssistants, type BuiltInAssistant } from './load-built-in-assistants.js';
import { builtInUpdateNote, seedBuiltInAssistants } from './seed-built-in-assistants.js';

const shipped = await loadBuiltInAssistants();

describe.each(databaseTargets)('seedBuiltInAssistants (%s)', (target) => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await createTestPlatform({ target });
  });
  afterAll(async () => {
    await platform.dispose();
  });

  /** A second institution of its own per test, so the tests do not see each other's rows. */
  const newInstitution = async (code: string) => {
    const [row] = await platform.database.db
      .insert(institutions)
      .values({ code, name: `${code} 기관` })
      .returning({ id: institutions.id });
    if (row === undefined) throw new Error('no institution');
    return row.id;
  };

  const rowsOf = (institutionId: string) =>
    platform.database.db
      .select()
      .from(assistants)
      .where(eq(assistants.institutionId, institutionId))
      .orderBy(asc(assistants.builtInKey));

  const versionsOf = (assistantId: string) =>
    platform.database.db
      .select()
      .from(assistantVersions)
      .where(eq(assistantVersions.assistantId, assistantId))
      .orderBy(asc(assistantVersions.number));

  it('gives the platform institution the twelve at start, institution-wide and ownerless', async () => {
    const rows = await rowsOf(platform.org.institution.id);
    expect(rows.map((row) => row.builtInKey)).toEqual(shipped.map((assistant) => assistant.key));
    for (const row of rows) {
      const file = shipped.find((assistant) => assistant.key === row.builtInKey);
      expect(row).toMatchObject({
        ownerUserId: null,
        departmentId: null,
        visibility: 'institution',
        currentVersion: 1,
        name: file?.definition.name,
        icon: file?.definition.icon,
        category: file?.definition.category,
        useCount: 0,
        archivedAt: null,
      });
      const versions = await versionsOf(row.id);
      expect(versions).toHaveLength(1);
      expect(versions[0]).toMatchObject({ number: 1, kind: 'created', editorName: null, editedBy: null });
      expect(versions[0]?.definition).toEqual(file?.definition);
    }
  });

  it('inserts the missing ones and leaves unchanged ones alone', async () => {
    const institutionId = await newInstitution('SEED-A');
    const clock = new ManualClock(new Date('2026-03-02T00:00:00Z'));
    const first = await seedBuiltInAssistants(
      platform.database.db,
      institutionId,
      clock,
      shipped.slice(0, 3),
    );
    expect(first).toEqual({ created: shipped.slice(0, 3).map((assistant) => assistant.key), updated: [] });
    const again = await seedBuiltInAssistants(platform.database.db, institutionId, clock, shipped);
    expect(again.created).toEqual(shipped.slice(3).map((assistant) => assistant.key));
    expect(again.updated).toEqual([]);
    expect(await seedBuiltInAssistants(platform.database.db, institutionId, clock, shipped)).toEqual({
      created: [],
      updated: [],
    });
    const rows = await rowsOf(institutionId);
    expect(rows).toHaveLength(12);
    expect(rows[0]?.createdAt.toISOString()).toBe('2026-03-02T00:00:00.000Z');
  });

  it('appends a version when a file changed, keeping the counters', async () => {
    const institutionId = await newInstitution('SEED-B');
    await seedBuiltInAssistants(platform.database.db, institutionId, undefined, shipped);
    const [press] = (await rowsOf(institutionId)).filter((row) => row.builtInKey === 'press-release-writer');
    if (press === undefined) throw new Error('no press release assistant');
    await platform.database.db.update(assistants).set({ useCount: 7 }).where(eq(assistants.id, press.id));

    const changed: BuiltInAssistant[] = shipped.map((assistant) =>
      assistant.key === 'press-release-writer'
        ? {
            key: assistant.key,
            definition: {
              ...assistant.definition,
              name: '보도자료 도우미',
              icon: '🗞️',
              starters: ['새 시작'],
            },
          }
        : assistant,
    );
    const clock = new ManualClock(new Date('2026-04-01T00:00:00Z'));
    expect(await seedBuiltInAssistants(platform.database.db, institutionId, clock, changed)).toEqual({
      created: [],
      updated: ['press-release-writer'],
    });
    const [after] = await platform.database.db.select().from(assistants).where(eq(assistants.id, press.id));
    expect(after).toMatchObject({ currentVersion: 2, name: '보도자료 도우미', icon: '🗞️', useCount: 7 });
    expect(after?.updatedAt.toISOString()).toBe('2026-04-01T00:00:00.000Z');
    const versions = await versionsOf(press.id);
    expect(versions.map((version) => [version.number, version.kind, version.note])).toEqual([
      [1, 'created', ''],
      [2, 'edited', builtInUpdateNote],
    ]);
    expect(versions[1]?.definition.starters).toEqual(['새 시작']);
    // The same files again: nothing more.
    expect(
      (await seedBuiltInAssistants(platform.database.db, institutionId, clock, changed)).updated,
    ).toEqual([]);
  });

  it('leaves a version a person wrote in place', async () => {
    const institutionId = await newInstitution('SEED-C');
    await seedBuiltInAssistants(platform.database.db, institutionId, undefined, shipped);
    const [speech] = (await rowsOf(institutionId)).filter((row) => row.builtInKey === 'speech-writer');
    if (speech === undefined) throw new Error('no speech assistant');
    const edited = shipped.find((assistant) => assistant.key === 'speech-writer')?.definition;
    if (edited === undefined) throw new Error('no speech file');
    await platform.database.db.insert(assistantVersions).values({
      assistantId: speech.id,
      number: 2,
      kind: 'edited',
      definition: { ...edited, instructions: '우리 기관의 연설문 규칙' },
      editorName: '관리자',
    });
    await platform.database.db
      .update(assistants)
      .set({ currentVersion: 2 })
      .where(eq(assistants.id, speech.id));
    expect(
      (await seedBuiltInAssistants(platform.database.db, institutionId, undefined, shipped)).updated,
    ).toEqual([]);
    expect((await versionsOf(speech.id)).map((version) => version.number)).toEqual([1, 2]);
  });
});
