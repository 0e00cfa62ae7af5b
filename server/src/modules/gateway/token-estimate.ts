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

/**
 * A quick estimate that leans high, without tokenizing (which costs ~0.2 ms for a page of Korean): for budget
 * reservations, where counting too many only holds room a little longer. Byte-level BPE tokenizers give about
 * a token per 4 ASCII characters and 0.7–1.3 per Hangul syllable; half a token per UTF-8 byte gives 0.5 and
 * 1.5. The byte count is native, several times faster than looking at each character here.
 */
export function estimateTokensGenerously(text: string): number {
  return Math.ceil(Buffer.byteLength(text, 'utf8') / 2);
}

export function estimatePromptTokensGenerously(messages: readonly ProviderChatMessage[]): number {
  return messages.reduce((total, message) => total + estimateTokensGenerously(message.content) + 4, 2);
}
