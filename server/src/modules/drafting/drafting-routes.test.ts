import {
  draftDetailSchema,
  draftDoneEventSchema,
  ServerSentEventDecoder,
  type DraftDetail,
  type DraftDoneEvent,
} from '@jumugwan/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setGuardPolicy } from '../../test/set-guard-policy.js';
import {
  createTestPlatform,
  databaseTargets,
  signInAsAdmin,
  signInThroughPortal,
  type SignedInClient,
  type TestPlatform,
} from '../../test/test-platform.js';
import { startTestUpstream, type TestUpstream } from '../../test/upstream/index.js';
import { parseDocumentFile } from '../knowledge/ingest/parsers/parse-document-file.js';

interface StreamEvent {
  event: string;
  data: unknown;
}

function parseEvents(body: string): StreamEvent[] {
  const decoder = new ServerSentEventDecoder();
  return [...decoder.push(new TextEncoder().encode(body)), ...decoder.finish()].map((frame) => ({
    event: frame.event,
    data: JSON.parse(frame.data) as unknown,
  }));
}

function doneOf(body: string): DraftDoneEvent {
  const done = parseEvents(body).find((event) => event.event === 'done');
  if (done === undefined) throw new Error(`no done event in ${body}`);
  return draftDoneEventSchema.parse(done.data);
}

/**
 * A model that writes like a hurried person: dates and articles in the wrong notation, no 끝., one
 * statute citation it was given and one it was not. Revisions answer with a short body.
 */
function draftingReply(request: { messages: { role: string; content?: unknown }[] }): string {
  const user = request.messages.find((message) => message.role === 'user');
  const prompt = typeof user?.content === 'string' ? user.content : '';
  if (prompt.includes('[수정 요청]')) return '1. 교육을 2026년 9월 1일부터 한 달간 실시합니다.';
  if (prompt.includes('[제공된 법령 조문]')) {
    return [
      '1. 민원 요지',
      '  귀하께서는 거주자 우선주차 구역의 불법 주차 단속을 요청하셨습니다.',
      '2. 검토 의견',
      '  가. 「도로교통법」 제35조제2항에 따라 차를 이동하게 할 수 있습니다.',
      '  나. 「주차장법」 제99조에 따라 과태료를 부과합니다.',
      '3. 결론',
      '  야간 단속을 주 2회로 늘리겠습니다.',
    ].join('\n');
  }
  return [
    '```',
    '1. 관련: 디지털정책과-1234(2026. 7. 1.)',
    '2. 직원 AI 교육을 다음과 같이 실시하고자 합니다.',
    '  가. 교육 기간: 2026년 9월 1일 ~ 2026년 9월 30일',
    '  나. 근거: 지방자치법 제13조 제1항',
    '  다. 소요 예산: 3000000원',
    '```',
  ].join('\n');
}

