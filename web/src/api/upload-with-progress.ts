import { i18n } from '../i18n/i18n';
import { ApiError } from './api-error';
import { apiErrorFromBody } from './api-fetch';
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
 * otherwise rejects with the server's error.
 */
export function uploadWithProgress<Output>(
  path: string,
  body: Blob | FormData,
  schema: ResponseSchema<Output>,
  options: UploadOptions,
): Promise<Output> {
  return new Promise<Output>((resolve, reject) => {
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

    request.onload = () => {
      const parsedBody = parseJson(request.responseText);
      const result = schema.safeParse(parsedBody);
      if (result.success) {
        resolve(result.data);
        return;
      }
      const error =
        apiErrorFromBody(request.status, parsedBody) ??
        new ApiError(request.status, 'http_error', i18n.t('errors.http', { status: request.status }));
      if (request.status === 401 && (error.code === 'unauthenticated' || error.code === 'session_expired')) {
        notifyUnauthenticated(error.code);
      }
      reject(error);
    };
    request.onerror = () => reject(new ApiError(0, 'network_error', i18n.t('errors.network')));
    request.onabort = () => reject(new DOMException('Upload aborted', 'AbortError'));

    options.signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(body);
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
