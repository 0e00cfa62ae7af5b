export { startTestUpstream } from './test-upstream.js';
export type {
  ChatMessage,
  ChatRequest,
  RecordedRequest,
  ReplyContext,
  TestUpstream,
  TestUpstreamOptions,
} from './test-upstream.js';
