import {
  assistantDetailSchema,
  assistantGallerySchema,
  conversationDetailSchema,
  conversationSummarySchema,
  extractedAttachmentSchema,
  type AssistantSummary,
  type ChatAttachment,
} from '@jumugwan/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeXlsx } from '../../../platform/spreadsheet/index.js';
import { parseChatStream } from '../../../test/chat-stream-reader.js';
import { multipartBody, multipartContentType } from '../../../test/multipart-body.js';
import { registerTestModels } from '../../../test/register-test-models.js';
import {
  createTestPlatform,
  databaseTargets,
  signInThroughPortal,
  type SignedInClient,
  type TestPlatform,
} from '../../../test/test-platform.js';
import { startTestUpstream, type TestUpstream } from '../../../test/upstream/index.js';
import { docxOf } from '../../chat/attachments/attachment-fixtures.js';
import { loadBuiltInTemplates } from '../../drafting/index.js';
import { loadBuiltInAssistants } from './load-built-in-assistants.js';

/** A file a staff member would attach, and a phrase of its text the model must receive. */
interface Fixture {
  fileName: string;
  bytes: () => Promise<Buffer>;
  marker: string;
}

const xlsx = (...parameters: Parameters<typeof writeXlsx>) => Buffer.from(writeXlsx(...parameters));

/** This season's quotes: three suppliers, one 레미콘 price ten times the others (a slipped digit). */
const unitPrices = () =>
  xlsx([
    {
      name: '자재 단가',
      columns: [
        { header: '품명', kind: 'text' },
        { header: '규격', kind: 'text' },
        { header: '단위', kind: 'text' },
        { header: '단가', kind: 'won' },
        { header: '업체', kind: 'text' },
      ],
      rows: [
        ['레미콘', '25-24-150', '㎥', 85_000, '가나건재'],
        ['레미콘', '25-24-150', '㎥', 87_500, '다라산업'],
        ['레미콘', '25-24-150', '㎥', 870_000, '마바상사'],
        ['이형철근', 'SD400 D13', '톤', 955_000, '가나건재'],
        ['이형철근', 'SD400 D13', '톤', 948_000, '다라산업'],
        ['보도블록', '200×200×60', '㎡', 23_400, '마바상사'],
      ],
    },
  ]);

// Fixtures by assistant key, one per expected file in the order the assistant lists them.
const fixtures: Record<string, Fixture[]> = {
  'construction-material-prices': [
    { fileName: '2026년 자재 단가표.xlsx', bytes: () => Promise.resolve(unitPrices()), marker: '이형철근' },
    {
      fileName: '2025년 자재 단가표.csv',
      bytes: () =>
        Promise.resolve(
          Buffer.from('품명,규격,단위,단가\n레미콘,25-24-150,㎥,81000\n경계석,화강석 180×300,m,31200\n'),
        ),
      marker: '경계석',
    },
  ],
  'excel-data-explainer': [
    {
      fileName: '민원 접수 현황.xlsx',
      bytes: () =>
        Promise.resolve(
          xlsx([
            {
              name: '월별',
              columns: [
                { header: '월', kind: 'text' },
                { header: '접수 건수', kind: 'integer' },
                { header: '처리 건수', kind: 'integer' },
              ],
              rows: [
                ['2026년 1월', 1_204, 1_150],
                ['2026년 2월', 1_388, 1_301],
                ['2026년 3월', 1_652, 1_597],
              ],
            },
          ]),
        ),
      marker: '접수 건수',
    },
  ],
  'meeting-minutes-summary': [
    {
      fileName: '주민 간담회 녹취.txt',
      bytes: () =>
        Promise.resolve(
          Buffer.from(
            '도시계획과장: 통학로 보행로 정비는 4월에 착공하겠습니다.\n주민 대표: 공사 중 우회로 안내가 필요합니다.',
          ),
        ),
      marker: '보행로 정비',
    },
  ],
  'complaint-reply-helper': [
    {
      fileName: '관련 조문.txt',
      bytes: () =>
        Promise.resolve(Buffer.from('제5조(시험 조문) 구청장은 시험용 조문에 따라 민원을 처리한다.')),
      marker: '시험용 조문',
    },
  ],
  'official-letter-translator': [
    {
      fileName: '자매도시 공문.docx',
      bytes: () => docxOf(['수신  자매도시 시청', '제목  청소년 자매도시 교류 행사 참가 요청']),
      marker: '자매도시 교류',
    },
  ],
  'one-page-report-writer': [
    {
      fileName: '공공자전거 이용 현황.txt',
      bytes: () => Promise.resolve(Buffer.from('공공자전거 따릉이 대여 건수가 전년보다 12% 늘었다.')),
      marker: '따릉이',
    },
  ],
  'law-plain-explainer': [
    {
      fileName: '조례 조문.txt',
      bytes: () =>
        Promise.resolve(Buffer.from('제3조(정의) 이 조례에서 "생활폐기물 감량"이란 시험용 정의를 말한다.')),
      marker: '생활폐기물 감량',
    },
  ],
  'gongmun-proofreader': [
    {
      fileName: '안내문.docx',
      bytes: () => docxOf(['금번 행사는 익일 개최 예정임을 알려드림.']),
      marker: '금번 행사는',
    },
  ],
};

