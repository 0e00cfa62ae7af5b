import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportResult, UserList } from '@jumugwan/contracts';
import {
  createTestPlatform,
  databaseTargets,
  signInAsAdmin,
  signInThroughPortal,
  type SignedInClient,
  type TestPlatform,
} from '../../test/test-platform.js';

const departmentsCsv = [
  '부서코드,부서명,상위부서코드,구분',
  'B100,기획조정실,,',
  'D110,디지털정책과,B100,',
  'T111,AI행정팀,D110,',
  'T112,데이터팀,D110,',
].join('\r\n');

const usersCsv = [
  '사번,이름,직급,부서코드,이메일,역할',
  '20230001,김주무,주무관,T111,kim@city.go.kr,일반',
  '20230002,이팀장,팀장,T111,lee@city.go.kr,부서관리자',
  '20230003,박과장,과장,D110,,',
].join('\n');

describe.each(databaseTargets)('org chart import (%s)', (target) => {
  let platform: TestPlatform;
  let admin: SignedInClient;

  beforeEach(async () => {
    platform = await createTestPlatform({ target });
    admin = await signInAsAdmin(platform);
  });
  afterEach(async () => {
    await platform.dispose();
  });

  const upload = async (kind: 'departments' | 'users', body: Buffer) => {
    const response = await platform.app.inject({
      method: 'POST',
      url: `/api/admin/org/import/${kind}`,
      headers: { ...admin.headers, 'content-type': 'text/csv' },
      payload: body,
    });
    expect(response.statusCode).toBe(200);
    return response.json<ImportResult>();
  };

  const listUsers = async (query = '') =>
    (
      await platform.app.inject({
        method: 'GET',
        url: `/api/admin/org/users?query=${encodeURIComponent(query)}`,
        headers: admin.headers,
      })
    ).json<UserList>();

  it('imports a CP949 department tree and a UTF-8 user list', async () => {
    const departments = await upload('departments', iconv.encode(departmentsCsv, 'cp949'));
    expect(departments).toMatchObject({ ok: true, encoding: 'cp949', created: 4 });
    const tree = (
      await platform.app.inject({ method: 'GET', url: '/api/admin/org/departments', headers: admin.headers })
    ).json<{
      departments: { code: string; name: string; parentId: string | null; kind: string; id: string }[];
    }>().departments;
    const byCode = new Map(tree.map((department) => [department.code, department]));
    expect(byCode.get('B100')).toMatchObject({ name: '기획조정실', parentId: null, kind: 'bureau' });
    expect(byCode.get('D110')).toMatchObject({ parentId: byCode.get('B100')?.id, kind: 'division' });
    expect(byCode.get('T111')).toMatchObject({
      parentId: byCode.get('D110')?.id,
      kind: 'team',
      name: 'AI행정팀',
    });

    const users = await upload(
      'users',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(usersCsv)]),
    );
    expect(users).toMatchObject({ ok: true, encoding: 'utf-8', created: 3 });
    const listed = await listUsers('AI행정');
    expect(listed.users.map((user) => user.name).sort()).toEqual(['김주무', '이팀장']);
    expect(listed.users.find((user) => user.name === '이팀장')?.role).toBe('department_admin');
  });

  it('reports every bad line and changes nothing when a file has errors', async () => {
    await upload('departments', Buffer.from(departmentsCsv));
    await upload('users', Buffer.from(usersCsv));
    const before = await listUsers();

    const broken = [
      '사번,이름,직급,부서코드,이메일,역할',
      '20230001,김주무(수정),주무관,T111,kim@city.go.kr,일반',
      '20230009,,주무관,T111,,',
      '20230010,최신규,주무관,X999,,',
      '20230001,중복,주무관,T111,,',
      '20230011,정메일,주무관,T111,not-an-email,',
    ].join('\n');
    const result = await upload('users', Buffer.from(broken));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.line)).toEqual([3, 4, 5, 6]);
    expect(result.errors.every((error) => /[가-힣]/.test(error.message))).toBe(true);

    const after = await listUsers();
    expect(after).toEqual(before);
  });

  it('updates in place on re-import and deactivates people who left without deleting them', async () => {
    await upload('departments', Buffer.from(departmentsCsv));
    await upload('users', Buffer.from(usersCsv));
    const leaver = await signInThroughPortal(platform, {
      employeeNumber: '20230003',
      name: '박과장',
      departmentCode: 'D110',
    });
    expect(
      (await platform.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: leaver.cookie } }))
        .statusCode,
    ).toBe(200);

    const nextYear = [
      '사번,이름,직급,부서코드,이메일,역할',
      '20230001,김주무,주무관,T112,kim@city.go.kr,일반',
      '20230002,이팀장,팀장,T111,lee@city.go.kr,부서관리자',
    ].join('\n');
    const result = await upload('users', Buffer.from(nextYear));
    expect(result).toMatchObject({ ok: true, created: 0, updated: 1, unchanged: 1, deactivated: 1 });

    const listed = await listUsers();
    expect(listed.total).toBe(4); // three imported + the admin: nobody deleted
    expect(listed.users.find((user) => user.employeeNumber === '20230003')?.active).toBe(false);
    expect(listed.users.find((user) => user.employeeNumber === '20230001')?.departmentName).toBe('데이터팀');
    const signedOut = await platform.app.inject({
      method: 'GET',
      url: '/api/session',
      headers: { cookie: leaver.cookie },
    });
    expect(signedOut.statusCode).toBe(401);
    expect(listed.users.find((user) => user.username === 'admin')?.active).toBe(true);

    const departments = await upload(
      'departments',
      Buffer.from(departmentsCsv.split('\r\n').slice(0, 4).join('\n')),
    );
    expect(departments).toMatchObject({ ok: true, deactivated: 1, unchanged: 3 });
  });

  it('is for platform admins only', async () => {
    const staff = await signInThroughPortal(platform, {
      employeeNumber: 'S1',
      name: '직원',
      departmentCode: null,
    });
    const response = await platform.app.inject({
      method: 'POST',
      url: '/api/admin/org/import/departments',
      headers: { ...staff.headers, 'content-type': 'text/csv' },
      payload: Buffer.from(departmentsCsv),
    });
    expect(response.statusCode).toBe(403);
    expect((await platform.org.listDepartments()).length).toBe(0);
  });

  it('gives signed-in staff a directory of active colleagues and departments, nothing more', async () => {
    await upload('departments', Buffer.from(departmentsCsv));
    await upload('users', Buffer.from(usersCsv));
    const anonymous = await platform.app.inject({ method: 'GET', url: '/api/directory/departments' });
    expect(anonymous.statusCode).toBe(401);
    const staff = await signInThroughPortal(platform, {
      employeeNumber: '20230001',
      name: '김주무',
      departmentCode: 'T111',
    });
    const departments = await platform.app.inject({
      method: 'GET',
      url: '/api/directory/departments',
      headers: staff.headers,
    });
    expect(
      departments.json<{ departments: { name: string }[] }>().departments.map((row) => row.name),
    ).toEqual(expect.arrayContaining(['기획조정실', '디지털정책과', 'AI행정팀', '데이터팀']));
    const found = await platform.app.inject({
      method: 'GET',
      url: `/api/directory/users?query=${encodeURIComponent('이팀')}`,
      headers: staff.headers,
    });
    expect(found.statusCode).toBe(200);
    const users = found.json<{ users: Record<string, unknown>[] }>().users;
    expect(users.map(({ id, ...rest }) => ({ hasId: typeof id === 'string', ...rest }))).toEqual([
      { hasId: true, name: '이팀장', rank: '팀장', departmentName: 'AI행정팀' },
    ]);
    // The directory shows no e-mail, role or 사번.
    expect(JSON.stringify(users)).not.toContain('lee@city.go.kr');
    const empty = await platform.app.inject({
      method: 'GET',
      url: '/api/directory/users?query=',
      headers: staff.headers,
    });
    expect(empty.statusCode).toBe(400);
  });
});
