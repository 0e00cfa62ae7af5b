/** What a call consumed, in every unit a price can be set in. */
export interface UsageQuantity {
  promptTokens: number;
  completionTokens: number;
  /** Of the prompt tokens, those the provider served from its cache. */
  cachedTokens: number;
  /** Characters billed (DeepL). */
  characters: number;
  images: number;
  requests: number;
}

export const noUsage: UsageQuantity = {
  promptTokens: 0,
  completionTokens: 0,
  cachedTokens: 0,
  characters: 0,
  images: 0,
  requests: 0,
};
