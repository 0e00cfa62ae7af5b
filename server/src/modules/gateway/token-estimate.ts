import { countTokens } from 'gpt-tokenizer';
import type { ProviderChatMessage } from './provider-spec.js';

/**
 * Token counts for when a provider reports no usage. cl100k-style counts are close enough for metering
 * Korean text across models; the provider's own figure always wins when it gives one.
 */
export function estimateTokens(text: string): number {
  return text === '' ? 0 : countTokens(text);
}

export function estimatePromptTokens(messages: readonly ProviderChatMessage[]): number {
  // Each message carries a few tokens of role and separators in every chat template.
  return messages.reduce((total, message) => total + estimateTokens(message.content) + 4, 2);
}
