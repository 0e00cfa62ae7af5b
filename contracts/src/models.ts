import { z } from 'zod';

export const modelLocationSchema = z.enum(['internal', 'external']);
export const modelProviderKindSchema = z.enum(['openai-compatible', 'anthropic', 'deepl']);
export type ModelProviderKind = z.infer<typeof modelProviderKindSchema>;
export const modelCapabilitySchema = z.enum(['chat', 'embedding', 'rerank', 'image', 'translation']);
export type ModelCapability = z.infer<typeof modelCapabilitySchema>;
export type ModelLocation = z.infer<typeof modelLocationSchema>;

/** A model a user can pick (GET /api/models?capability=chat|image|translation, default chat). */
export const chatModelSchema = z.object({
  id: z.string(),
  location: modelLocationSchema,
  capability: modelCapabilitySchema,
});
export type ChatModel = z.infer<typeof chatModelSchema>;
export const chatModelListSchema = z.object({ models: z.array(chatModelSchema) });

const modelIdSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[^\s,]+$/, '모델 ID에는 공백이나 쉼표를 쓸 수 없습니다');

export const modelEndpointInputSchema = z.object({
  name: z.string().trim().min(1).max(100),
  baseUrl: z
    .url({ protocol: /^https?$/ })
    .trim()
    .regex(/^https?:\/\//, 'http:// 또는 https:// 주소여야 합니다'),
  /** Omitted on update = keep the stored key; empty string = remove it. */
  apiKey: z.string().max(500).optional(),
  modelIds: z.array(modelIdSchema).min(1).max(100),
  location: modelLocationSchema,
  enabled: z.boolean().default(true),
  provider: modelProviderKindSchema.default('openai-compatible'),
  /** Per-endpoint timeout in seconds; absent = the platform default. */
  timeoutSeconds: z.number().int().min(1).max(3600).nullable().default(null),
});
export type ModelEndpointInput = z.input<typeof modelEndpointInputSchema>;

/** What the admin API returns: never the key itself, only whether one is stored. */
export const modelEndpointSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  baseUrl: z.string(),
  hasApiKey: z.boolean(),
  modelIds: z.array(z.string()),
  location: modelLocationSchema,
  enabled: z.boolean(),
  provider: modelProviderKindSchema,
  timeoutSeconds: z.number().nullable(),
  lastTest: z.object({ at: z.string(), ok: z.boolean(), message: z.string() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ModelEndpoint = z.infer<typeof modelEndpointSchema>;
export const modelEndpointListSchema = z.object({ endpoints: z.array(modelEndpointSchema) });

export const connectionTestResultSchema = z.object({
  ok: z.boolean(),
  latencyMs: z.number(),
  message: z.string(),
  /** Model ids the endpoint reports, when it answered. */
  availableModels: z.array(z.string()),
  /** Registered model ids the endpoint did not list. */
  missingModels: z.array(z.string()),
});
export type ConnectionTestResult = z.infer<typeof connectionTestResultSchema>;

/** Admin view of one model: what it is for, where it runs, and how its deployments are doing. */
export const deploymentStatusSchema = z.object({
  endpointId: z.uuid(),
  endpointName: z.string(),
  location: modelLocationSchema,
  inFlight: z.number(),
  recentRequests: z.number(),
  recentErrorRate: z.number(),
  consecutiveFailures: z.number(),
  coolingDownUntil: z.string().nullable(),
  lastError: z.string().nullable(),
});
export const modelStatusSchema = z.object({
  id: z.string(),
  capability: modelCapabilitySchema,
  location: modelLocationSchema,
  fallbacks: z.array(z.string()),
  deployments: z.array(deploymentStatusSchema),
});
export type ModelStatus = z.infer<typeof modelStatusSchema>;
export const modelStatusListSchema = z.object({ models: z.array(modelStatusSchema) });

export const modelSettingsInputSchema = z.object({
  capability: modelCapabilitySchema,
  fallbacks: z.array(z.string().min(1).max(200)).max(10),
});
export type ModelSettingsInput = z.infer<typeof modelSettingsInputSchema>;
