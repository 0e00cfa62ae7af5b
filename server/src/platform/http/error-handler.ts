import type { ErrorBody, ErrorCode } from '@jumugwan/contracts';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../app-error.js';

export function errorBody(code: ErrorCode, message: string, details?: unknown): ErrorBody {
  return details === undefined ? { error: { code, message } } : { error: { code, message, details } };
}

/** Maps every failure to `{ error: { code, message } }`; stack traces stay in the server log. */
export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): void {
  if (error instanceof AppError) {
    if (error.headers !== undefined) void reply.headers(error.headers);
    void reply.status(error.statusCode).send(errorBody(error.code, error.message, error.details));
    return;
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const details = error.validation.map((issue) => ({
      path: issue.instancePath,
      message: issue.message,
    }));
    void reply.status(400).send(errorBody('validation_failed', '입력값이 올바르지 않습니다.', details));
    return;
  }
  const code = 'code' in error ? error.code : undefined;
  switch (code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      void reply.status(400).send(errorBody('invalid_json', '요청 본문이 올바른 JSON이 아닙니다.'));
      return;
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      void reply.status(413).send(errorBody('payload_too_large', '요청이 허용된 크기를 넘었습니다.'));
      return;
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      void reply.status(415).send(errorBody('validation_failed', '지원하지 않는 요청 형식입니다.'));
      return;
    default:
      break;
  }
  if (error instanceof SyntaxError) {
    void reply.status(400).send(errorBody('invalid_json', '요청 본문이 올바른 JSON이 아닙니다.'));
    return;
  }
  const statusCode = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
  if (statusCode >= 400 && statusCode < 500) {
    void reply.status(statusCode).send(errorBody('validation_failed', '요청을 처리할 수 없습니다.'));
    return;
  }
  request.log.error({ err: error }, 'unhandled error');
  void reply
    .status(500)
    .send(errorBody('internal_error', '서버에서 오류가 발생했습니다. 잠시 뒤 다시 시도해 주세요.'));
}
