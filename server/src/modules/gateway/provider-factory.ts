import type { Egress } from '../../platform/egress.js';
import type { ModelEndpointRow } from './model-endpoint-repository.js';
import type { ModelProvider, ProviderSettings } from './provider-spec.js';
import { AnthropicProvider } from './providers/anthropic-provider.js';
import { DeepLProvider } from './providers/deepl-provider.js';
import { OpenAiCompatibleProvider } from './providers/openai-compatible-provider.js';

/** The adapter for an endpoint's wire protocol. */
export function createProvider(
  egress: Egress,
  endpoint: ModelEndpointRow,
  settings: ProviderSettings,
): ModelProvider {
  switch (endpoint.provider) {
    case 'openai-compatible':
      return new OpenAiCompatibleProvider(egress, settings);
    case 'anthropic':
      return new AnthropicProvider(egress, settings);
    case 'deepl':
      return new DeepLProvider(egress, settings);
  }
}
