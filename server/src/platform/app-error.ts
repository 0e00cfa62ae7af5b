import type { ErrorCode } from '@jumugwan/contracts';

/** A failure we expect and can explain to the user: stable code, HTTP status, Korean message. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly statusCode: number,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const errors = {
  validation: (details?: unknown) =>
    new AppError('validation_failed', 400, '입력값이 올바르지 않습니다.', details),
  unauthenticated: () => new AppError('unauthenticated', 401, '로그인이 필요합니다.'),
  sessionExpired: () =>
    new AppError('session_expired', 401, '로그인 시간이 만료되었습니다. 다시 로그인해 주세요.'),
  csrf: () =>
    new AppError('csrf_failed', 403, '보안 토큰이 맞지 않습니다. 페이지를 새로 고친 뒤 다시 시도해 주세요.'),
  forbidden: () => new AppError('forbidden', 403, '이 작업을 할 권한이 없습니다.'),
  notFound: (what = '요청한 항목') => new AppError('not_found', 404, `${what}을(를) 찾을 수 없습니다.`),
  conflict: (message: string) => new AppError('conflict', 409, message),
};
