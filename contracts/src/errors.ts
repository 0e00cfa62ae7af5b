import { z } from 'zod';

/** Stable error codes shared by the server and the web client. */
export const errorCodeSchema = z.enum([
  'invalid_json',
  'validation_failed',
  'payload_too_large',
  'unauthenticated',
  'session_expired',
  'csrf_failed',
  'forbidden',
  'network_not_allowed',
  'sso_signature_invalid',
  'sso_timestamp_expired',
  'sso_headers_missing',
  'login_failed',
  'rate_limited',
  'not_found',
  'conversation_not_found',
  'model_not_found',
  'no_model_registered',
  'upstream_unavailable',
  'upstream_error',
  'upstream_timeout',
  'upstream_interrupted',
  'setup_closed',
  'import_invalid',
  'conflict',
  'shutting_down',
  'internal_error',
  'banned_word',
  'pii_blocked',
  'internal_only',
  'retention_none',
  'budget_exhausted',
  'collection_not_found',
  'document_not_found',
  'passage_not_found',
  'embedding_unavailable',
  'template_not_found',
  'draft_not_found',
  'draft_storage_disabled',
  'assistant_not_found',
  'assistant_file_required',
  'version_conflict',
  'case_not_found',
  'guidelines_outdated',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const errorBodySchema = z.object({
  error: z.object({
    code: errorCodeSchema,
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
