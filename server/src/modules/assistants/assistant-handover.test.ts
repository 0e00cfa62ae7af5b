import type { AssistantDetail } from '@jumugwan/contracts';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../platform/database/schema.js';
import {
  createTestPlatform,
  databaseTargets,
  signInAsAdmin,
  signInThroughPortal,
  type SignedInClient,
  type TestPlatform,
  requestAs,
} from '../../test/test-platform.js';

const departmentsCsv = [
  '부서코드,부서명,상위부서코드',
  'B100,행정국,',
  'D100,민원여권과,B100',
  'T100,여권팀,D100',
  'D200,복지정책과,B100',
  'X300,감사관실,',
].join('\n');

const people = [
  { number: 'H1', name: '소유일', department: 'T100', role: '일반' },
  { number: 'H2', name: '여권팀장', department: 'T100', role: '부서관리자' },
  { number: 'H3', name: '소유이', department: 'D200', role: '일반' },
  { number: 'H4', name: '행정국장', department: 'B100', role: '부서관리자' },
  { number: 'H5', name: '소유삼', department: 'X300', role: '일반' },
  { number: 'H6', name: '이용자', department: 'T100', role: '일반' },
] as const;

function usersCsv(without: readonly string[]): string {
  return [
    '사번,이름,직급,부서코드,이메일,역할',
    ...people
      .filter((person) => !without.includes(person.number))
      .map((person) => `${person.number},${person.name},주무관,${person.department},,${person.role}`),
  ].join('\n');
}

