import { z } from 'zod';

export const modelLocationSchema = z.enum(['internal', 'external']);
export type ModelLocation = z.infer<typeof modelLocationSchema>;

/** A model a user can pick in chat. */
export const chatModelSchema = z.object({
  id: z.string(),
  endpointName: z.string(),
  location: modelLocationSchema,
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
