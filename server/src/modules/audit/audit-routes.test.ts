import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditEventListSchema, auditMaxPageSize } from '@jumugwan/contracts';
import { ManualClock } from '../../platform/clock.js';
import {
  createTestPlatform,
  databaseTargets,
  portalHeaders,
  signInAsAdmin,
  type SignedInClient,
  type TestPlatform,
} from '../../test/test-platform.js';

const hour = 3_600_000;

describe.each(databaseTargets)('audit log routes (%s)', (target) => {
  let platform: TestPlatform;
  let clock: ManualClock;
  let admin: SignedInClient;

  beforeEach(async () => {
    // 2025-06-15 23:30 KST: the next event, an hour later, falls on the next Korean day.
    clock = new ManualClock(new Date('2025-06-15T14:30:00Z'));
    platform = await createTestPlatform({ target, clock });
    admin = await signInAsAdmin(platform);
  });
  afterEach(async () => {
    await platform.dispose();
  });

  const get = (url: string, headers: Record<string, string> = admin.headers) =>
    platform.app.inject({ method: 'GET', url, headers });

  const list = async (query = '') => {
    const response = await get(`/api/admin/audit${query}`);
    expect(response.statusCode).toBe(200);
    return auditEventListSchema.parse(response.json());
  };

  it('is for platform admins only, with the usual error shape', async () => {
    // Portal headers signed at the platform's (manual) time sign a staff member in on each request.
    const staff = portalHeaders(
      { employeeNumber: 'S1', name: '직원', departmentCode: null },
      Math.floor(clock.now().getTime() / 1000),
    );
    for (const url of ['/api/admin/audit', '/api/admin/audit/export.csv']) {
      const forbidden = await get(url, staff);
      expect(forbidden.statusCode).toBe(403);
      const body = forbidden.json<{ error: { code: string; message: string } }>();
      expect(Object.keys(body)).toEqual(['error']);
      expect(body.error.code).toBe('forbidden');
      expect(body.error.message).toBe('이 작업을 할 권한이 없습니다.');
      const anonymous = await platform.app.inject({ method: 'GET', url });
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.json()).toMatchObject({ error: { code: 'unauthenticated' } });
    }
  });

  it('lists newest first with filters and a capped page size', async () => {
    clock.advance(hour);
    const failed = await platform.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: 'not-the-password' },
    });
    expect(failed.statusCode).toBe(401);

    const all = await list();
    expect(all.events.map((event) => event.action)).toEqual(['sign-in-failed', 'sign-in-succeeded']);
    expect(all).toMatchObject({ total: 2, page: 1, pageSize: 50 });

    expect((await list('?action=sign-in-failed')).total).toBe(1);
    expect((await list('?outcome=success')).events[0]?.action).toBe('sign-in-succeeded');
    expect((await list('?actor=%EA%B4%80%EB%A6%AC%EC%9E%90')).total).toBe(2); // 관리자
    expect((await list('?actor=nobody')).total).toBe(0);
    // The first row is 23:30 on the 15th in Korea, the second 00:30 on the 16th.
    expect((await list('?from=2025-06-15&to=2025-06-15')).events.map((event) => event.action)).toEqual([
      'sign-in-succeeded',
    ]);
    expect((await list('?from=2025-06-16')).events.map((event) => event.action)).toEqual(['sign-in-failed']);
    const paged = await list('?page=2&pageSize=1');
    expect(paged.events.map((event) => event.action)).toEqual(['sign-in-succeeded']);

    for (const bad of [
      `?pageSize=${auditMaxPageSize + 1}`,
      '?page=0',
      '?from=2025-13-01',
      '?from=yesterday',
      '?from=2025-06-16&to=2025-06-15',
      '?action=made-up-action',
      '?outcome=maybe',
    ]) {
      const response = await get(`/api/admin/audit${bad}`);
      expect(response.statusCode, bad).toBe(400);
      expect(response.json()).toMatchObject({ error: { code: 'validation_failed' } });
    }
  });

  it('exports CSV with a BOM, Korean headers, Korean times, quoting and the formula guard', async () => {
    clock.advance(hour);
    await platform.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: '=HYPERLINK("http://x","클릭"),1', password: 'whatever-password' },
    });

    const response = await get('/api/admin/audit/export.csv');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toContain(
      'attachment; filename="audit-log-2025-06-16.csv"',
    );
    expect(response.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('감사로그-2025-06-16.csv')}`,
    );
    expect(response.headers['x-audit-total']).toBe('2');
    expect(response.headers['x-audit-truncated']).toBe('false');

    const bytes = response.rawPayload;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('일시 (KST),작업,결과,수행자,대상 유형,대상 ID,IP,세부 정보');
    expect(lines).toHaveLength(4); // header, two rows, the empty string after the last CRLF
    expect(lines[3]).toBe('');
    const failedLine = lines[1] ?? '';
    expect(failedLine.startsWith('2025-06-16 00:30:00,로그인 실패,실패,')).toBe(true);
    expect(failedLine).toContain(`"'=HYPERLINK(""http://x"",""클릭""),1"`);
    expect(failedLine).toContain('"{""method"":""local"",""reason"":""unknown_user""}"');
    expect(failedLine).not.toContain('whatever-password');
    const succeededLine = lines[2] ?? '';
    expect(succeededLine.startsWith('2025-06-15 23:30:00,로그인 성공,성공,관리자 (admin),사용자,')).toBe(
      true,
    );

    const filtered = await get('/api/admin/audit/export.csv?action=sign-in-succeeded');
    const filteredLines = filtered.rawPayload.subarray(3).toString('utf8').split('\r\n');
    expect(filteredLines).toHaveLength(3);
    expect(filtered.headers['x-audit-total']).toBe('1');

    expect((await get('/api/admin/audit/export.csv?to=nope')).statusCode).toBe(400);
  });
});
