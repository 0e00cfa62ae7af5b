import OpenAI from 'openai';
import type { Platform } from '../create-platform.js';
import { listenOnFreePort } from './listen-on-free-port.js';
import type { SignedInClient } from './test-platform.js';

/**
 * Serves the platform on a free port, creates an API key (any model, no limits) for the department
 * D100 민원여권과, and returns an `openai` SDK client that calls /v1 with it.
 */
export async function openAiClientFor(
  platform: Platform,
  admin: SignedInClient,
  keyName = '민원 챗봇',
): Promise<OpenAI> {
  await platform.org.importDepartments(Buffer.from('부서코드,부서명\nD100,민원여권과\n'));
  const department = (await platform.org.listDepartments()).find((entry) => entry.code === 'D100');
  if (department === undefined) throw new Error('no department D100');
  const created = await platform.apiKeys.create(
    {
      name: keyName,
      departmentId: department.id,
      allowedModels: null,
      expiresAt: null,
      requestsPerMinute: null,
      tokensPerMinute: null,
    },
    admin.userId,
  );
  const baseUrl = await listenOnFreePort(platform);
  return new OpenAI({ apiKey: created.key, baseURL: `${baseUrl}/v1`, maxRetries: 0 });
}
