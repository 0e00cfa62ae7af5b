import type { ModelProviderKind } from '@jumugwan/contracts';

/**
 * Labels of the endpoint provider kinds: long for the form's select, short for the cards, and the
 * base URL example each kind expects.
 */
export const providerLabelKeys = {
  'openai-compatible': {
    long: 'models.providerOpenAiCompatible',
    short: 'models.providerShortOpenAiCompatible',
    baseUrlHint: 'models.baseUrlHint',
  },
  anthropic: {
    long: 'models.providerAnthropic',
    short: 'models.providerShortAnthropic',
    baseUrlHint: 'models.baseUrlHintAnthropic',
  },
  deepl: {
    long: 'models.providerDeepl',
    short: 'models.providerShortDeepl',
    baseUrlHint: 'models.baseUrlHintDeepl',
  },
} as const satisfies Record<ModelProviderKind, { long: string; short: string; baseUrlHint: string }>;
