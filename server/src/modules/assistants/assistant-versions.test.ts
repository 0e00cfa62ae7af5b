import type { AssistantDetail, AssistantVersion, AssistantVersionSummary } from '@jumugwan/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '../../test/test-platform.js';
import {
  createAssistantFixture,
  externalModel,
  internalModel,
  type AssistantFixture,
} from './assistant-test-fixture.js';

describe.each(databaseTargets)('assistant versions and validation (%s)', (target) => {
  let fixture: AssistantFixture;

  beforeAll(async () => {
    fixture = await createAssistantFixture(target);
  });
  afterAll(async () => {
    await fixture.dispose();
  });

  const first = {
    name: '보도자료 도우미',
    instructions: '보도자료를 육하원칙으로 씁니다.',
    starters: ['행사 보도자료 써 줘'],
  };

  it('keeps every edit as a version, refuses a stale save and rolls back by copying forward', async () => {
    const { id } = await fixture.create(fixture.kim, first);
    const second = {
      ...first,
      instructions: '보도자료를 두 문단으로 짧게 씁니다.',
      starters: ['짧게 써 줘'],
    };
    const edited = await fixture.call(fixture.kim, 'PUT', `/api/assistants/${id}`, {
      baseVersion: 1,
      definition: second,
      note: '짧게',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json<AssistantDetail>().version).toBe(2);

    const stale = await fixture.call(fixture.kim, 'PUT', `/api/assistants/${id}`, {
      baseVersion: 1,
      definition: { ...first, name: '덮어쓰기' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ error: { code: string } }>().error.code).toBe('version_conflict');

    const rolledBack = await fixture.call(fixture.kim, 'POST', `/api/assistants/${id}/rollback`, {
      version: 1,
    });
    expect(rolledBack.statusCode, rolledBack.body).toBe(200);
    expect(rolledBack.json<AssistantDetail>()).toMatchObject({
      version: 3,
      name: first.name,
      definition: { instructions: first.instructions, starters: first.starters },
    });

    const versions = (await fixture.call(fixture.kim, 'GET', `/api/assistants/${id}/versions`)).json<{
      versions: AssistantVersionSummary[];
    }>().versions;
    expect(
      versions.map(({ number, kind, restoredFrom, changedFields, note, editorName }) => ({
        number,
        kind,
        restoredFrom,
        changedFields,
        note,
        editorName,
      })),
    ).toEqual([
      {
        number: 3,
        kind: 'rolled_back',
        restoredFrom: 1,
        changedFields: ['instructions', 'starters'],
        note: '',
        editorName: '김여권',
      },
      {
        number: 2,
        kind: 'edited',
        restoredFrom: null,
        changedFields: ['instructions', 'starters'],
        note: '짧게',
        editorName: '김여권',
      },
      { number: 1, kind: 'created', restoredFrom: null, changedFields: [], note: '', editorName: '김여권' },
    ]);
    const version2 = (
      await fixture.call(fixture.kim, 'GET', `/api/assistants/${id}/versions/2`)
    ).json<AssistantVersion>();
    expect(version2.definition.instructions).toBe(second.instructions);
    expect((await fixture.call(fixture.kim, 'GET', `/api/assistants/${id}/versions/9`)).statusCode).toBe(404);
    expect(
      (await fixture.call(fixture.kim, 'POST', `/api/assistants/${id}/rollback`, { version: 3 })).statusCode,
    ).toBe(400);

    const { events } = await fixture.platform.audit.list({ page: 1, pageSize: 200 });
    const mine = events.filter((event) => event.targetId === id);
    expect(mine.find((event) => event.action === 'assistant-edited')?.details).toMatchObject({
      version: 2,
      changedFields: ['instructions', 'starters'],
    });
    expect(mine.find((event) => event.action === 'assistant-rolled-back')?.details).toMatchObject({
      version: 3,
      restoredFrom: 1,
    });
  });

  it('refuses collections the editor cannot read', async () => {
    const response = await fixture.call(fixture.lee, 'POST', '/api/assistants', {
      definition: { ...first, collectionIds: [fixture.collections.kimPersonal] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { code: string; message: string } }>().error).toMatchObject({
      code: 'validation_failed',
      message: expect.stringContaining('지식 모음') as unknown,
    });
  });

  it('refuses an external default model for internal collections and marks the assistant on-prem only', async () => {
    const internal = { ...first, collectionIds: [fixture.collections.internalDivision] };
    const refused = await fixture.call(fixture.kim, 'POST', '/api/assistants', {
      definition: { ...internal, defaultModel: externalModel },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ error: { message: string } }>().error.message).toContain('내부망');

    const { id } = await fixture.create(fixture.kim, { ...internal, defaultModel: internalModel });
    const detail = (await fixture.call(fixture.kim, 'GET', `/api/assistants/${id}`)).json<AssistantDetail>();
    expect(detail.onPremOnly).toBe(true);
    expect(detail.collections).toEqual([
      { id: fixture.collections.internalDivision, name: '여권 내부 지침', internal: true },
    ]);

    const edit = await fixture.call(fixture.kim, 'PUT', `/api/assistants/${id}`, {
      baseVersion: 1,
      definition: { ...internal, defaultModel: externalModel },
    });
    expect(edit.statusCode).toBe(400);

    const plain = await fixture.create(fixture.kim, { ...first, defaultModel: externalModel });
    const plainDetail = (
      await fixture.call(fixture.kim, 'GET', `/api/assistants/${plain.id}`)
    ).json<AssistantDetail>();
    expect(plainDetail.onPremOnly).toBe(false);
  });

  it('refuses unknown models and drafting templates, and names the template it follows', async () => {
    const unknownModel = await fixture.call(fixture.kim, 'POST', '/api/assistants', {
      definition: { ...first, defaultModel: 'no-such-model' },
    });
    expect(unknownModel.statusCode).toBe(400);
    const unknownTemplate = await fixture.call(fixture.kim, 'POST', '/api/assistants', {
      definition: { ...first, draftingTemplateId: 'no-such-template' },
    });
    expect(unknownTemplate.statusCode).toBe(400);

    const templates = (await fixture.call(fixture.kim, 'GET', '/api/drafting/templates')).json<{
      templates: { id: string; name: string }[];
    }>().templates;
    const template = templates[0];
    if (template === undefined) throw new Error('no drafting templates');
    const { id } = await fixture.create(fixture.kim, { ...first, draftingTemplateId: template.id });
    const detail = (await fixture.call(fixture.kim, 'GET', `/api/assistants/${id}`)).json<AssistantDetail>();
    expect(detail.draftingTemplate).toEqual({ id: template.id, name: template.name });
  });

  it('lists the chat models a default may name, with their location', async () => {
    const response = await fixture.call(fixture.kim, 'GET', '/api/assistants/models');
    expect(response.statusCode).toBe(200);
    expect(response.json<{ models: unknown[] }>().models).toEqual(
      expect.arrayContaining([
        { id: internalModel, location: 'internal' },
        { id: externalModel, location: 'external' },
      ]),
    );
  });

  it('hides collections an editor cannot read, counts them, and keeps them through the editor’s save', async () => {
    const { id } = await fixture.create(
      fixture.kim,
      { ...first, collectionIds: [fixture.collections.kimPersonal, fixture.collections.common] },
      { visibility: 'private', editorIds: [fixture.lee.userId] },
    );
    const seen = (await fixture.call(fixture.lee, 'GET', `/api/assistants/${id}`)).json<AssistantDetail>();
    expect(seen.definition.collectionIds).toEqual([fixture.collections.common]);
    expect(seen.collections.map((collection) => collection.id)).toEqual([fixture.collections.common]);
    expect(seen.hiddenCollectionCount).toBe(1);
    expect(JSON.stringify(seen)).not.toContain(fixture.collections.kimPersonal);
    const version = await fixture.call(fixture.lee, 'GET', `/api/assistants/${id}/versions/1`);
    expect(version.body).not.toContain(fixture.collections.kimPersonal);

    const saved = await fixture.call(fixture.lee, 'PUT', `/api/assistants/${id}`, {
      baseVersion: 1,
      definition: { ...seen.definition, instructions: '편집자가 고침' },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const owner = (await fixture.call(fixture.kim, 'GET', `/api/assistants/${id}`)).json<AssistantDetail>();
    expect(owner.definition.collectionIds.sort()).toEqual(
      [fixture.collections.kimPersonal, fixture.collections.common].sort(),
    );
    expect(owner.definition.instructions).toBe('편집자가 고침');
  });

  it('gives the chat the current version of an assistant the user may use, and 404 otherwise', async () => {
    const { id } = await fixture.create(
      fixture.kim,
      { ...first, collectionIds: [fixture.collections.internalDivision], defaultModel: internalModel },
      { visibility: 'users', userIds: [fixture.lee.userId] },
    );
    const user = async (userId: string) => {
      const row = await fixture.platform.org.findUser(userId);
      if (row === undefined) throw new Error('no user');
      return row;
    };
    const forUse = await fixture.platform.assistants.assistantForUse(await user(fixture.lee.userId), id);
    expect(forUse).toMatchObject({ id, name: first.name, version: 1, onPremOnly: true });
    expect(forUse.definition.collectionIds).toEqual([fixture.collections.internalDivision]);
    await expect(
      fixture.platform.assistants.assistantForUse(await user(fixture.park.userId), id),
    ).rejects.toMatchObject({ code: 'assistant_not_found', statusCode: 404 });
  });
});
