import type { UseCaseDetail, UseCaseInputDraft, UseCaseList } from '@jumugwan/contracts';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartBody, multipartContentType } from '../../test/multipart-body.js';
import {
  createTestPlatform,
  databaseTargets,
  signInAsAdmin,
  signInThroughPortal,
  type SignedInClient,
  type TestPlatform,
  requestAs,
} from '../../test/test-platform.js';
import { hwpxStructureProblems } from '../drafting/export/hwpx-structure-problems.js';
import { parseDocumentFile } from '../knowledge/ingest/parsers/parse-document-file.js';
import { UseCaseNotifier, type UseCaseNotificationValues } from './use-case-notifier.js';
import { UseCaseRepository } from './use-case-repository.js';

const departmentsCsv = [
  '부서코드,부서명,상위부서코드',
  'B100,기획조정실,',
  'D110,디지털정책과,B100',
  'T111,AI행정팀,D110',
  'D200,주차관리과,',
].join('\n');

const usersCsv = [
  '사번,이름,직급,부서코드,이메일,역할',
  '20230001,김주무,주무관,T111,,일반',
  '20230002,이실장,실장,B100,,부서관리자',
  '20230003,박과장,과장,D200,,부서관리자',
  '20230004,최직원,주무관,T111,,일반',
].join('\n');

const sampleInput: UseCaseInputDraft = {
  title: '보도자료 초안 작성',
  task: '행사 보도자료를 쓰는 일',
  category: 'documents',
  prompt: '다음 행사 개요로 보도자료 초안을 써 줘',
  minutesBefore: 120,
  minutesAfter: 30,
  result: '초안 작성 시간이 90분 줄었습니다.',
};

