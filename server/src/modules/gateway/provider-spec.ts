/**
 * The provider spec: the small typed interface every model adapter implements. A provider implements the
 * capabilities its wire protocol has; vendor-specific knobs go in `providerOptions`, never in new
 * top-level fields. Adapters throw AppError (upstream_* codes) for transport and upstream failures.
 */

export interface ProviderToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

export interface ProviderChatMessage {
  role: 'system' | 'user' | 'assistant' | 'tool';
  content: string;
  /** Assistant turns that called tools. */
  toolCalls?: ProviderToolCall[];
  /** Tool turns: which call this answers. */
  toolCallId?: string;
}

export interface ProviderChatRequest {
  model: string;
  messages: ProviderChatMessage[];
  maxTokens?: number;
  temperature?: number;
  topP?: number;
  stop?: string[];
  /** OpenAI-style tool definitions, passed through as given. */
  tools?: unknown[];
  toolChoice?: unknown;
  /** Vendor-specific request fields, merged into the upstream body as given. */
  providerOptions?: Record<string, unknown>;
}

export interface ProviderUsage {
  promptTokens: number;
  completionTokens: number;
  /** Prompt tokens served from the provider's cache, when it reports them. */
  cachedTokens?: number;
}

/** OpenAI-style finish reasons; adapters map their vendor's reasons onto these. */
export type ProviderFinishReason = 'stop' | 'length' | 'tool_calls' | 'content_filter' | (string & {});

export interface ProviderChatResult {
  text: string;
  finishReason: ProviderFinishReason | null;
  usage: ProviderUsage | null;
  toolCalls?: ProviderToolCall[];
  /** Web-search providers (Perplexity) return the sources they used. */
  citations?: string[];
}

export type ProviderStreamPart =
  | { type: 'text-delta'; text: string }
  | {
      type: 'tool-call-delta';
      index: number;
      id?: string;
      name?: string;
      argumentsDelta: string;
    }
  | { type: 'citations'; urls: string[] }
  | { type: 'finish'; reason: ProviderFinishReason | null }
  | { type: 'usage'; usage: ProviderUsage };

export interface ProviderEmbeddingRequest {
  model: string;
  input: string[];
  dimensions?: number;
}

export interface ProviderEmbeddingResult {
  embeddings: number[][];
  usage: { promptTokens: number } | null;
}

export interface ProviderRerankRequest {
  model: string;
  query: string;
  documents: string[];
  topN?: number;
}

export interface ProviderRerankResult {
  /** Best first; `index` points into the request's documents. */
  results: { index: number; score: number }[];
  usage: { promptTokens: number } | null;
}

export interface ProviderTranslationRequest {
  texts: string[];
  targetLanguage: string;
  sourceLanguage?: string;
  formality?: 'default' | 'more' | 'less' | 'prefer_more' | 'prefer_less';
  glossaryId?: string;
  /** LLM-based translation needs a chat model; DeepL ignores it. */
  model?: string;
}

export interface ProviderTranslationResult {
  translations: { text: string; detectedSourceLanguage: string | null }[];
  /** Characters the provider bills for (DeepL), else the input length. */
  billedCharacters: number;
}

export interface ProviderImageRequest {
  model: string;
  prompt: string;
  size?: string;
  count?: number;
  quality?: string;
  responseFormat?: 'b64_json' | 'url';
}

export interface ProviderImageResult {
  images: { base64?: string; url?: string; revisedPrompt?: string }[];
}

export interface ProviderModelList {
  models: string[];
}

export interface ModelProvider {
  chat?(request: ProviderChatRequest, signal?: AbortSignal): Promise<ProviderChatResult>;
  /**
   * The answer as batches of parts, each batch what one network read brought (never empty): consumers
   * handle a batch at once, e.g. in one write, instead of one asynchronous step per part.
   */
  chatStream?(request: ProviderChatRequest, signal?: AbortSignal): AsyncIterable<ProviderStreamPart[]>;
  embed?(request: ProviderEmbeddingRequest, signal?: AbortSignal): Promise<ProviderEmbeddingResult>;
  rerank?(request: ProviderRerankRequest, signal?: AbortSignal): Promise<ProviderRerankResult>;
  translate?(request: ProviderTranslationRequest, signal?: AbortSignal): Promise<ProviderTranslationResult>;
  generateImage?(request: ProviderImageRequest, signal?: AbortSignal): Promise<ProviderImageResult>;
  listModels(signal?: AbortSignal): Promise<ProviderModelList>;
}

/** Settings every adapter receives: where, with which key, how long to wait. */
export interface ProviderSettings {
  /** Shown in error messages (the endpoint's admin-given name). */
  name: string;
  baseUrl: string;
  apiKey: string | null;
  timeoutMs: number;
}
