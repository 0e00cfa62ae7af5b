import { z } from 'zod';

export const apiKeyInputSchema = z.object({
  name: z.string().trim().min(1).max(100),
  /** The department billed for the key's use. */
  departmentId: z.uuid(),
  /** Null: every model; a list: only these. */
  allowedModels: z.array(z.string().min(1).max(200)).max(200).nullable(),
  expiresAt: z.iso.datetime({ offset: true }).nullable(),
  requestsPerMinute: z.number().int().min(1).max(100_000).nullable(),
  tokensPerMinute: z.number().int().min(1).max(100_000_000).nullable(),
});
export type ApiKeyInput = z.infer<typeof apiKeyInputSchema>;

export const apiKeySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  keyPrefix: z.string(),
  departmentId: z.uuid(),
  departmentName: z.string(),
  allowedModels: z.array(z.string()).nullable(),
  expiresAt: z.string().nullable(),
  requestsPerMinute: z.number().nullable(),
  tokensPerMinute: z.number().nullable(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  status: z.enum(['active', 'expired', 'revoked']),
});
export type ApiKey = z.infer<typeof apiKeySchema>;
export const apiKeyListSchema = z.object({ keys: z.array(apiKeySchema) });

/** The only response that ever carries the key itself. */
export const apiKeyCreatedSchema = z.object({ apiKey: apiKeySchema, key: z.string() });
export type ApiKeyCreated = z.infer<typeof apiKeyCreatedSchema>;
