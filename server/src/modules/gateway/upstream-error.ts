import { AppError } from '../../platform/app-error.js';

/** A model server answered with an error status; the router decides from the status whether to retry. */
export class UpstreamError extends AppError {
  constructor(
    message: string,
    readonly upstreamStatus: number,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super('upstream_error', upstreamStatus === 429 ? 429 : 502, message);
  }
}

/** Connect errors, timeouts, 429 and 5xx may succeed elsewhere or later; other failures will not. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof UpstreamError) return error.upstreamStatus === 429 || error.upstreamStatus >= 500;
  return (
    error instanceof AppError && (error.code === 'upstream_unavailable' || error.code === 'upstream_timeout')
  );
}

export const upstreamErrors = {
  unavailable: (endpointName: string) =>
    new AppError(
      'upstream_unavailable',
      502,
      `모델 서버(${endpointName})에 연결할 수 없습니다. 잠시 뒤 다시 시도하거나 관리자에게 문의하세요.`,
    ),
  timeout: (endpointName: string) =>
    new AppError(
      'upstream_timeout',
      504,
      `모델 서버(${endpointName})의 응답이 너무 늦습니다. 잠시 뒤 다시 시도해 주세요.`,
    ),
  failed: (endpointName: string, status: number, detail: string, retryAfterSeconds: number | null = null) =>
    new UpstreamError(
      `모델 서버(${endpointName})가 오류를 돌려주었습니다 (HTTP ${status}${detail === '' ? '' : `: ${detail}`}).`,
      status,
      retryAfterSeconds,
    ),
  interrupted: (endpointName: string) =>
    new AppError(
      'upstream_interrupted',
      502,
      `모델 서버(${endpointName})와의 연결이 응답 도중 끊겼습니다. 받은 부분까지 저장했습니다.`,
    ),
};

const timeoutErrorCodes = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT']);

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  if ('code' in error && typeof error.code === 'string') return error.code;
  if ('cause' in error) return errorCode(error.cause);
  return undefined;
}

/** Maps a transport failure to the user-facing error; `streaming` marks a cut after bytes arrived. */
export function classifyTransportError(error: unknown, endpointName: string, streaming: boolean): AppError {
  if (error instanceof AppError) return error;
  const code = errorCode(error);
  if (code !== undefined && timeoutErrorCodes.has(code)) return upstreamErrors.timeout(endpointName);
  if (streaming) return upstreamErrors.interrupted(endpointName);
  // Refused, reset, unresolvable or anything else before a response: the server cannot be reached.
  return upstreamErrors.unavailable(endpointName);
}