describe.each(databaseTargets)('drafting studio (%s)', (target) => {
  let upstream: TestUpstream;
  let platform: TestPlatform;
  let admin: SignedInClient;
  let staff: SignedInClient;
  let colleague: SignedInClient;

  beforeAll(async () => {
    upstream = await startTestUpstream({ models: ['inside-chat'], reply: draftingReply });
    platform = await createTestPlatform({ target, environment: { KNOWLEDGE_WORKERS: '0' } });
    await platform.org.importDepartments(
      Buffer.from('부서코드,부서명\nD100,디지털정책과\nD200,주차관리과\n'),
    );
    await platform.models.createEndpoint({
      name: '내부 vLLM',
      baseUrl: upstream.url,
      modelIds: ['inside-chat'],
      location: 'internal',
    });
    admin = await signInAsAdmin(platform);
    staff = await signInThroughPortal(platform, {
      employeeNumber: 'S1',
      name: '홍길동',
      departmentCode: 'D100',
    });
    colleague = await signInThroughPortal(platform, {
      employeeNumber: 'S2',
      name: '김민수',
      departmentCode: 'D200',
    });
  });
  afterAll(async () => {
    await platform.dispose();
    await upstream.close();
  });

  async function createDraft(client: SignedInClient, templateId: string, values: Record<string, unknown>) {
    const response = await platform.app.inject({
      method: 'POST',
      url: '/api/drafting/drafts',
      headers: client.headers,
      payload: { templateId, values },
    });
    expect(response.statusCode, response.body).toBe(201);
    return draftDetailSchema.parse(response.json());
  }

  it('lists the twelve built-in templates', async () => {
    const response = await platform.app.inject({
      method: 'GET',
      url: '/api/drafting/templates',
      headers: staff.headers,
    });
    const names = response
      .json<{ templates: { name: string; builtIn: boolean }[] }>()
      .templates.map((t) => t.name);
    expect(names).toEqual(
      expect.arrayContaining([
        '기안문(내부결재)',
        '시행문(대외 공문)',
        '보도자료',
        '보도 해명자료',
        '사업계획서',
        '결과보고서',
        '1쪽 보고서(개조식)',
        '회의록',
        '민원 답변서',
        '공고문',
        '인사말씀·축사',
        '설명자료(질의응답)',
      ]),
    );
  });

  it('fills the 기안문 skeleton from the form without any model, and refuses a form missing required fields', async () => {
    const draft = await createDraft(staff, 'gian-internal', {
      title: '직원 AI 교육 계획 보고',
      purpose: '직원의 AI 활용 역량을 높이고자 합니다.',
      details: '교육 기간: 2026. 9. 1. ~ 9. 30.\n교육 대상: 본청 직원 300명',
      attachments: '교육 운영 계획',
    });
    expect(draft.latest.source).toBe('skeleton');
    expect(draft.latest.document.title).toBe('직원 AI 교육 계획 보고');
    expect(draft.latest.document.slots.recipient).toBe('내부결재');
    expect(draft.latest.document.body.split('\n')).toEqual([
      '1. 관련',
      '  가. [관련 근거]',
      '2. 직원의 AI 활용 역량을 높이고자 합니다.',
      '  가. 교육 기간: 2026. 9. 1. ~ 9. 30.',
      '  나. 교육 대상: 본청 직원 300명',
      '붙임  교육 운영 계획 1부.  끝.',
    ]);

    const missing = await platform.app.inject({
      method: 'POST',
      url: '/api/drafting/drafts',
      headers: staff.headers,
      payload: { templateId: 'gian-internal', values: { title: '' } },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json<{ error: { code: string; message: string } }>().error).toMatchObject({
      code: 'validation_failed',
      message: expect.stringContaining('제목을(를) 입력하세요.') as string,
    });
    const unknown = await platform.app.inject({
      method: 'POST',
      url: '/api/drafting/drafts',
      headers: staff.headers,
      payload: { templateId: 'no-such-template', values: {} },
    });
    expect(unknown.json<{ error: { code: string } }>().error.code).toBe('template_not_found');
  });

  it('streams a draft that passes the rules by construction, revises it, keeps every version and restores one', async () => {
    const draft = await createDraft(staff, 'gian-internal', {
      title: '직원 AI 교육 계획 보고',
      purpose: '직원의 AI 활용 역량을 높이고자 합니다.',
      details: '교육 기간: 2026. 9. 1. ~ 9. 30.',
    });
    const generated = await platform.app.inject({
      method: 'POST',
      url: `/api/drafting/drafts/${draft.id}/generate`,
      headers: staff.headers,
      payload: { model: 'inside-chat' },
    });
    expect(generated.headers['content-type']).toContain('text/event-stream');
    const events = parseEvents(generated.body);
    expect(events.filter((event) => event.event === 'delta').length).toBeGreaterThan(0);
    const done = doneOf(generated.body);
    const body = done.document.body;
    expect(body).not.toContain('```');
    expect(body).toContain('2026. 9. 1.');
    expect(body).not.toContain('2026년 9월 1일');
    expect(body).toContain('「지방자치법」 제13조제1항');
    expect(body).toContain('3,000,000원');
    expect(body.endsWith('  끝.')).toBe(true);
    expect(done.findings.filter((finding) => finding.fix !== null)).toEqual([]);
    expect(done.version).toMatchObject({ number: 2, source: 'generated', model: 'inside-chat' });

    const revised = doneOf(
      (
        await platform.app.inject({
          method: 'POST',
          url: `/api/drafting/drafts/${draft.id}/generate`,
          headers: staff.headers,
          payload: { model: 'inside-chat', instruction: '더 간결하게' },
        })
      ).body,
    );
    expect(revised.version).toMatchObject({ number: 3, source: 'revised', instruction: '더 간결하게' });
    expect(revised.document.body).toBe('교육을 2026. 9. 1.부터 한 달간 실시합니다.  끝.');

    const restored = await platform.app.inject({
      method: 'PUT',
      url: `/api/drafting/drafts/${draft.id}`,
      headers: staff.headers,
      payload: { document: done.document, source: 'restored' },
    });
    const detail = draftDetailSchema.parse(restored.json()) satisfies DraftDetail;
    expect(detail.versions.map((version) => version.source)).toEqual([
      'skeleton',
      'generated',
      'revised',
      'restored',
    ]);
    expect(detail.latest.document.body).toBe(body);
    const second = await platform.app.inject({
      method: 'GET',
      url: `/api/drafting/drafts/${draft.id}/versions/2`,
      headers: staff.headers,
    });
    expect(second.json<{ document: { body: string } }>().document.body).toBe(body);

    // Nobody else reads, saves or exports it.
    for (const request of [
      { method: 'GET' as const, url: `/api/drafting/drafts/${draft.id}` },
      { method: 'GET' as const, url: `/api/drafting/drafts/${draft.id}/export?format=txt` },
      { method: 'DELETE' as const, url: `/api/drafting/drafts/${draft.id}` },
    ]) {
      const response = await platform.app.inject({ ...request, headers: colleague.headers });
      expect(response.statusCode).toBe(404);
      expect(response.body).not.toContain('지방자치법');
    }
  });

  it('verifies each statute a complaint reply cites against the texts the user provided', async () => {
    const draft = await createDraft(colleague, 'complaint-reply', {
      title: '불법 주차 단속 요청에 대한 답변',
      complaint: '집 앞 거주자 우선주차 구역에 매일 밤 다른 차가 주차합니다.',
      statutes: [
        {
          name: '도로교통법',
          text: '제35조(주차위반에 대한 조치) ① 경찰공무원은 주차 방법을 변경할 것을 명할 수 있다.\n② 시장등은 차를 이동하게 할 수 있다.',
        },
      ],
      department: '주차관리과',
      manager: '주무관 김민수',
      phone: '02-2133-0000',
    });
    const done = doneOf(
      (
        await platform.app.inject({
          method: 'POST',
          url: `/api/drafting/drafts/${draft.id}/generate`,
          headers: colleague.headers,
          payload: { model: 'inside-chat' },
        })
      ).body,
    );
    expect(done.citations).toEqual([
      expect.objectContaining({ statute: '도로교통법', verified: true }),
      expect.objectContaining({ statute: '주차장법', verified: false }),
    ]);
    const lines = done.document.body.split('\n');
    expect(lines.find((line) => line.includes('「주차장법」'))).toContain('[확인 필요]');
    expect(lines.find((line) => line.includes('「도로교통법」'))).not.toContain('[확인 필요]');
    // The prompt carried the provided text, so the model could quote it.
    const prompt = JSON.stringify(upstream.requests.at(-1));
    expect(prompt).toContain('주차위반에 대한 조치');
  });

  it('exports HWPX, DOCX, HTML and text that the project reads back, with the AI disclosure when switched on', async () => {
    const draft = await createDraft(staff, 'press-release', {
      title: '서울시, 전 직원에 생성형 AI 도입',
      releaseTime: '2026. 11. 2.(월) 06:00 이후',
      facts: '서울시는 11월 2일부터 행정 전용 생성형 AI를 전 직원에게 제공한다',
      department: '디지털정책과',
      manager: '주무관 홍길동',
      phone: '02-2133-0000',
    });
    const settings = await platform.app.inject({
      method: 'PUT',
      url: '/api/drafting/settings',
      headers: admin.headers,
      payload: { visibleDisclosure: true, disclosureText: '이 문서는 생성형 AI를 활용하여 작성되었습니다.' },
    });
    expect(settings.statusCode).toBe(200);
    for (const format of ['hwpx', 'docx'] as const) {
      const response = await platform.app.inject({
        method: 'GET',
        url: `/api/drafting/drafts/${draft.id}/export?format=${format}`,
        headers: staff.headers,
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-disposition']).toContain(encodeURIComponent('서울시'));
      const parsed = await parseDocumentFile(`draft.${format}`, response.rawPayload);
      const text = parsed.blocks
        .map((block) => (block.kind === 'table' ? block.rows.flat().join(' ') : block.text))
        .join('\n');
      expect(text).toContain('서울시, 전 직원에 생성형 AI 도입');
      expect(text).toContain('행정 전용 생성형 AI를 전 직원에게 제공한다');
      expect(text).toContain('생성형 AI를 활용하여 작성되었습니다');
    }
    const text = await platform.app.inject({
      method: 'GET',
      url: `/api/drafting/drafts/${draft.id}/export?format=txt`,
      headers: staff.headers,
    });
    expect(text.body).toContain('생성형 AI를 활용하여 작성되었습니다');
    const staffSettings = await platform.app.inject({
      method: 'PUT',
      url: '/api/drafting/settings',
      headers: staff.headers,
      payload: { visibleDisclosure: false, disclosureText: 'x' },
    });
    expect(staffSettings.statusCode).toBe(403);
  });

  it('lets platform admins add, version and archive institution templates, with Korean errors for a broken one', async () => {
    const base = await platform.app.inject({
      method: 'GET',
      url: '/api/drafting/templates/press-release',
      headers: admin.headers,
    });
    const template = {
      ...base.json<{ template: Record<string, unknown> }>().template,
      id: 'press-release-seoul',
      name: '서울시 보도자료',
    };
    const forbidden = await platform.app.inject({
      method: 'POST',
      url: '/api/drafting/templates',
      headers: staff.headers,
      payload: template,
    });
    expect(forbidden.statusCode).toBe(403);
    const created = await platform.app.inject({
      method: 'POST',
      url: '/api/drafting/templates',
      headers: admin.headers,
      payload: template,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json<{ template: { version: number }; builtIn: boolean }>()).toMatchObject({
      template: { version: 1 },
      builtIn: false,
    });
    const duplicate = await platform.app.inject({
      method: 'POST',
      url: '/api/drafting/templates',
      headers: admin.headers,
      payload: template,
    });
    expect(duplicate.json<{ error: { code: string } }>().error.code).toBe('conflict');
    const broken = await platform.app.inject({
      method: 'PUT',
      url: '/api/drafting/templates/press-release-seoul',
      headers: admin.headers,
      payload: { ...template, title: '{{headline}}' },
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json<{ error: { message: string } }>().error.message).toContain('{{headline}}');
    const updated = await platform.app.inject({
      method: 'PUT',
      url: '/api/drafting/templates/press-release-seoul',
      headers: admin.headers,
      payload: { ...template, description: '서울시 보도 지침에 맞춘 보도자료' },
    });
    expect(updated.json<{ template: { version: number }; versions: unknown[] }>()).toMatchObject({
      template: { version: 2 },
    });
    expect(updated.json<{ versions: unknown[] }>().versions).toHaveLength(2);
    const builtInEdit = await platform.app.inject({
      method: 'PUT',
      url: '/api/drafting/templates/press-release',
      headers: admin.headers,
      payload: template,
    });
    expect(builtInEdit.statusCode).toBe(403);
    const preview = await platform.app.inject({
      method: 'POST',
      url: '/api/drafting/templates/preview',
      headers: admin.headers,
      payload: { template },
    });
    expect(preview.json<{ html: string }>().html).toContain('서울시, 전 직원에 생성형 AI');
    expect(
      (
        await platform.app.inject({
          method: 'DELETE',
          url: '/api/drafting/templates/press-release-seoul',
          headers: admin.headers,
        })
      ).statusCode,
    ).toBe(204);
    const gone = await platform.app.inject({
      method: 'GET',
      url: '/api/drafting/templates/press-release-seoul',
      headers: staff.headers,
    });
    expect(gone.statusCode).toBe(404);
  });

  it('lints text with one-click fixes', async () => {
    const response = await platform.app.inject({
      method: 'POST',
      url: '/api/drafting/lint',
      headers: staff.headers,
      payload: { text: '회의는 2026년 9월 1일에 합니다.' },
    });
    const findings = response.json<{ findings: { rule: string; fix: { replacement: string } | null }[] }>()
      .findings;
    expect(findings.find((finding) => finding.rule === 'DATE_KOREAN')?.fix?.replacement).toBe('2026. 9. 1.');
  });

  it('stores nothing when the retention policy is "none" but still composes, writes and exports', async () => {
    const earlier = await createDraft(staff, 'speech', {
      title: '신년사',
      speaker: '시장',
      event: '시무식',
      messages: '새해 인사',
    });
    await setGuardPolicy(platform, admin, { retention: 'none' });
    try {
      // Drafts stored before the policy changed go with the next retention run, as conversations do.
      expect((await platform.retention.purge()).drafts).toBeGreaterThanOrEqual(1);
      const gone = await platform.app.inject({
        method: 'GET',
        url: `/api/drafting/drafts/${earlier.id}`,
        headers: staff.headers,
      });
      expect(gone.statusCode).toBe(404);
      const settings = await platform.app.inject({
        method: 'GET',
        url: '/api/drafting/settings',
        headers: staff.headers,
      });
      expect(settings.json<{ storageAllowed: boolean }>().storageAllowed).toBe(false);
      const refused = await platform.app.inject({
        method: 'POST',
        url: '/api/drafting/drafts',
        headers: staff.headers,
        payload: {
          templateId: 'speech',
          values: { title: '축사', speaker: '시장', event: '박람회', messages: '감사' },
        },
      });
      expect(refused.json<{ error: { code: string } }>().error.code).toBe('draft_storage_disabled');
      const composed = await platform.app.inject({
        method: 'POST',
        url: '/api/drafting/compose',
        headers: staff.headers,
        payload: {
          templateId: 'speech',
          values: { title: '축사', speaker: '시장', event: '박람회', messages: '감사' },
        },
      });
      const document = composed.json<{ document: { body: string } }>().document;
      expect(document.body).toContain('시장입니다.');
      const written = doneOf(
        (
          await platform.app.inject({
            method: 'POST',
            url: '/api/drafting/generate',
            headers: staff.headers,
            payload: {
              templateId: 'speech',
              values: { title: '축사', speaker: '시장', event: '박람회', messages: '감사' },
              model: 'inside-chat',
            },
          })
        ).body,
      );
      expect(written.version).toBeNull();
      const exported = await platform.app.inject({
        method: 'POST',
        url: '/api/drafting/export',
        headers: staff.headers,
        payload: { templateId: 'speech', document: written.document, format: 'docx' },
      });
      expect(exported.statusCode).toBe(200);
      const list = await platform.app.inject({
        method: 'GET',
        url: '/api/drafting/drafts',
        headers: staff.headers,
      });
      const titles = list.json<{ drafts: { title: string }[] }>().drafts.map((entry) => entry.title);
      expect(titles).not.toContain('축사');
    } finally {
      await setGuardPolicy(platform, admin, { retention: 'keep' });
    }
  });

  it('records when a user confirmed the AI-use notice', async () => {
    const before = await platform.app.inject({
      method: 'GET',
      url: '/api/drafting/settings',
      headers: colleague.headers,
    });
    expect(before.json<{ acknowledgedAt: string | null }>().acknowledgedAt).toBeNull();
    await platform.app.inject({
      method: 'POST',
      url: '/api/drafting/acknowledge',
      headers: colleague.headers,
    });
    const after = await platform.app.inject({
      method: 'GET',
      url: '/api/drafting/settings',
      headers: colleague.headers,
    });
    expect(after.json<{ acknowledgedAt: string | null }>().acknowledgedAt).not.toBeNull();
  });
});
