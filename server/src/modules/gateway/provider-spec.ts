/**
 * The provider spec: the small interface every model adapter implements. Vendor-specific knobs go in
 * `providerOptions`, never in new top-level fields.
 */
export interface ProviderChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ProviderChatRequest {
  model: string;
  messages: ProviderChatMessage[];
  maxTokens?: number;
  temperature?: number;
  providerOptions?: Record<string, unknown>;
}

export interface ProviderUsage {
  promptTokens: number;
  completionTokens: number;
}

export interface ProviderChatResult {
  text: string;
  finishReason: string | null;
  usage: ProviderUsage | null;
}

export type ProviderStreamPart =
  | { type: 'text-delta'; text: string }
  | { type: 'finish'; reason: string | null }
  | { type: 'usage'; usage: ProviderUsage };

export interface ProviderModelList {
  models: string[];
}

export interface ChatProvider {
  chat(request: ProviderChatRequest, signal?: AbortSignal): Promise<ProviderChatResult>;
  chatStream(request: ProviderChatRequest, signal?: AbortSignal): AsyncIterable<ProviderStreamPart>;
  listModels(signal?: AbortSignal): Promise<ProviderModelList>;
}
