import {
  assistantDefinitionSchema,
  type AssistantDefinitionInput,
  type AssistantSharingInput,
} from '@jumugwan/contracts';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { assistantVersions, assistants, knowledgeCollections } from '../../platform/database/schema.js';
import {
  createTestPlatform,
  signInAsAdmin,
  signInThroughPortal,
  type DatabaseTarget,
  type SignedInClient,
  type TestPlatform,
  requestAs,
} from '../../test/test-platform.js';

/**
 * One institution for the assistants route tests: 행정국 (B100) above 민원여권과 (D100) above 여권팀 (T100),
 * and 복지정책과 (D200) beside it; staff in each, a platform admin, an internal and an external chat model,
 * and three collections (a common one, an internal one of 민원여권과, kim's personal one).
 */
export interface AssistantFixture {
  platform: TestPlatform;
  admin: SignedInClient;
  /** 여권팀 */
  kim: SignedInClient;
  /** 여권팀 */
  jung: SignedInClient;
  /** 민원여권과 */
  lee: SignedInClient;
  /** 복지정책과 */
  park: SignedInClient;
  /** 행정국 */
  choi: SignedInClient;
  departments: Record<'B100' | 'D100' | 'T100' | 'D200', string>;
  collections: Record<'common' | 'internalDivision' | 'kimPersonal', string>;
  call(
    client: SignedInClient,
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: object,
  ): Promise<LightMyRequestResponse>;
  create(
    client: SignedInClient,
    definition: AssistantDefinitionInput,
    sharing?: AssistantSharingInput,
  ): Promise<{ id: string; version: number }>;
  /** A built-in assistant as the seeder writes one (no owner, visible institution-wide). */
  insertBuiltIn(key: string, definition: AssistantDefinitionInput): Promise<string>;
  dispose(): Promise<void>;
}

export const internalModel = 'inside-chat';
export const externalModel = 'outside-chat';

export async function createAssistantFixture(target: DatabaseTarget): Promise<AssistantFixture> {
  const platform = await createTestPlatform({ target, environment: { KNOWLEDGE_WORKERS: '0' } });
  await platform.org.importDepartments(
    Buffer.from(
      '부서코드,부서명,상위부서코드\nB100,행정국,\nD100,민원여권과,B100\nT100,여권팀,D100\nD200,복지정책과,B100\n',
    ),
  );
  const departments = Object.fromEntries(
    (await platform.org.listDepartments()).map((department) => [department.code, department.id]),
  ) as AssistantFixture['departments'];
  // Never called: the tests only need the models to exist, with their locations.
  await platform.models.createEndpoint({
    name: '내부 vLLM',
    baseUrl: 'http://127.0.0.1:9/v1',
    modelIds: [internalModel],
    location: 'internal',
  });
  await platform.models.createEndpoint({
    name: '외부 API',
    baseUrl: 'http://127.0.0.1:9/v1',
    modelIds: [externalModel],
    location: 'external',
  });
  const admin = await signInAsAdmin(platform);
  const person = (employeeNumber: string, name: string, departmentCode: string) =>
    signInThroughPortal(platform, { employeeNumber, name, departmentCode });
  const kim = await person('A1', '김여권', 'T100');
  const jung = await person('A2', '정여권', 'T100');
  const lee = await person('A3', '이민원', 'D100');
  const park = await person('A4', '박복지', 'D200');
  const choi = await person('A5', '최행정', 'B100');

  const insertCollection = async (values: Partial<typeof knowledgeCollections.$inferInsert>) => {
    const [row] = await platform.database.db
      .insert(knowledgeCollections)
      .values({
        institutionId: platform.org.institution.id,
        name: '모음',
        scope: 'common',
        ownerUserId: admin.userId,
        sensitivity: 'normal',
        ...values,
      })
      .returning({ id: knowledgeCollections.id });
    if (row === undefined) throw new Error('collection was not inserted');
    return row.id;
  };
  const collections = {
    common: await insertCollection({ name: '공통 업무편람' }),
    internalDivision: await insertCollection({
      name: '여권 내부 지침',
      scope: 'department',
      departmentId: departments.D100,
      includeSubdepartments: true,
      sensitivity: 'internal',
    }),
    kimPersonal: await insertCollection({ name: '김여권 메모', scope: 'personal', ownerUserId: kim.userId }),
  };

  const call: AssistantFixture['call'] = (client, method, url, payload) =>
    requestAs(platform, client, method, url, payload);

  return {
    platform,
    admin,
    kim,
    jung,
    lee,
    park,
    choi,
    departments,
    collections,
    call,
    async create(client, definition, sharing) {
      const response = await call(client, 'POST', '/api/assistants', {
        definition,
        ...(sharing === undefined ? {} : { sharing }),
      });
      expect(response.statusCode, response.body).toBe(201);
      return response.json<{ id: string; version: number }>();
    },
    async insertBuiltIn(key, input) {
      const definition = assistantDefinitionSchema.parse(input);
      const [row] = await platform.database.db
        .insert(assistants)
        .values({
          institutionId: platform.org.institution.id,
          builtInKey: key,
          visibility: 'institution',
          name: definition.name,
          icon: definition.icon,
          category: definition.category,
        })
        .returning({ id: assistants.id });
      if (row === undefined) throw new Error('built-in assistant was not inserted');
      await platform.database.db
        .insert(assistantVersions)
        .values({ assistantId: row.id, number: 1, kind: 'created', definition });
      return row.id;
    },
    dispose: () => platform.dispose(),
  };
}