describe.each(databaseTargets)('assistant handover (%s)', (target) => {
  let platform: TestPlatform;
  let admin: SignedInClient;
  let laterAdmin: SignedInClient;
  const clients = {} as Record<(typeof people)[number]['number'], SignedInClient>;

  const call = (
    client: SignedInClient,
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: object,
  ) => requestAs(platform, client, method, url, payload);

  async function createAssistant(client: SignedInClient, name: string, sharing?: object): Promise<string> {
    const response = await call(client, 'POST', '/api/assistants', {
      definition: { name, instructions: `${name} 지시문` },
      ...(sharing === undefined ? {} : { sharing }),
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ id: string }>().id;
  }

  async function detail(client: SignedInClient, id: string): Promise<AssistantDetail> {
    const response = await call(client, 'GET', `/api/assistants/${id}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<AssistantDetail>();
  }

  async function handovers(assistantId: string) {
    const { events } = await platform.audit.list({ action: 'assistant-handed-over', page: 1, pageSize: 200 });
    return events.filter((event) => event.targetId === assistantId).map((event) => event.details);
  }

  beforeAll(async () => {
    platform = await createTestPlatform({ target, environment: { KNOWLEDGE_WORKERS: '0' } });
    await platform.org.importDepartments(Buffer.from(departmentsCsv));
    await platform.org.importUsers(Buffer.from(usersCsv([])));
    admin = await signInAsAdmin(platform, 'admin');
    laterAdmin = await signInAsAdmin(platform, 'later-admin');
    // The first admin has been here longest, whatever the clock did between the two inserts.
    await platform.database.db
      .update(users)
      .set({ createdAt: new Date('2020-01-01T00:00:00Z') })
      .where(eq(users.id, admin.userId));
    for (const person of people) {
      clients[person.number] = await signInThroughPortal(platform, {
        employeeNumber: person.number,
        name: person.name,
        departmentCode: person.department,
      });
    }
  });
  afterAll(async () => {
    await platform.dispose();
  });

  it('lets only platform admins delete accounts, never their own', async () => {
    const target = clients.H6.userId;
    expect((await call(clients.H2, 'DELETE', `/api/admin/org/users/${target}`)).statusCode).toBe(403);
    expect((await call(admin, 'DELETE', `/api/admin/org/users/${admin.userId}`)).statusCode).toBe(400);
    expect(
      (await call(admin, 'DELETE', '/api/admin/org/users/00000000-0000-4000-8000-000000000000')).statusCode,
    ).toBe(404);
  });

  it('hands a deleted account’s assistants to their department admin with everything kept', async () => {
    const id = await createAssistant(clients.H1, '여권 안내 도우미', {
      visibility: 'users',
      userIds: [clients.H6.userId],
      editorIds: [clients.H2.userId],
    });
    const edited = await call(clients.H1, 'PUT', `/api/assistants/${id}`, {
      baseVersion: 1,
      definition: { name: '여권 안내 도우미', instructions: '고친 지시문' },
    });
    expect(edited.statusCode).toBe(200);
    await platform.assistants.recordUse(id);
    expect((await call(clients.H6, 'PUT', `/api/assistants/${id}/save`)).statusCode).toBe(200);

    const deleted = await call(admin, 'DELETE', `/api/admin/org/users/${clients.H1.userId}`);
    expect(deleted.statusCode, deleted.body).toBe(204);
    // Signed out, and the account is kept (deactivated) for its history.
    expect(
      (
        await platform.app.inject({
          method: 'GET',
          url: '/api/session',
          headers: { cookie: clients.H1.cookie },
        })
      ).statusCode,
    ).toBe(401);
    expect((await platform.org.findUser(clients.H1.userId))?.active).toBe(false);

    const handedOver = await detail(clients.H2, id);
    expect(handedOver).toMatchObject({
      myRole: 'owner',
      owner: { id: clients.H2.userId, name: '여권팀장' },
      version: 2,
      uses: 1,
      saves: 1,
      definition: { instructions: '고친 지시문' },
      sharing: { visibility: 'users', userIds: [clients.H6.userId], editorIds: [] },
    });
    expect((await detail(clients.H6, id)).myRole).toBe('user');
    const versions = (await call(clients.H2, 'GET', `/api/assistants/${id}/versions`)).json<{
      versions: unknown[];
    }>().versions;
    expect(versions).toHaveLength(2);
    expect(await handovers(id)).toEqual([{ fromUserId: clients.H1.userId, toUserId: clients.H2.userId }]);
    const { events } = await platform.audit.list({ action: 'user-deactivated', page: 1, pageSize: 50 });
    expect(events.map((event) => event.targetId)).toContain(clients.H1.userId);
  });

  it('hands over the assistants of people an org import deactivated, to the nearest department above', async () => {
    const id = await createAssistant(clients.H3, '복지 상담 도우미', { visibility: 'institution' });
    // H1 left earlier: listing them again would bring the account back.
    const response = await platform.app.inject({
      method: 'POST',
      url: '/api/admin/org/import/users',
      headers: { ...admin.headers, 'content-type': 'text/csv' },
      payload: Buffer.from(usersCsv(['H1', 'H3'])),
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<{ deactivated: number }>().deactivated).toBe(1);

    // 복지정책과 has no department admin; 행정국 above it has one.
    const handedOver = await detail(clients.H4, id);
    expect(handedOver).toMatchObject({ myRole: 'owner', owner: { id: clients.H4.userId }, version: 1 });
    expect(await handovers(id)).toEqual([{ fromUserId: clients.H3.userId, toUserId: clients.H4.userId }]);
  });

  it('falls back to the longest-standing platform admin when no department above has an admin', async () => {
    const id = await createAssistant(clients.H5, '감사 점검 도우미');
    expect((await call(laterAdmin, 'DELETE', `/api/admin/org/users/${clients.H5.userId}`)).statusCode).toBe(
      204,
    );
    const handedOver = await detail(admin, id);
    expect(handedOver).toMatchObject({ myRole: 'owner', visibility: 'private', owner: { id: admin.userId } });
    // Still private: the other admin does not see it.
    expect((await call(laterAdmin, 'GET', `/api/assistants/${id}`)).statusCode).toBe(404);
    expect(await handovers(id)).toEqual([{ fromUserId: clients.H5.userId, toUserId: admin.userId }]);
  });
});
