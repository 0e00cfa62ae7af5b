import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock.js';
import {
  createTestPlatform,
  databaseTargets,
  portalHeaders,
  signInAsAdmin,
  signInThroughPortal,
  type TestPlatform,
} from '../../test/test-platform.js';
import { signPortalHeaders } from './portal-sso.js';

const kim = { employeeNumber: 'E1001', name: '김민원', departmentCode: null };

describe.each(databaseTargets)('sign-in (%s)', (target) => {
  let platform: TestPlatform;
  let clock: ManualClock;

  const startPlatform = async () => {
    clock = new ManualClock(new Date());
    platform = await createTestPlatform({ target, clock });
  };

  const nowSeconds = () => Math.floor(clock.now().getTime() / 1000);

  // These neither move the clock nor count users, admins or failed logins, so they share a platform.
  describe('on a shared platform', () => {
    beforeAll(startPlatform);
    afterAll(async () => {
      await platform.dispose();
    });

    it('refuses a wrong signature, a stale timestamp and missing headers with a Korean page', async () => {
      const wrong = signPortalHeaders('another-secret-that-is-long-enough-000', kim, nowSeconds());
      const bad = await platform.app.inject({ method: 'GET', url: '/chat', headers: wrong });
      expect(bad.statusCode).toBe(401);
      expect(bad.headers['content-type']).toMatch(/text\/html/);
      expect(bad.body).toContain('포털 인증 서명이 올바르지 않습니다');

      const stale = await platform.app.inject({
        method: 'GET',
        url: '/api/session',
        headers: portalHeaders(kim, nowSeconds() - 61),
      });
      expect(stale.statusCode).toBe(401);
      expect(stale.json()).toMatchObject({ error: { code: 'sso_timestamp_expired' } });

      const fresh = await platform.app.inject({
        method: 'GET',
        url: '/api/session',
        headers: portalHeaders(kim, nowSeconds() - 59),
      });
      expect(fresh.statusCode).toBe(200);

      const headers = portalHeaders(kim, nowSeconds());
      delete headers['x-portal-signature'];
      const missing = await platform.app.inject({ method: 'GET', url: '/api/session', headers });
      expect(missing.json()).toMatchObject({ error: { code: 'sso_headers_missing' } });

      const tampered = { ...portalHeaders(kim, nowSeconds()), 'x-portal-user-id': 'E9999' };
      const forged = await platform.app.inject({ method: 'GET', url: '/api/session', headers: tampered });
      expect(forged.json()).toMatchObject({ error: { code: 'sso_signature_invalid' } });
    });

    it('refuses requests from outside the allowed networks', async () => {
      const response = await platform.app.inject({
        method: 'GET',
        url: '/chat',
        remoteAddress: '203.0.113.7',
        headers: portalHeaders(kim, nowSeconds()),
      });
      expect(response.statusCode).toBe(403);
      expect(response.body).toContain('내부망에서만');
      const api = await platform.app.inject({
        method: 'GET',
        url: '/api/session',
        remoteAddress: '203.0.113.7',
      });
      expect(api.json()).toMatchObject({ error: { code: 'network_not_allowed' } });
      const inside = await platform.app.inject({
        method: 'GET',
        url: '/api/setup',
        remoteAddress: '10.20.30.40',
      });
      expect(inside.statusCode).toBe(200);
    });

    it('creates one user when the first portal requests arrive together', async () => {
      const headers = portalHeaders(
        { employeeNumber: 'E7777', name: '동시접속', departmentCode: null },
        nowSeconds(),
      );
      const responses = await Promise.all(
        Array.from({ length: 6 }, () => platform.app.inject({ method: 'GET', url: '/api/session', headers })),
      );
      expect(responses.map((response) => response.statusCode)).toEqual([200, 200, 200, 200, 200, 200]);
      const ids = new Set(responses.map((response) => response.json<{ user: { id: string } }>().user.id));
      expect(ids.size).toBe(1);
    });

    it('sends security headers', async () => {
      const response = await platform.app.inject({ method: 'GET', url: '/api/setup' });
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    });

    it('requires the CSRF token on state-changing requests', async () => {
      const client = await signInThroughPortal(platform, kim);
      const without = await platform.app.inject({
        method: 'POST',
        url: '/api/conversations',
        headers: { cookie: client.cookie },
        payload: {},
      });
      expect(without.statusCode).toBe(403);
      expect(without.json()).toMatchObject({ error: { code: 'csrf_failed' } });
      const withToken = await platform.app.inject({
        method: 'POST',
        url: '/api/conversations',
        headers: client.headers,
        payload: {},
      });
      expect(withToken.statusCode).toBe(201);
      const crossSiteLogin = await platform.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { origin: 'http://evil.example', host: 'localhost:8080' },
        payload: { username: 'x', password: 'y' },
      });
      expect(crossSiteLogin.statusCode).toBe(403);
    });

    it('signs out and keeps admin pages for admins', async () => {
      const staff = await signInThroughPortal(platform, kim);
      const forbidden = await platform.app.inject({
        method: 'GET',
        url: '/api/admin/model-endpoints',
        headers: staff.headers,
      });
      expect(forbidden.statusCode).toBe(403);
      const anonymous = await platform.app.inject({ method: 'GET', url: '/api/admin/model-endpoints' });
      expect(anonymous.statusCode).toBe(401);
      const logout = await platform.app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        headers: staff.headers,
      });
      expect(logout.statusCode).toBe(204);
      const after = await platform.app.inject({
        method: 'GET',
        url: '/api/session',
        headers: { cookie: staff.cookie },
      });
      expect(after.statusCode).toBe(401);
    });
  });

  // These count users or failed logins, need no admin yet, or move the clock: a platform each.
  describe('on a platform of its own', () => {
    beforeEach(startPlatform);
    afterEach(async () => {
      await platform.dispose();
    });

    it('creates the user on a first portal visit and updates name and department later', async () => {
      const first = await platform.app.inject({
        method: 'GET',
        url: '/api/session',
        headers: portalHeaders(kim, nowSeconds()),
      });
      expect(first.statusCode).toBe(200);
      expect(first.json<{ user: { name: string; employeeNumber: string } }>().user).toMatchObject({
        name: '김민원',
        employeeNumber: 'E1001',
      });
      const cookie = String(first.headers['set-cookie']);
      expect(cookie).toMatch(/jumugwan_session=/);
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Lax/);

      await platform.org.importDepartments(Buffer.from('부서코드,부서명\nD100,기획조정실\n'));
      const renamed = { ...kim, name: '김민원2', departmentCode: 'D100' };
      const second = await platform.app.inject({
        method: 'GET',
        url: '/api/session',
        headers: portalHeaders(renamed, nowSeconds()),
      });
      expect(second.statusCode).toBe(200);
      const user = second.json<{ user: { name: string; department: { code: string } | null } }>().user;
      expect(user.name).toBe('김민원2');
      expect(user.department?.code).toBe('D100');
      const list = await platform.org.listUsers({ offset: 0, limit: 10 });
      expect(list.total).toBe(1);
    });

    it('signs in with a local account and limits failed attempts', async () => {
      await platform.auth.createLocalAdmin({
        username: 'admin',
        name: '관리자',
        password: 'correct-horse-battery-staple',
      });
      const wrong = () =>
        platform.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: 'admin', password: 'nope' },
        });
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const response = await wrong();
        expect(response.statusCode).toBe(401);
        expect(response.json()).toMatchObject({ error: { code: 'login_failed' } });
      }
      const limited = await wrong();
      expect(limited.statusCode).toBe(429);
      expect(limited.headers['retry-after']).toBeDefined();
      const evenRight = await platform.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'admin', password: 'correct-horse-battery-staple' },
      });
      expect(evenRight.statusCode).toBe(429);
      clock.advance(15 * 60_000 + 1_000);
      const afterWindow = await platform.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'admin', password: 'correct-horse-battery-staple' },
      });
      expect(afterWindow.statusCode).toBe(200);
    });

    it('limits failures per address more loosely than per account, so one typist does not lock out an office', async () => {
      await platform.auth.createLocalAdmin({
        username: 'colleague',
        name: '동료',
        password: 'correct-horse-battery-staple',
      });
      const attempt = (username: string, password: string) =>
        platform.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
      for (let index = 0; index < 5; index += 1) await attempt('typist', 'wrong');
      expect((await attempt('typist', 'wrong')).statusCode).toBe(429);
      expect((await attempt('colleague', 'correct-horse-battery-staple')).statusCode).toBe(200);
      for (let index = 0; index < 50; index += 1) await attempt(`guess${index % 9}`, 'wrong');
      const locked = await attempt('colleague', 'correct-horse-battery-staple');
      expect(locked.statusCode).toBe(429);
    });

    it('lets the first-run setup create exactly one admin', async () => {
      expect((await platform.app.inject({ method: 'GET', url: '/api/setup' })).json()).toMatchObject({
        open: true,
      });
      const payload = { username: 'first', name: '첫 관리자', password: 'a-long-password-1' };
      const created = await platform.app.inject({ method: 'POST', url: '/api/setup', payload });
      expect(created.statusCode).toBe(200);
      expect(created.json()).toMatchObject({ user: { role: 'platform_admin' } });
      const again = await platform.app.inject({
        method: 'POST',
        url: '/api/setup',
        payload: { ...payload, username: 'second' },
      });
      expect(again.statusCode).toBe(409);
      expect(again.json()).toMatchObject({ error: { code: 'setup_closed' } });
    });

    it('tells an expired session apart from no session', async () => {
      const client = await signInAsAdmin(platform);
      expect(
        (
          await platform.app.inject({
            method: 'GET',
            url: '/api/session',
            headers: { cookie: client.cookie },
          })
        ).statusCode,
      ).toBe(200);
      clock.advance(121 * 60_000);
      const expired = await platform.app.inject({
        method: 'GET',
        url: '/api/session',
        headers: { cookie: client.cookie },
      });
      expect(expired.statusCode).toBe(401);
      expect(expired.json()).toMatchObject({ error: { code: 'session_expired' } });
      const none = await platform.app.inject({ method: 'GET', url: '/api/session' });
      expect(none.json()).toMatchObject({ error: { code: 'unauthenticated' } });
    });
  });
});
