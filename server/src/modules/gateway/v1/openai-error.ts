import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../../../platform/app-error.js';

/** The error body OpenAI's SDKs understand: integrators' existing error handling keeps working. */
export interface OpenAiErrorBody {
  error: { message: string; type: string; param: string | null; code: string | null };
}

function typeFor(status: number): string {
  if (status === 401) return 'authentication_error';
  if (status === 403) return 'permission_error';
  if (status === 404 || status === 400 || status === 413) return 'invalid_request_error';
  if (status === 429) return 'rate_limit_error';
  return 'api_error';
}

export function openAiError(
  status: number,
  message: string,
  code: string | null,
  param: string | null = null,
): OpenAiErrorBody {
  return { error: { message, type: typeFor(status), param, code } };
}

/** Our stable codes, renamed where OpenAI has a well-known one. */
function openAiCode(error: AppError): string {
  if (error.code === 'unauthenticated') return 'invalid_api_key';
  if (error.code === 'rate_limited') return 'rate_limit_exceeded';
  return error.code;
}

export function appErrorToOpenAi(error: AppError): { status: number; body: OpenAiErrorBody } {
  return { status: error.statusCode, body: openAiError(error.statusCode, error.message, openAiCode(error)) };
}

export function handleOpenAiError(
  error: FastifyError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  if (error instanceof AppError) {
    if (error.headers !== undefined) void reply.headers(error.headers);
    const mapped = appErrorToOpenAi(error);
    void reply.status(mapped.status).send(mapped.body);
    return;
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const first = error.validation[0];
    const param = first?.instancePath.replace(/^\//, '').replaceAll('/', '.') ?? null;
    const message = `입력값이 올바르지 않습니다${param === null || param === '' ? '' : ` (${param})`}: ${first?.message ?? ''}`;
    void reply.status(400).send(openAiError(400, message, 'validation_failed', param === '' ? null : param));
    return;
  }
  const code = 'code' in error ? error.code : undefined;
  if (
    code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
    code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
    error instanceof SyntaxError
  ) {
    void reply.status(400).send(openAiError(400, '요청 본문이 올바른 JSON이 아닙니다.', 'invalid_json'));
    return;
  }
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    void reply.status(413).send(openAiError(413, '요청이 허용된 크기를 넘었습니다.', 'payload_too_large'));
    return;
  }
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    void reply
      .status(415)
      .send(openAiError(415, 'Content-Type은 application/json이어야 합니다.', 'unsupported_media_type'));
    return;
  }
  request.log.error({ err: error }, 'unhandled /v1 error');
  void reply.status(500).send(openAiError(500, '서버에서 오류가 발생했습니다.', 'internal_error'));
}
