import { i18n } from '../i18n/i18n';
import { ApiError } from './api-error';
import { apiErrorFromBody, refreshCsrfToken } from './api-fetch';
import { getCsrfToken } from './csrf-token';
import type { ResponseSchema } from './response-schema';
import { notifyUnauthenticated } from './unauthenticated-events';

export interface UploadOptions {
  /** Left out for a FormData body, whose multipart boundary the browser sets. */
  contentType?: string;
  /** Extra request headers, e.g. the file name. */
  headers?: Readonly<Record<string, string>>;
  /** Fraction of the body sent, 0 to 1. */
  onProgress: (fraction: number) => void;
  signal?: AbortSignal;
}

/**
 * Posts raw bytes (or a multipart FormData) with XMLHttpRequest because fetch cannot report upload progress.
 * Resolves with any answer matching `schema` (an import with line errors is still a valid answer),
 * otherwise rejects with the server's error. Like apiFetch, it refreshes a stale CSRF token and sends the
 * body once more (progress then starts again from 0).
 */
export async function uploadWithProgress<Output>(
  path: string,
  body: Blob | FormData,
  schema: ResponseSchema<Output>,
  options: UploadOptions,
): Promise<Output> {
  let answer = await send(path, body, options);
  if (answer.status === 403 && readErrorCode(answer.body) === 'csrf_failed' && (await refreshCsrfToken())) {
    // The token changes when the session is renewed (e.g. by portal SSO); retry once with the new one.
    answer = await send(path, body, options);
  }

  const result = schema.safeParse(answer.body);
  if (result.success) {
    return result.data;
  }
  const error =
    apiErrorFromBody(answer.status, answer.body) ??
    new ApiError(answer.status, 'http_error', i18n.t('errors.http', { status: answer.status }));
  if (answer.status === 401 && (error.code === 'unauthenticated' || error.code === 'session_expired')) {
    notifyUnauthenticated(error.code);
  }
  throw error;
}

interface UploadAnswer {
  status: number;
  /** The parsed JSON body, undefined when it was not JSON. */
  body: unknown;
}

/** One XMLHttpRequest with the current CSRF token; resolves with whatever the server answered. */
function send(path: string, body: Blob | FormData, options: UploadOptions): Promise<UploadAnswer> {
  return new Promise<UploadAnswer>((resolve, reject) => {
    if (options.signal?.aborted === true) {
      reject(new DOMException('Upload aborted', 'AbortError'));
      return;
    }
    const request = new XMLHttpRequest();
    request.open('POST', path);
    request.responseType = 'text';
    if (options.contentType !== undefined) {
      request.setRequestHeader('content-type', options.contentType);
    }
    request.setRequestHeader('accept', 'application/json');
    request.setRequestHeader('x-csrf-token', getCsrfToken());
    for (const [name, value] of Object.entries(options.headers ?? {})) {
      request.setRequestHeader(name, value);
    }

    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) {
        options.onProgress(event.loaded / event.total);
      }
    };
    request.upload.onload = () => options.onProgress(1);

    const abort = () => request.abort();
    const settle = () => options.signal?.removeEventListener('abort', abort);
    request.onload = () => {
      settle();
      resolve({ status: request.status, body: parseJson(request.responseText) });
    };
    request.onerror = () => {
      settle();
      reject(new ApiError(0, 'network_error', i18n.t('errors.network')));
    };
    request.onabort = () => {
      settle();
      reject(new DOMException('Upload aborted', 'AbortError'));
    };

    options.signal?.addEventListener('abort', abort, { once: true });
    request.send(body);
  });
}

function readErrorCode(body: unknown): unknown {
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const error: unknown = body.error;
    if (typeof error === 'object' && error !== null && 'code' in error) {
      return error.code;
    }
  }
  return undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
