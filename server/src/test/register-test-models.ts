import type { Platform } from '../create-platform.js';

export interface TestModelIds {
  /** Served by an on-prem endpoint (location `internal`). */
  inside: string;
  /** Served by an outside API (location `external`). */
  outside: string;
}

/**
 * Registers two endpoints on the test upstream: one on-prem (`내부 vLLM`, location internal) and one outside
 * API (`외부 API`, location external), each serving one model.
 */
export async function registerTestModels(
  platform: Platform,
  upstreamUrl: string,
  models: TestModelIds = { inside: 'inside-chat', outside: 'outside-chat' },
): Promise<void> {
  await platform.models.createEndpoint({
    name: '내부 vLLM',
    baseUrl: upstreamUrl,
    modelIds: [models.inside],
    location: 'internal',
  });
  await platform.models.createEndpoint({
    name: '외부 API',
    baseUrl: upstreamUrl,
    modelIds: [models.outside],
    location: 'external',
  });
}
