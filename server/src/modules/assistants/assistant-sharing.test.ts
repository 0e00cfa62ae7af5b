import type { AssistantDetail, AssistantGallery } from '@jumugwan/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets, type SignedInClient } from '../../test/test-platform.js';
import { createAssistantFixture, type AssistantFixture } from './assistant-test-fixture.js';

describe.each(databaseTargets)('assistant sharing (%s)', (target) => {
  let fixture: AssistantFixture;

  beforeAll(async () => {
    fixture = await createAssistantFixture(target);
  });
  afterAll(async () => {
    await fixture.dispose();
  });

  const definition = (name: string, instructions: string, collectionIds: string[] = []) => ({
    name,
    instructions,
    description: `${name} 설명`,
    collectionIds,
  });

  async function detail(client: SignedInClient, id: string): Promise<AssistantDetail> {
    const response = await fixture.call(client, 'GET', `/api/assistants/${id}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<AssistantDetail>();
  }

  async function galleryIds(client: SignedInClient): Promise<string[]> {
    const response = await fixture.call(client, 'GET', '/api/assistants?limit=100');
    expect(response.statusCode).toBe(200);
    return response.json<AssistantGallery>().assistants.map((assistant) => assistant.id);
  }

  /** Every way to reach an assistant answers 404 with nothing of it in the body. */
  async function expectHidden(client: SignedInClient, id: string, secrets: string[]): Promise<void> {
    const attempts: [method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object][] = [
      ['GET', `/api/assistants/${id}`],
      ['GET', `/api/assistants/${id}/versions`],
      ['GET', `/api/assistants/${id}/versions/1`],
      ['PUT', `/api/assistants/${id}`, { baseVersion: 1, definition: definition('가로채기', '바꿔치기') }],
      ['PUT', `/api/assistants/${id}/sharing`, { visibility: 'institution' }],
      ['DELETE', `/api/assistants/${id}`],
      ['POST', `/api/assistants/${id}/rollback`, { version: 1 }],
      ['PUT', `/api/assistants/${id}/save`],
      ['DELETE', `/api/assistants/${id}/save`],
      ['PUT', `/api/assistants/${id}/rating`, { stars: 5 }],
      ['POST', `/api/assistants/${id}/copy`],
      [
        'POST',
        `/api/assistants/${id}/examples`,
        {
          title: '예시',
          messages: [
            { role: 'user', content: '질문' },
            { role: 'assistant', content: '답' },
          ],
        },
      ],
    ];
    for (const [method, url, payload] of attempts) {
      const response = await fixture.call(client, method, url, payload);
      expect(response.statusCode, `${method} ${url}`).toBe(404);
      expect(response.json<{ error: { code: string } }>().error.code).toBe('assistant_not_found');
      for (const secret of secrets) expect(response.body).not.toContain(secret);
    }
    expect(await galleryIds(client)).not.toContain(id);
    const everything = await fixture.call(client, 'GET', '/api/assistants?limit=100&filter=all&sort=recent');
    for (const secret of secrets) expect(everything.body).not.toContain(secret);
  }

  it('keeps a private assistant to its owner, platform admins included', async () => {
    const secret = '비밀지시문-여권-7741';
    const { id } = await fixture.create(
      fixture.kim,
      definition('나만의 여권 도우미', secret, [fixture.collections.kimPersonal]),
    );
    const own = await detail(fixture.kim, id);
    expect(own).toMatchObject({
      myRole: 'owner',
      visibility: 'private',
      version: 1,
      hiddenCollectionCount: 0,
    });
    expect(own.definition.instructions).toBe(secret);
    expect(own.collections.map((collection) => collection.id)).toEqual([fixture.collections.kimPersonal]);
    expect(await galleryIds(fixture.kim)).toContain(id);

    for (const stranger of [fixture.lee, fixture.jung, fixture.admin]) {
      await expectHidden(stranger, id, [secret, fixture.collections.kimPersonal]);
    }
    // Nothing of the attempts above changed it.
    expect((await detail(fixture.kim, id)).version).toBe(1);
  });

  it('shares with named users, who may use but not edit or re-share', async () => {
    const { id } = await fixture.create(fixture.kim, definition('민원 답변 도우미', '친절하게'), {
      visibility: 'users',
      userIds: [fixture.lee.userId],
    });
    const seen = await detail(fixture.lee, id);
    expect(seen).toMatchObject({ myRole: 'user', sharing: null, owner: { name: '김여권' } });
    expect(await galleryIds(fixture.lee)).toContain(id);
    await expectHidden(fixture.park, id, ['친절하게']);

    const edit = await fixture.call(fixture.lee, 'PUT', `/api/assistants/${id}`, {
      baseVersion: 1,
      definition: definition('민원 답변 도우미', '불친절하게'),
    });
    expect(edit.statusCode).toBe(403);
    const reshare = await fixture.call(fixture.lee, 'PUT', `/api/assistants/${id}/sharing`, {
      visibility: 'institution',
    });
    expect(reshare.statusCode).toBe(403);
    expect((await fixture.call(fixture.lee, 'DELETE', `/api/assistants/${id}`)).statusCode).toBe(403);

    const owner = await detail(fixture.kim, id);
    expect(owner.sharing).toMatchObject({
      visibility: 'users',
      userIds: [fixture.lee.userId],
      users: [{ id: fixture.lee.userId, name: '이민원', departmentName: '민원여권과' }],
      editors: [],
    });
  });

  it('shares with a department, and with the departments below it only when asked', async () => {
    const { id } = await fixture.create(fixture.lee, definition('과 공용 도우미', '과 업무'), {
      visibility: 'department',
    });
    // Defaults to the owner's department (민원여권과).
    expect((await detail(fixture.lee, id)).sharing).toMatchObject({
      visibility: 'department',
      departmentId: fixture.departments.D100,
      includeSubdepartments: false,
    });
    for (const outsider of [fixture.kim, fixture.jung, fixture.choi, fixture.park]) {
      await expectHidden(outsider, id, ['과 업무']);
    }

    const widened = await fixture.call(fixture.lee, 'PUT', `/api/assistants/${id}/sharing`, {
      visibility: 'department',
      departmentId: fixture.departments.D100,
      includeSubdepartments: true,
    });
    expect(widened.statusCode, widened.body).toBe(200);
    for (const member of [fixture.kim, fixture.jung]) {
      expect((await detail(member, id)).myRole).toBe('user');
      expect(await galleryIds(member)).toContain(id);
    }
    // Above and beside the department stay outside.
    await expectHidden(fixture.choi, id, ['과 업무']);
    await expectHidden(fixture.park, id, ['과 업무']);
  });

  it('shares with the whole institution', async () => {
    const { id } = await fixture.create(fixture.park, definition('복지 안내 도우미', '복지 제도'), {
      visibility: 'institution',
    });
    for (const client of [fixture.kim, fixture.lee, fixture.choi, fixture.admin]) {
      expect((await detail(client, id)).myRole).toBe('user');
      expect(await galleryIds(client)).toContain(id);
    }
  });

  it('lets editors edit but leaves sharing and deletion to the owner', async () => {
    const { id } = await fixture.create(fixture.kim, definition('공동 편집 도우미', '처음 지시문'), {
      visibility: 'private',
      editorIds: [fixture.lee.userId],
    });
    const seen = await detail(fixture.lee, id);
    expect(seen.myRole).toBe('editor');
    expect(seen.sharing?.editors.map((editor) => editor.id)).toEqual([fixture.lee.userId]);
    await expectHidden(fixture.park, id, ['처음 지시문']);

    const edit = await fixture.call(fixture.lee, 'PUT', `/api/assistants/${id}`, {
      baseVersion: 1,
      definition: definition('공동 편집 도우미', '고친 지시문'),
      note: '표현 다듬기',
    });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(edit.json<AssistantDetail>()).toMatchObject({
      version: 2,
      definition: { instructions: '고친 지시문' },
    });

    const reshare = await fixture.call(fixture.lee, 'PUT', `/api/assistants/${id}/sharing`, {
      visibility: 'institution',
      editorIds: [fixture.lee.userId],
    });
    expect(reshare.statusCode).toBe(403);
    expect((await fixture.call(fixture.lee, 'DELETE', `/api/assistants/${id}`)).statusCode).toBe(403);
    expect((await detail(fixture.kim, id)).visibility).toBe('private');
  });

  it('refuses sharing that names the owner, strangers to the institution or no department', async () => {
    const { id } = await fixture.create(fixture.kim, definition('공유 검사', '검사'));
    const refusals = [
      { visibility: 'users', userIds: [fixture.kim.userId] },
      { visibility: 'private', editorIds: ['00000000-0000-4000-8000-000000000000'] },
      { visibility: 'department', departmentId: '00000000-0000-4000-8000-000000000000' },
    ];
    for (const sharing of refusals) {
      const response = await fixture.call(fixture.kim, 'PUT', `/api/assistants/${id}/sharing`, sharing);
      expect(response.statusCode, JSON.stringify(sharing)).toBe(400);
      expect(response.json<{ error: { message: string } }>().error.message).toMatch(/[가-힣]/);
    }
    // A local admin account has no department to share with by default.
    const { id: adminOwned } = await fixture.create(fixture.admin, definition('관리자 도우미', '관리'));
    const noDepartment = await fixture.call(fixture.admin, 'PUT', `/api/assistants/${adminOwned}/sharing`, {
      visibility: 'department',
    });
    expect(noDepartment.statusCode).toBe(400);
  });

  it('writes sharing changes and archiving to the audit log, and archived assistants vanish', async () => {
    const { id } = await fixture.create(fixture.kim, definition('보관할 도우미', '곧 보관'), {
      visibility: 'institution',
    });
    expect(
      (await fixture.call(fixture.kim, 'PUT', `/api/assistants/${id}/sharing`, { visibility: 'private' }))
        .statusCode,
    ).toBe(200);
    expect((await fixture.call(fixture.kim, 'DELETE', `/api/assistants/${id}`)).statusCode).toBe(204);
    await expectHidden(fixture.kim, id, ['곧 보관']);
    await expectHidden(fixture.lee, id, ['곧 보관']);
    const { events } = await fixture.platform.audit.list({ page: 1, pageSize: 200 });
    const actions = events.filter((event) => event.targetId === id).map((event) => event.action);
    expect(actions.sort()).toEqual(['assistant-archived', 'assistant-created', 'assistant-sharing-changed']);
  });
});
