export { startAnthropicUpstream } from './anthropic-upstream.js';
export { startDeepLUpstream } from './deepl-upstream.js';
export { startTestUpstream } from './test-upstream.js';
export type {
  ChatMessage,
  ChatRequest,
  RecordedRequest,
  ReplyContext,
  TestUpstream,
  TestUpstreamOptions,
} from './test-upstream.js';