describe.each(databaseTargets)('use-case book (%s)', (target) => {
  let platform: TestPlatform;
  let admin: SignedInClient;
  let author: SignedInClient;
  let colleague: SignedInClient;
  let ancestorAdmin: SignedInClient;
  let unrelatedAdmin: SignedInClient;

  beforeAll(async () => {
    platform = await createTestPlatform({ target, environment: { KNOWLEDGE_WORKERS: '0' } });
    await platform.org.importDepartments(Buffer.from(departmentsCsv));
    await platform.org.importUsers(Buffer.from(usersCsv));
    admin = await signInAsAdmin(platform);
    const portal = (employeeNumber: string, name: string, departmentCode: string) =>
      signInThroughPortal(platform, { employeeNumber, name, departmentCode });
    author = await portal('20230001', '김주무', 'T111');
    ancestorAdmin = await portal('20230002', '이실장', 'B100');
    unrelatedAdmin = await portal('20230003', '박과장', 'D200');
    colleague = await portal('20230004', '최직원', 'T111');
  });
  afterAll(async () => {
    await platform.dispose();
  });

  const call = (
    client: SignedInClient,
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: object,
  ) => requestAs(platform, client, method, url, payload);

  async function createCase(
    client: SignedInClient,
    input: UseCaseInputDraft = sampleInput,
    submit = false,
  ): Promise<UseCaseDetail> {
    const response = await call(client, 'POST', '/api/cases', { input, submit });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<UseCaseDetail>();
  }

  async function publishedCase(input: UseCaseInputDraft = sampleInput): Promise<UseCaseDetail> {
    const created = await createCase(author, input, true);
    const response = await call(admin, 'POST', `/api/cases/${created.id}/review`, { decision: 'publish' });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<UseCaseDetail>();
  }

  const list = async (client: SignedInClient, query: string) => {
    const response = await call(client, 'GET', `/api/cases?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<UseCaseList>();
  };

  it('needs a session and explains invalid input in Korean', async () => {
    expect((await platform.app.inject({ method: 'GET', url: '/api/cases' })).statusCode).toBe(401);
    const response = await call(author, 'POST', '/api/cases', { input: { ...sampleInput, title: ' ' } });
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json())).toContain('제목을 입력하세요.');
  });

  it('goes through review: returned with a note, edited, resubmitted, published by an ancestor department admin', async () => {
    const draft = await createCase(author);
    expect(draft).toMatchObject({
      status: 'draft',
      canEdit: true,
      canReview: false,
      departmentName: 'AI행정팀',
    });
    // A draft is the author's own.
    for (const other of [colleague, ancestorAdmin, unrelatedAdmin]) {
      expect((await call(other, 'GET', `/api/cases/${draft.id}`)).statusCode).toBe(404);
    }
    expect((await list(author, 'view=mine')).cases.map((item) => item.id)).toContain(draft.id);

    const submitted = await call(author, 'POST', `/api/cases/${draft.id}/submit`);
    expect(submitted.json<UseCaseDetail>().status).toBe('submitted');
    expect((await list(ancestorAdmin, 'view=review')).cases.map((item) => item.id)).toContain(draft.id);
    expect((await list(unrelatedAdmin, 'view=review')).cases).toEqual([]);
    expect((await list(colleague, 'view=review')).cases).toEqual([]);
    expect((await call(colleague, 'GET', `/api/cases/${draft.id}`)).statusCode).toBe(404);
    expect((await call(unrelatedAdmin, 'GET', `/api/cases/${draft.id}`)).statusCode).toBe(404);
    const seenByReviewer = (await call(ancestorAdmin, 'GET', `/api/cases/${draft.id}`)).json<UseCaseDetail>();
    expect(seenByReviewer.canReview).toBe(true);

    for (const outsider of [unrelatedAdmin, colleague, author]) {
      const refused = await call(outsider, 'POST', `/api/cases/${draft.id}/review`, { decision: 'publish' });
      expect(refused.statusCode).toBe(403);
      expect(refused.json<{ error: { code: string } }>().error.code).toBe('forbidden');
    }

    const returned = await call(ancestorAdmin, 'POST', `/api/cases/${draft.id}/review`, {
      decision: 'return',
      note: '절감 시간 근거를 적어 주세요.',
    });
    expect(returned.json<UseCaseDetail>()).toMatchObject({
      status: 'returned',
      reviewNote: '절감 시간 근거를 적어 주세요.',
    });
    const again = await call(ancestorAdmin, 'POST', `/api/cases/${draft.id}/review`, { decision: 'publish' });
    expect(again.statusCode).toBe(409);

    const edited = await call(author, 'PUT', `/api/cases/${draft.id}`, {
      input: { ...sampleInput, result: '초안 작성 시간이 120분에서 30분으로 줄었습니다(5회 평균).' },
      submit: true,
    });
    expect(edited.json<UseCaseDetail>().status).toBe('submitted');

    const published = await call(ancestorAdmin, 'POST', `/api/cases/${draft.id}/review`, {
      decision: 'publish',
    });
    expect(published.json<UseCaseDetail>()).toMatchObject({ status: 'published', canReview: false });
    const seen = (await call(colleague, 'GET', `/api/cases/${draft.id}`)).json<UseCaseDetail>();
    expect(seen).toMatchObject({ status: 'published', canEdit: false });
    expect(seen.input.result).toContain('5회');
    expect(seen.publishedAt).not.toBeNull();

    // Published: the author may no longer change or delete it; a platform admin may.
    expect((await call(author, 'PUT', `/api/cases/${draft.id}`, { input: sampleInput })).statusCode).toBe(
      403,
    );
    expect((await call(author, 'DELETE', `/api/cases/${draft.id}`)).statusCode).toBe(403);
    const fixed = await call(admin, 'PUT', `/api/cases/${draft.id}`, {
      input: { ...sampleInput, title: '보도자료 초안' },
    });
    expect(fixed.json<UseCaseDetail>()).toMatchObject({ status: 'published', title: '보도자료 초안' });

    const audit = await call(admin, 'GET', '/api/admin/audit?action=case-returned');
    expect(audit.json<{ events: { targetId: string }[] }>().events.map((event) => event.targetId)).toContain(
      draft.id,
    );
    const publishedAudit = await call(admin, 'GET', '/api/admin/audit?action=case-published');
    expect(publishedAudit.json<{ total: number }>().total).toBeGreaterThan(0);

    // The bell: the reviewer heard of each submission, the author of each decision.
    const kinds = async (client: SignedInClient) =>
      (await call(client, 'GET', '/api/notifications'))
        .json<{ notifications: { kind: string }[] }>()
        .notifications.map((notification) => notification.kind);
    expect(
      (await kinds(ancestorAdmin)).filter((kind) => kind === 'case_submitted').length,
    ).toBeGreaterThanOrEqual(2);
    expect((await kinds(author)).filter((kind) => kind === 'case_reviewed').length).toBeGreaterThanOrEqual(2);
    expect(await kinds(colleague)).not.toContain('case_submitted');
  });

  it('refuses to send a case holding personal information to review, keeping the draft', async () => {
    const draft = await createCase(author, {
      ...sampleInput,
      result: '민원인 홍길동(010-2345-6789)에게 회신',
    });
    const submitted = await call(author, 'POST', `/api/cases/${draft.id}/submit`);
    expect(submitted.statusCode).toBe(400);
    expect(submitted.json<{ error: { code: string; message: string } }>().error).toMatchObject({
      code: 'pii_blocked',
      message: expect.stringContaining('개인정보') as unknown,
    });
    const kept = (await call(author, 'GET', `/api/cases/${draft.id}`)).json<UseCaseDetail>();
    expect(kept.status).toBe('draft');
    expect(kept.input.result).toContain('010-2345-6789');
    const direct = await call(author, 'POST', '/api/cases', { input: kept.input, submit: true });
    expect(direct.statusCode).toBe(400);
  });

  it('lets the author delete an unpublished case and no one else', async () => {
    const draft = await createCase(author);
    expect((await call(colleague, 'DELETE', `/api/cases/${draft.id}`)).statusCode).toBe(404);
    expect((await call(author, 'DELETE', `/api/cases/${draft.id}`)).statusCode).toBe(204);
    expect((await call(author, 'GET', `/api/cases/${draft.id}`)).statusCode).toBe(404);
  });

  it('searches, filters and sorts published cases', async () => {
    const marker = `검색표식${Date.now()}`;
    const fast = await publishedCase({
      ...sampleInput,
      title: `${marker} 회의록 요약`,
      category: 'summary',
      minutesBefore: 60,
      minutesAfter: 50,
    });
    const big = await publishedCase({
      ...sampleInput,
      title: `${marker} 민원 답변`,
      prompt: '민원 요지를 정리해 줘 (50% 할인_코드)',
      minutesBefore: 300,
      minutesAfter: 20,
    });
    await createCase(author, { ...sampleInput, title: `${marker} 아직 초안` });
    await call(colleague, 'PUT', `/api/cases/${fast.id}/like`);

    const found = await list(colleague, `q=${encodeURIComponent(marker)}`);
    expect(found.total).toBe(2);
    const byPrompt = await list(colleague, `q=${encodeURIComponent('50% 할인_코드')}`);
    expect(byPrompt.cases.map((item) => item.id)).toEqual([big.id]);
    const summaries = await list(colleague, `q=${encodeURIComponent(marker)}&category=summary`);
    expect(summaries.cases.map((item) => item.id)).toEqual([fast.id]);
    const byLikes = await list(colleague, `q=${encodeURIComponent(marker)}&sort=likes`);
    expect(byLikes.cases.map((item) => item.id)).toEqual([fast.id, big.id]);
    expect(byLikes.cases[0]).toMatchObject({ likes: 1, likedByMe: true });
    const bySaved = await list(colleague, `q=${encodeURIComponent(marker)}&sort=saved_time`);
    expect(bySaved.cases.map((item) => item.id)).toEqual([big.id, fast.id]);
    const departments = await call(admin, 'GET', '/api/admin/org/departments');
    const parking = departments
      .json<{ departments: { id: string; code: string }[] }>()
      .departments.find((department) => department.code === 'D200');
    expect(
      (await list(colleague, `q=${encodeURIComponent(marker)}&departmentId=${parking?.id ?? ''}`)).total,
    ).toBe(0);
    const mine = await list(author, `q=${encodeURIComponent(marker)}&view=mine`);
    expect(mine.total).toBe(3);
  });

  it('counts likes once per person and comments, and refuses them on unpublished cases', async () => {
    const useCase = await publishedCase();
    expect((await call(colleague, 'PUT', `/api/cases/${useCase.id}/like`)).json()).toEqual({
      likes: 1,
      likedByMe: true,
    });
    expect((await call(colleague, 'PUT', `/api/cases/${useCase.id}/like`)).json()).toMatchObject({
      likes: 1,
    });
    expect((await call(author, 'PUT', `/api/cases/${useCase.id}/like`)).json()).toMatchObject({ likes: 2 });
    expect((await call(author, 'DELETE', `/api/cases/${useCase.id}/like`)).json()).toEqual({
      likes: 1,
      likedByMe: false,
    });

    const comment = await call(colleague, 'POST', `/api/cases/${useCase.id}/comments`, {
      body: '좋은 사례입니다.',
    });
    expect(comment.statusCode).toBe(201);
    const commentId = comment.json<{ id: string }>().id;
    await call(author, 'POST', `/api/cases/${useCase.id}/comments`, { body: '감사합니다.' });
    const detail = (await call(colleague, 'GET', `/api/cases/${useCase.id}`)).json<UseCaseDetail>();
    expect(detail).toMatchObject({ likes: 1, comments: 2, likedByMe: true });
    expect(detail.commentList.map((item) => [item.body, item.mine])).toEqual([
      ['좋은 사례입니다.', true],
      ['감사합니다.', false],
    ]);
    // Comments are read by everyone: personal information is refused, and nothing is added.
    const withPhone = await call(colleague, 'POST', `/api/cases/${useCase.id}/comments`, {
      body: '궁금한 점은 010-2345-6789로 연락 주세요.',
    });
    expect(withPhone.statusCode).toBe(400);
    expect(withPhone.json<{ error: { code: string } }>().error.code).toBe('pii_blocked');
    const empty = await call(colleague, 'POST', `/api/cases/${useCase.id}/comments`, { body: '' });
    expect(empty.statusCode).toBe(400);
    expect(JSON.stringify(empty.json())).toContain('댓글을 입력하세요.');

    expect((await call(author, 'DELETE', `/api/cases/${useCase.id}/comments/${commentId}`)).statusCode).toBe(
      403,
    );
    expect(
      (await call(colleague, 'DELETE', `/api/cases/${useCase.id}/comments/${commentId}`)).statusCode,
    ).toBe(204);
    expect((await call(colleague, 'GET', `/api/cases/${useCase.id}`)).json<UseCaseDetail>().comments).toBe(1);

    const draft = await createCase(author);
    expect((await call(author, 'PUT', `/api/cases/${draft.id}/like`)).statusCode).toBe(409);
    expect((await call(colleague, 'PUT', `/api/cases/${draft.id}/like`)).statusCode).toBe(404);
  });

  it('keeps attachments: upload, list, download, limits and deletion', async () => {
    const draft = await createCase(author);
    const upload = (client: SignedInClient, files: { fileName: string; bytes: Buffer }[]) =>
      platform.app.inject({
        method: 'POST',
        url: `/api/cases/${draft.id}/attachments`,
        headers: { ...client.headers, 'content-type': multipartContentType },
        payload: multipartBody(files),
      });
    const added = await upload(author, [
      { fileName: '프롬프트.txt', bytes: Buffer.from('보도자료 초안을 써 줘') },
      { fileName: 'result.hwpx', bytes: Buffer.from([1, 2, 3]) },
    ]);
    expect(added.statusCode, added.body).toBe(201);
    const attachments = added.json<{
      attachments: { id: string; fileName: string; mediaType: string; byteSize: number }[];
    }>().attachments;
    expect(attachments.map((file) => [file.fileName, file.mediaType, file.byteSize])).toEqual([
      ['프롬프트.txt', 'text/plain', Buffer.byteLength('보도자료 초안을 써 줘')],
      ['result.hwpx', 'application/hwp+zip', 3],
    ]);
    const download = await call(
      author,
      'GET',
      `/api/cases/${draft.id}/attachments/${attachments[0]?.id ?? ''}`,
    );
    expect(download.statusCode).toBe(200);
    expect(download.body).toBe('보도자료 초안을 써 줘');
    expect(download.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('프롬프트.txt')}`,
    );
    expect(download.headers['content-type']).toBe('application/octet-stream');
    expect(
      (await call(colleague, 'GET', `/api/cases/${draft.id}/attachments/${attachments[0]?.id ?? ''}`))
        .statusCode,
    ).toBe(404);
    expect((await upload(colleague, [{ fileName: 'x.txt', bytes: Buffer.from('x') }])).statusCode).toBe(404);

    const empty = await upload(author, [{ fileName: 'empty.txt', bytes: Buffer.alloc(0) }]);
    expect(empty.statusCode).toBe(400);
    expect(empty.json<{ error: { message: string } }>().error.message).toContain('빈 파일');
    const large = await upload(author, [
      { fileName: 'large.bin', bytes: Buffer.alloc(10 * 1024 * 1024 + 1) },
    ]);
    expect(large.statusCode).toBe(413);
    const tooMany = await upload(
      author,
      ['a', 'b', 'c', 'd'].map((name) => ({ fileName: `${name}.txt`, bytes: Buffer.from(name) })),
    );
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json<{ error: { message: string } }>().error.message).toContain('5개까지');

    const removed = await call(
      author,
      'DELETE',
      `/api/cases/${draft.id}/attachments/${attachments[1]?.id ?? ''}`,
    );
    expect(removed.statusCode).toBe(204);
    const detail = (await call(author, 'GET', `/api/cases/${draft.id}`)).json<UseCaseDetail>();
    expect(detail.attachments.map((file) => file.fileName)).toEqual(['프롬프트.txt']);
  });

  it('exports chosen published cases as a case book in DOCX and HWPX', async () => {
    const first = await publishedCase({ ...sampleInput, title: '사례집 첫째 사례', category: 'translation' });
    const second = await publishedCase({ ...sampleInput, title: '사례집 둘째 사례', minutesBefore: null });
    const caseIds = [first.id, second.id];
    const title = '2026 생성형 AI 활용사례집';

    expect(
      (await call(ancestorAdmin, 'POST', '/api/admin/cases/export', { caseIds, format: 'docx' })).statusCode,
    ).toBe(403);
    const draft = await createCase(author);
    const unpublished = await call(admin, 'POST', '/api/admin/cases/export', {
      caseIds: [first.id, draft.id],
      format: 'docx',
    });
    expect(unpublished.statusCode).toBe(400);
    const none = await call(admin, 'POST', '/api/admin/cases/export', { caseIds: [], format: 'docx' });
    expect(JSON.stringify(none.json())).toContain('사례를 하나 이상 고르세요.');

    for (const format of ['docx', 'hwpx'] as const) {
      const response = await call(admin, 'POST', '/api/admin/cases/export', { caseIds, format, title });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['content-disposition']).toContain(
        encodeURIComponent(`2026_생성형_AI_활용사례집.${format}`),
      );
      const bytes = new Uint8Array(response.rawPayload);
      const parts = Object.fromEntries(
        Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]),
      );
      // A page break before the contents and before every case.
      if (format === 'docx') {
        expect(parts['word/document.xml']?.match(/<w:pageBreakBefore\/>/g)).toHaveLength(caseIds.length + 1);
      } else {
        expect(hwpxStructureProblems(bytes)).toEqual([]);
        expect(parts['Contents/section0.xml']?.match(/<hp:p [^>]*pageBreak="1"/g)).toHaveLength(
          caseIds.length + 1,
        );
      }
      const text = JSON.stringify((await parseDocumentFile(`book.${format}`, bytes)).blocks);
      expect(text).toContain(title);
      expect(text).toContain('목차');
      expect(text).toContain('1. 사례집 첫째 사례 (번역 · AI행정팀)');
      expect(text).toContain('2. 사례집 둘째 사례 (문서 작성 · AI행정팀)');
      expect(text).toContain('2시간 → 30분 (1시간 30분 절감)');
      expect(text).toContain('AI행정팀 김주무');
      expect(text).toContain(sampleInput.prompt);
    }
    const audit = await call(admin, 'GET', '/api/admin/audit?action=case-book-exported');
    expect(audit.json<{ total: number }>().total).toBe(2);
  });

  it('notifies the admins above the case when it is submitted and the author when it is reviewed', async () => {
    const delivered: UseCaseNotificationValues[] = [];
    const notifier = new UseCaseNotifier(
      new UseCaseRepository(platform.database.db),
      platform.org.institution.id,
      (values) => {
        delivered.push(...values);
        return Promise.resolve();
      },
    );
    const useCase = await createCase(author);
    const record = await new UseCaseRepository(platform.database.db).find(
      platform.org.institution.id,
      useCase.id,
    );
    if (record === undefined) throw new Error('the case was not stored');
    await notifier.submitted(record);
    expect(delivered.map((value) => [value.userId, value.kind])).toEqual([
      [ancestorAdmin.userId, 'case_submitted'],
    ]);
    delivered.length = 0;
    await notifier.submitted({ ...record, departmentId: null });
    expect(delivered.map((value) => value.userId)).toEqual([admin.userId]);
    delivered.length = 0;
    await notifier.reviewed(record, 'return', '근거를 보완해 주세요.');
    expect(delivered.map((value) => [value.userId, value.kind])).toEqual([[author.userId, 'case_reviewed']]);
    expect(delivered[0]?.body).toContain('근거를 보완해 주세요.');
  });
});
