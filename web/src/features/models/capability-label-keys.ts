import type { ModelCapability } from '@jumugwan/contracts';

/** i18n keys of the capability names (대화, 임베딩, …), in the order the admin select lists them. */
export const capabilityLabelKeys = {
  chat: 'capabilities.chat',
  embedding: 'capabilities.embedding',
  rerank: 'capabilities.rerank',
  image: 'capabilities.image',
  translation: 'capabilities.translation',
} as const satisfies Record<ModelCapability, string>;
