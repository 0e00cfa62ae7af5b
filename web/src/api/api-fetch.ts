import { errorCodeSchema, sessionResponseSchema } from '@jumugwan/contracts';
import { i18n } from '../i18n/i18n';
import { ApiError, isAbortError } from './api-error';
import { getCsrfToken, setCsrfToken } from './csrf-token';
import { notifyUnauthenticated } from './unauthenticated-events';

export interface ApiFetchOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  body?: unknown;
  accept?: string;
  signal?: AbortSignal;
  /** Login and setup happen before a session exists, so they carry no CSRF token. */
  withoutCsrf?: boolean;
  /** The session check decides itself where to go on 401; every other call sends the user to /login. */
  redirectOnUnauthenticated?: boolean;
}

/**
 * fetch for the platform API: same-origin cookies, the CSRF header on every state change, Korean error
 * messages from the server as ApiError, and one retry after refreshing a stale CSRF token.
 * Resolves only with a 2xx response.
 */
export async function apiFetch(path: string, options: ApiFetchOptions = {}): Promise<Response> {
  const method = options.method ?? 'GET';
  const needsCsrf = method !== 'GET' && options.withoutCsrf !== true;

  let response = await send(path, method, needsCsrf, options);
  if (response.status === 403 && needsCsrf) {
    const error = await readApiError(response);
    // The token changes when the session is renewed (e.g. by portal SSO); fetch the new one and retry once.
    if (error.code !== 'csrf_failed' || !(await refreshCsrfToken())) {
      throw error;
    }
    response = await send(path, method, needsCsrf, options);
  }

  if (!response.ok) {
    const error = await readApiError(response);
    if (
      response.status === 401 &&
      options.redirectOnUnauthenticated !== false &&
      (error.code === 'unauthenticated' || error.code === 'session_expired')
    ) {
      notifyUnauthenticated(error.code);
    }
    throw error;
  }
  return response;
}

async function send(
  path: string,
  method: string,
  needsCsrf: boolean,
  options: ApiFetchOptions,
): Promise<Response> {
  const headers = new Headers({ accept: options.accept ?? 'application/json' });
  if (options.body !== undefined) {
    headers.set('content-type', 'application/json');
  }
  if (needsCsrf) {
    headers.set('x-csrf-token', getCsrfToken());
  }
  try {
    return await fetch(path, {
      method,
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (isAbortError(error)) {
      throw error;
    }
    throw new ApiError(0, 'network_error', i18n.t('errors.network'), error);
  }
}

/** Turns a non-2xx response into an ApiError, keeping the server's (Korean) message when there is one. */
export async function readApiError(response: Response): Promise<ApiError> {
  const fallback = new ApiError(
    response.status,
    'http_error',
    i18n.t('errors.http', { status: response.status }),
  );
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return fallback;
  }
  return apiErrorFromBody(response.status, body) ?? fallback;
}

/** Reads `{ error: { code, message } }`; a code this client does not know yet still has a message worth showing. */
export function apiErrorFromBody(status: number, body: unknown): ApiError | null {
  const error = readErrorObject(body);
  if (error === undefined || typeof error.message !== 'string') {
    return null;
  }
  const code = errorCodeSchema.safeParse(error.code);
  return new ApiError(status, code.success ? code.data : 'http_error', error.message, error.details);
}

function readErrorObject(body: unknown): Record<string, unknown> | undefined {
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const error: unknown = body.error;
    if (typeof error === 'object' && error !== null) {
      return { ...error };
    }
  }
  return undefined;
}

/** Fetches the session's current CSRF token after the server called ours stale; false when it could not. */
export async function refreshCsrfToken(): Promise<boolean> {
  try {
    const response = await fetch('/api/session', { credentials: 'same-origin' });
    if (!response.ok) {
      return false;
    }
    const parsed = sessionResponseSchema.safeParse(await response.json());
    if (!parsed.success) {
      return false;
    }
    setCsrfToken(parsed.data.csrfToken);
    return true;
  } catch {
    return false;
  }
}
