import type { ErrorCode } from '@jumugwan/contracts';

/** Codes the client produces itself, for failures that never reached a server answer. */
export type ClientErrorCode = 'network_error' | 'invalid_response' | 'http_error';

/** A failed API call; `message` is ready to show (the server already writes it in Korean). */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: ErrorCode | ClientErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export function isApiError(error: unknown, code?: ApiError['code']): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
