import type { GuidelineAcknowledgementStats, Guidelines, GuidelinesStatus } from '@jumugwan/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestPlatform,
  databaseTargets,
  signInAsAdmin,
  signInThroughPortal,
  type SignedInClient,
  type TestPlatform,
  requestAs,
} from '../../test/test-platform.js';
import { builtInGuidelines } from './built-in-guidelines.js';
import { GuidelineRepository } from './guideline-repository.js';
import { GuidelinesService } from './guidelines-service.js';

describe.each(databaseTargets)('AI use guidelines (%s)', (target) => {
  let platform: TestPlatform;
  let admin: SignedInClient;
  let staff: SignedInClient;

  beforeAll(async () => {
    platform = await createTestPlatform({ target, environment: { KNOWLEDGE_WORKERS: '0' } });
    admin = await signInAsAdmin(platform);
    staff = await signInThroughPortal(platform, {
      employeeNumber: 'G1',
      name: '홍길동',
      departmentCode: null,
    });
  });
  afterAll(async () => {
    await platform.dispose();
  });

  const call = (client: SignedInClient, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    requestAs(platform, client, method, url, payload);
  const status = async (client: SignedInClient) =>
    (await call(client, 'GET', '/api/guidelines')).json<GuidelinesStatus>();

  it('ships version 1 and asks everyone to acknowledge it', async () => {
    expect((await platform.app.inject({ method: 'GET', url: '/api/guidelines' })).statusCode).toBe(401);
    const first = await status(staff);
    expect(first).toMatchObject({
      current: { version: 1, publishedByName: null, content: { title: builtInGuidelines.title } },
      acknowledgedVersion: null,
      acknowledgedAt: null,
      mustAcknowledge: true,
    });
    const principles = first.current.content.principles.map((principle) => principle.title);
    expect(principles).toEqual(
      expect.arrayContaining(['공정성', '신뢰성', '보안·개인정보 보호', '투명성', '책임성']),
    );
  });

  it('records the acknowledgement, asks again after a new version and refuses an outdated one', async () => {
    const acknowledged = await call(staff, 'POST', '/api/guidelines/acknowledge', { version: 1 });
    expect(acknowledged.statusCode).toBe(200);
    const after = acknowledged.json<GuidelinesStatus>();
    expect(after).toMatchObject({ acknowledgedVersion: 1, mustAcknowledge: false });
    expect(after.acknowledgedAt).not.toBeNull();
    // Idempotent: the first time stays.
    const twice = await call(staff, 'POST', '/api/guidelines/acknowledge', { version: 1 });
    expect(twice.json<GuidelinesStatus>().acknowledgedAt).toBe(after.acknowledgedAt);

    const statsBefore = (
      await call(admin, 'GET', '/api/admin/guidelines/acknowledgements')
    ).json<GuidelineAcknowledgementStats>();
    expect(statsBefore).toMatchObject({ version: 1, activeUsers: 2, acknowledged: 1 });

    const content = {
      ...builtInGuidelines,
      checklist: [...builtInGuidelines.checklist, { text: '민원 답변에는 담당자 연락처를 넣었습니다.' }],
    };
    const published = await call(admin, 'PUT', '/api/admin/guidelines', { content });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json<Guidelines>()).toMatchObject({ version: 2, publishedByName: '관리자' });

    expect(await status(staff)).toMatchObject({
      current: { version: 2 },
      acknowledgedVersion: 1,
      mustAcknowledge: true,
    });
    const outdated = await call(staff, 'POST', '/api/guidelines/acknowledge', { version: 1 });
    expect(outdated.statusCode).toBe(409);
    expect(outdated.json<{ error: { code: string } }>().error.code).toBe('guidelines_outdated');
    expect(
      (await call(staff, 'POST', '/api/guidelines/acknowledge', { version: 2 })).json<GuidelinesStatus>(),
    ).toMatchObject({ acknowledgedVersion: 2, mustAcknowledge: false });

    const stats = (
      await call(admin, 'GET', '/api/admin/guidelines/acknowledgements')
    ).json<GuidelineAcknowledgementStats>();
    expect(stats).toMatchObject({ version: 2, activeUsers: 2, acknowledged: 1 });
    expect(stats.versions.map((version) => version.version)).toEqual([2, 1]);
    const first = await call(admin, 'GET', '/api/admin/guidelines/versions/1');
    expect(first.json<Guidelines>().content.checklist).toHaveLength(builtInGuidelines.checklist.length);

    const audit = await call(admin, 'GET', '/api/admin/audit?action=guidelines-published');
    expect(audit.json<{ events: { details: { version: number } }[] }>().events[0]?.details.version).toBe(2);
  });

  it('lets only platform admins publish, with Korean validation messages', async () => {
    const refused = await call(staff, 'PUT', '/api/admin/guidelines', { content: builtInGuidelines });
    expect(refused.statusCode).toBe(403);
    expect((await call(staff, 'GET', '/api/admin/guidelines/acknowledgements')).statusCode).toBe(403);
    const invalid = await call(admin, 'PUT', '/api/admin/guidelines', {
      content: { ...builtInGuidelines, principles: [], checklist: [{ text: ' ' }] },
    });
    expect(invalid.statusCode).toBe(400);
    const messages = JSON.stringify(invalid.json());
    expect(messages).toContain('원칙을 하나 이상 입력하세요.');
    expect(messages).toContain('점검 항목을 입력하세요.');
    expect((await status(staff)).current.version).toBe(2);
  });

  it('seeds the built-in version only for an institution without one', async () => {
    const service = new GuidelinesService(
      new GuidelineRepository(platform.database.db),
      platform.org.institution.id,
      platform.clock,
    );
    await service.ensureBuiltIn();
    expect((await service.acknowledgementStats()).versions.map((version) => version.version)).toEqual([2, 1]);
  });
});
