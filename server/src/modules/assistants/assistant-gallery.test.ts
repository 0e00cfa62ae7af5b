import type { AssistantDetail, AssistantGallery, AssistantSummary } from '@jumugwan/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets, type SignedInClient } from '../../test/test-platform.js';
import { createAssistantFixture, type AssistantFixture } from './assistant-test-fixture.js';

/** A word only this file's assistants carry, so the seeded built-in ones stay out of the comparisons. */
const marker = '갤러리시험';

describe.each(databaseTargets)('assistant gallery (%s)', (target) => {
  let fixture: AssistantFixture;
  const ids = {} as Record<'rated' | 'saved' | 'used', string>;

  async function gallery(client: SignedInClient, query: string): Promise<AssistantGallery> {
    const response = await fixture.call(client, 'GET', `/api/assistants?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<AssistantGallery>();
  }
  const names = (result: AssistantGallery) => result.assistants.map((assistant) => assistant.name);

  beforeAll(async () => {
    fixture = await createAssistantFixture(target);
    const shared = { visibility: 'institution' as const };
    ids.rated = (
      await fixture.create(
        fixture.kim,
        {
          name: `${marker} 가 별점`,
          instructions: '지시',
          category: 'summary',
          description: '주간 회의록요약시험 도우미',
        },
        shared,
      )
    ).id;
    ids.saved = (
      await fixture.create(
        fixture.kim,
        { name: `${marker} 나 저장`, instructions: '지시', category: 'documents', description: '공문 초안' },
        shared,
      )
    ).id;
    ids.used = (
      await fixture.create(
        fixture.kim,
        { name: `${marker} 다 사용`, instructions: '지시', category: 'documents', description: '보도자료' },
        shared,
      )
    ).id;
    // Many private ones first in name order: access must be filtered before the limit.
    for (const letter of ['ㄱ', 'ㄴ', 'ㄷ', 'ㄹ']) {
      await fixture.create(fixture.kim, { name: `${marker} ${letter} 비공개`, instructions: '지시' });
    }
  });
  afterAll(async () => {
    await fixture.dispose();
  });

  it('counts saves, ratings and uses, and sorts by each', async () => {
    for (const client of [fixture.lee, fixture.park]) {
      expect((await fixture.call(client, 'PUT', `/api/assistants/${ids.saved}/save`)).statusCode).toBe(200);
    }
    const rate = (client: SignedInClient, stars: number) =>
      fixture.call(client, 'PUT', `/api/assistants/${ids.rated}/rating`, { stars });
    expect((await rate(fixture.lee, 3)).statusCode).toBe(200);
    expect((await rate(fixture.lee, 5)).statusCode).toBe(200);
    const rated = await rate(fixture.park, 4);
    expect(rated.json<AssistantSummary>()).toMatchObject({ ratingAverage: 4.5, ratingCount: 2 });
    // Owners do not rate their own.
    expect((await rate(fixture.kim, 5)).statusCode).toBe(400);
    for (let count = 0; count < 5; count += 1) await fixture.platform.assistants.recordUse(ids.used);

    const query = `q=${encodeURIComponent(marker)}`;
    const cards = (await gallery(fixture.lee, `${query}&sort=name`)).assistants;
    expect(cards.map((card) => card.id)).toEqual([ids.rated, ids.saved, ids.used]);
    expect(cards.find((card) => card.id === ids.saved)).toMatchObject({ saves: 2, savedByMe: true, uses: 0 });
    expect(cards.find((card) => card.id === ids.used)).toMatchObject({ uses: 5, saves: 0, savedByMe: false });
    expect(cards.find((card) => card.id === ids.rated)).toMatchObject({
      ratingAverage: 4.5,
      ratingCount: 2,
      myRole: 'user',
      owner: { id: fixture.kim.userId, name: '김여권', departmentName: '여권팀' },
      departmentName: '여권팀',
      builtIn: false,
    });

    const order = async (sort: string) =>
      (await gallery(fixture.lee, `${query}&sort=${sort}`)).assistants.map((card) => card.id);
    expect((await order('uses'))[0]).toBe(ids.used);
    expect((await order('saves'))[0]).toBe(ids.saved);
    expect((await order('rating'))[0]).toBe(ids.rated);
    // ln(1+0) + 2·ln(3) ≈ 2.20 for the saved one, ln(6) ≈ 1.79 for the used one, 18/5 − 3 = 0.6 for the rated one.
    expect(await order('popular')).toEqual([ids.saved, ids.used, ids.rated]);

    const unsaved = await fixture.call(fixture.lee, 'DELETE', `/api/assistants/${ids.saved}/save`);
    expect(unsaved.json<AssistantSummary>()).toMatchObject({ saves: 1, savedByMe: false });
    const detail = (
      await fixture.call(fixture.park, 'GET', `/api/assistants/${ids.rated}`)
    ).json<AssistantDetail>();
    expect(detail.myRating).toBe(4);
  });

  it('filters by text, category, department and the caller’s own lists', async () => {
    const query = `q=${encodeURIComponent(marker)}`;
    expect(names(await gallery(fixture.lee, `q=${encodeURIComponent('회의록요약시험')}`))).toEqual([
      `${marker} 가 별점`,
    ]);
    expect(names(await gallery(fixture.lee, `${query}&category=documents&sort=name`))).toEqual([
      `${marker} 나 저장`,
      `${marker} 다 사용`,
    ]);
    expect((await gallery(fixture.lee, `${query}&departmentId=${fixture.departments.T100}`)).total).toBe(3);
    expect((await gallery(fixture.lee, `${query}&departmentId=${fixture.departments.D200}`)).total).toBe(0);
    expect((await gallery(fixture.lee, `${query}&filter=mine`)).total).toBe(0);
    expect((await gallery(fixture.kim, `${query}&filter=mine`)).total).toBe(7);
    expect(names(await gallery(fixture.park, `${query}&filter=saved`))).toEqual([`${marker} 나 저장`]);
  });

  it('applies access before the limit and counts only what the caller may use', async () => {
    const query = `q=${encodeURIComponent(marker)}&sort=name`;
    const page = await gallery(fixture.lee, `${query}&limit=2`);
    expect(page.total).toBe(3);
    expect(page.assistants.map((card) => card.id)).toEqual([ids.rated, ids.saved]);
    const next = await gallery(fixture.lee, `${query}&limit=2&offset=2`);
    expect(next.assistants.map((card) => card.id)).toEqual([ids.used]);
    expect((await gallery(fixture.kim, `${query}&limit=100`)).total).toBe(7);
    expect(names(await gallery(fixture.kim, `${query}&limit=100`))).toContain(`${marker} ㄱ 비공개`);
  });

  it('shows built-in assistants to everyone; staff copy one to customise it, admins edit it', async () => {
    const builtInId = await fixture.insertBuiltIn('gallery-test-built-in', {
      name: `${marker} 기본 기안문 도우미`,
      instructions: '기안문 형식을 지킵니다.',
      starters: ['기안문 써 줘'],
    });
    const listed = await gallery(fixture.lee, `q=${encodeURIComponent(marker)}&filter=builtIn`);
    expect(listed.assistants).toHaveLength(1);
    expect(listed.assistants[0]).toMatchObject({ id: builtInId, builtIn: true, owner: null, myRole: 'user' });
    expect(
      (await fixture.call(fixture.admin, 'GET', `/api/assistants/${builtInId}`)).json<AssistantDetail>()
        .myRole,
    ).toBe('editor');

    const staffEdit = await fixture.call(fixture.lee, 'PUT', `/api/assistants/${builtInId}`, {
      baseVersion: 1,
      definition: { name: '바꾼 이름', instructions: '바꿈' },
    });
    expect(staffEdit.statusCode).toBe(403);
    const adminEdit = await fixture.call(fixture.admin, 'PUT', `/api/assistants/${builtInId}`, {
      baseVersion: 1,
      definition: {
        name: `${marker} 기본 기안문 도우미`,
        instructions: '기안문 형식을 꼭 지킵니다.',
        starters: ['기안문 써 줘'],
      },
    });
    expect(adminEdit.statusCode, adminEdit.body).toBe(200);
    expect(
      (
        await fixture.call(fixture.admin, 'PUT', `/api/assistants/${builtInId}/sharing`, {
          visibility: 'private',
        })
      ).statusCode,
    ).toBe(403);

    const copied = await fixture.call(fixture.lee, 'POST', `/api/assistants/${builtInId}/copy`);
    expect(copied.statusCode, copied.body).toBe(201);
    const copy = copied.json<AssistantDetail>();
    expect(copy).toMatchObject({
      builtIn: false,
      myRole: 'owner',
      visibility: 'private',
      version: 1,
      name: `${marker} 기본 기안문 도우미 (사본)`,
      owner: { id: fixture.lee.userId },
      definition: { instructions: '기안문 형식을 꼭 지킵니다.', starters: ['기안문 써 줘'] },
    });
    expect((await fixture.call(fixture.park, 'GET', `/api/assistants/${copy.id}`)).statusCode).toBe(404);
    const own = await fixture.call(fixture.lee, 'PUT', `/api/assistants/${copy.id}`, {
      baseVersion: 1,
      definition: { ...copy.definition, instructions: '우리 과 양식으로' },
    });
    expect(own.statusCode).toBe(200);
  });

  it('lets editors publish examples everyone who may use it sees', async () => {
    const example = {
      title: '회의록 요약 예시',
      messages: [
        { role: 'user', content: '회의록을 요약해 줘' },
        { role: 'assistant', content: '1. 주요 결정 사항' },
      ],
    };
    expect(
      (await fixture.call(fixture.lee, 'POST', `/api/assistants/${ids.rated}/examples`, example)).statusCode,
    ).toBe(403);
    const published = await fixture.call(
      fixture.kim,
      'POST',
      `/api/assistants/${ids.rated}/examples`,
      example,
    );
    expect(published.statusCode, published.body).toBe(201);
    // A conversation holding personal information is not published: it would reach everyone who may use it.
    const withPhone = await fixture.call(fixture.kim, 'POST', `/api/assistants/${ids.rated}/examples`, {
      ...example,
      messages: [...example.messages, { role: 'user', content: '민원인 연락처는 010-2345-6789입니다.' }],
    });
    expect(withPhone.statusCode).toBe(400);
    expect(withPhone.json<{ error: { code: string; message: string } }>().error).toMatchObject({
      code: 'pii_blocked',
      message: expect.stringContaining('전화번호') as unknown,
    });
    const exampleId = published.json<{ id: string }>().id;
    const seen = (
      await fixture.call(fixture.park, 'GET', `/api/assistants/${ids.rated}`)
    ).json<AssistantDetail>();
    expect(seen.examples).toMatchObject([
      { id: exampleId, title: example.title, messages: example.messages },
    ]);
    expect(
      (await fixture.call(fixture.kim, 'DELETE', `/api/assistants/${ids.rated}/examples/${exampleId}`))
        .statusCode,
    ).toBe(204);
    expect(
      (await fixture.call(fixture.park, 'GET', `/api/assistants/${ids.rated}`)).json<AssistantDetail>()
        .examples,
    ).toEqual([]);
  });
});