const builtIns = await loadBuiltInAssistants();
const templateNames = new Map((await loadBuiltInTemplates()).map((template) => [template.id, template.name]));
const model = 'inside-chat';

describe('built-in assistant fixtures', () => {
  it('cover every file a built-in assistant asks for', () => {
    for (const { key, definition } of builtIns) {
      const files = fixtures[key] ?? [];
      expect(files.length, key).toBe(definition.expectedFiles.length);
      files.forEach((fixture, index) => {
        const extension = fixture.fileName.split('.').pop();
        expect(definition.expectedFiles[index]?.formats, `${key}: ${fixture.fileName}`).toContain(extension);
      });
    }
  });
});

describe.each(databaseTargets)('every built-in assistant, end to end (%s)', (target) => {
  let upstream: TestUpstream;
  let platform: TestPlatform;
  let staff: SignedInClient;
  /** The gallery's built-in cards by name, read once. */
  let gallery: Map<string, AssistantSummary>;

  // The tests only read the seeded assistants and each works in conversations of its own: one platform.
  beforeAll(async () => {
    upstream = await startTestUpstream({ models: ['inside-chat', 'outside-chat'] });
    platform = await createTestPlatform({ target });
    await registerTestModels(platform, upstream.url);
    staff = await signInThroughPortal(platform, {
      employeeNumber: 'S2026',
      name: '정주무',
      departmentCode: null,
    });
    const response = await platform.app.inject({
      method: 'GET',
      url: '/api/assistants?filter=builtIn',
      headers: staff.headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    const listed = assistantGallerySchema.parse(response.json());
    expect(listed.total).toBe(builtIns.length);
    gallery = new Map(listed.assistants.map((assistant) => [assistant.name, assistant]));
  });
  afterAll(async () => {
    await platform.dispose();
    await upstream.close();
  });

  const inject = (method: 'GET' | 'POST', url: string, payload?: object) =>
    platform.app.inject({
      method,
      url,
      headers: staff.headers,
      ...(payload === undefined ? {} : { payload }),
    });

  const detailOf = async (id: string) => {
    const response = await inject('GET', `/api/assistants/${id}`);
    expect(response.statusCode, response.body).toBe(200);
    return assistantDetailSchema.parse(response.json());
  };

  const newConversation = async (assistantId: string) => {
    const response = await inject('POST', '/api/conversations', { assistantId });
    expect(response.statusCode, response.body).toBe(201);
    return conversationSummarySchema.parse(response.json());
  };

  /** Uploads the file as the chat's attach button does and returns what the question carries. */
  const attach = async (fixture: Fixture): Promise<ChatAttachment> => {
    const response = await platform.app.inject({
      method: 'POST',
      url: '/api/chat/attachments',
      headers: { ...staff.headers, 'content-type': multipartContentType },
      payload: multipartBody([{ fileName: fixture.fileName, bytes: await fixture.bytes() }]),
    });
    expect(response.statusCode, `${fixture.fileName}: ${response.body}`).toBe(200);
    const extracted = extractedAttachmentSchema.parse(response.json());
    expect(extracted.text, fixture.fileName).toContain(fixture.marker);
    return { name: extracted.name, text: extracted.text, internal: false };
  };

  /** The chat completion the upstream received for a question (the newest that carried it). */
  const upstreamRequestFor = (question: string) => {
    const bodies = upstream.requests.flatMap((request) => {
      if (request.path !== '/v1/chat/completions') return [];
      const body = request.body as { messages?: { role: string; content: unknown }[] } | undefined;
      return body?.messages === undefined ? [] : [body.messages];
    });
    const found = bodies.reverse().find((messages) => {
      const last = messages.at(-1);
      return last?.role === 'user' && typeof last.content === 'string' && last.content.includes(question);
    });
    if (found === undefined) throw new Error(`the upstream never received: ${question}`);
    return found;
  };

  const cases = builtIns.map((assistant) => [assistant.definition.name, assistant] as const);

  it.each(cases)(
    '%s: found, opened, asked its first starter, answered and counted',
    async (_name, builtIn) => {
      const { key, definition } = builtIn;
      const card = gallery.get(definition.name);
      expect(card, key).toMatchObject({
        builtIn: true,
        owner: null,
        icon: definition.icon,
        category: definition.category,
        visibility: 'institution',
        myRole: 'user',
      });
      if (card === undefined) return;

      const opened = await detailOf(card.id);
      expect(opened.definition).toEqual(definition);
      expect(opened.draftingTemplate?.id ?? null).toBe(definition.draftingTemplateId);

      const conversation = await newConversation(card.id);
      expect(conversation.assistant).toEqual({ id: card.id, name: definition.name, icon: definition.icon });

      const starter = definition.starters[0] ?? '';
      const files = fixtures[key] ?? [];
      const attachments = await Promise.all(files.map(attach));
      const response = await inject('POST', `/api/conversations/${conversation.id}/messages`, {
        content: starter,
        model,
        ...(attachments.length === 0 ? {} : { attachments }),
      });
      expect(response.statusCode, response.body).toBe(200);
      const events = parseChatStream(response.body);
      const done = events.at(-1);
      expect(done, response.body).toMatchObject({ type: 'done', status: 'complete' });
      const streamed = events.flatMap((event) => (event.type === 'delta' ? [event.text] : [])).join('');
      expect(streamed).not.toBe('');

      // What the model was given: the instructions as the system message, the question with the files' text.
      const messages = upstreamRequestFor(starter);
      expect(messages[0]?.role).toBe('system');
      const system = String(messages[0]?.content);
      expect(system).toContain(definition.instructions);
      const templateName =
        definition.draftingTemplateId === null ? undefined : templateNames.get(definition.draftingTemplateId);
      if (templateName !== undefined) expect(system, 'the template structure').toContain(templateName);
      const question = String(messages.at(-1)?.content);
      for (const [index, fixture] of files.entries()) {
        expect(question).toContain(`[첨부 파일: ${fixture.fileName}]`);
        expect(question).toContain(fixture.marker);
        expect(question).toContain(attachments[index]?.text.trim());
      }

      const stored = conversationDetailSchema.parse(
        (await inject('GET', `/api/conversations/${conversation.id}`)).json(),
      );
      expect(stored.assistant?.id).toBe(card.id);
      expect(stored.messages.map((message) => [message.role, message.status])).toEqual([
        ['user', 'complete'],
        ['assistant', 'complete'],
      ]);
      expect(stored.messages[1]?.content).toBe(
        done?.type === 'done' && done.content !== undefined ? done.content : streamed,
      );

      expect((await detailOf(card.id)).uses).toBeGreaterThanOrEqual(1);
    },
  );

  const withRequiredFile = builtIns
    .filter((assistant) => assistant.definition.expectedFiles.some((file) => file.required))
    .map((assistant) => [assistant.definition.name, assistant] as const);

  it('has assistants that require a file', () => {
    expect(withRequiredFile.map(([, assistant]) => assistant.key).sort()).toEqual([
      'construction-material-prices',
      'excel-data-explainer',
    ]);
  });

  it.each(withRequiredFile)('%s: a first question without its file is refused', async (_name, builtIn) => {
    const { definition } = builtIn;
    const card = gallery.get(definition.name);
    if (card === undefined) throw new Error(`${definition.name} is not in the gallery`);
    const conversation = await newConversation(card.id);
    const before = upstream.requests.length;
    const starter = definition.starters[0] ?? '';
    const refused = await inject('POST', `/api/conversations/${conversation.id}/messages`, {
      content: starter,
      model,
    });
    expect(refused.statusCode, refused.body).toBe(400);
    const required = definition.expectedFiles.find((file) => file.required);
    expect(refused.json()).toMatchObject({ error: { code: 'assistant_file_required' } });
    expect(JSON.stringify(refused.json())).toContain(required?.label ?? '');
    expect(upstream.requests.length, 'nothing went to the model').toBe(before);

    // A file of another kind does not stand in for it.
    const memo = { name: '메모.txt', text: '단가표가 아닌 메모', internal: false };
    const wrongKind = await inject('POST', `/api/conversations/${conversation.id}/messages`, {
      content: starter,
      model,
      attachments: [memo],
    });
    expect(wrongKind.statusCode, wrongKind.body).toBe(400);
    expect(wrongKind.json()).toMatchObject({ error: { code: 'assistant_file_required' } });
  });
});
