import { z } from 'zod';
import type { AppError } from '../../../platform/app-error.js';
import type { IncomingHttpHeaders } from 'node:http';
import type { Egress, EgressRequest, EgressStream } from '../../../platform/egress.js';
import type { ProviderSettings } from '../provider-spec.js';
import { classifyTransportError, upstreamErrors } from '../upstream-error.js';

export interface UpstreamJsonRequest<Output> {
  method: 'GET' | 'POST';
  /** Appended to `settings.baseUrl`, e.g. `/embeddings`. */
  path: string;
  headers: Record<string, string>;
  /** Serialised as JSON; omitted for GET. */
  body?: unknown;
  /** Every upstream answer is validated: a vendor changing its shape must fail loudly, not silently. */
  schema: z.ZodType<Output>;
  signal?: AbortSignal | undefined;
  /** Gives a vendor-specific status (DeepL's 456) its own message; undefined keeps the generic one. */
  describeFailure?: (status: number, detail: string) => AppError | undefined;
}

// The error bodies of the servers we talk to: OpenAI and vLLM `{error:{message}}`, TEI `{error:"..."}`,
// Cohere, Jina and DeepL `{message}`, FastAPI-based servers `{detail:"..."}`.
const errorBodySchema = z.union([
  z.object({ error: z.object({ message: z.string() }) }).transform((body) => body.error.message),
  z.object({ error: z.string() }).transform((body) => body.error),
  z.object({ message: z.string() }).transform((body) => body.message),
  z.object({ detail: z.string() }).transform((body) => body.detail),
]);

function errorDetail(text: string): string {
  try {
    return errorBodySchema.parse(JSON.parse(text));
  } catch {
    return text.slice(0, 200);
  }
}

/** JSON headers plus `Authorization: Bearer` when a key is configured (OpenAI, vLLM, Cohere, Jina, TEI). */
export function bearerJsonHeaders(apiKey: string | null): Record<string, string> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (apiKey !== null && apiKey !== '') headers.authorization = `Bearer ${apiKey}`;
  return headers;
}

function retryAfterSeconds(headers: IncomingHttpHeaders): number | null {
  // Typed as one string, but a repeated header arrives from undici as an array.
  const header: string | string[] | undefined = headers['retry-after'];
  const value = typeof header === 'string' ? header : header?.[0];
  const seconds = value === undefined ? Number.NaN : Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds, 3_600) : null;
}

export type UpstreamOpenRequest = Omit<UpstreamJsonRequest<unknown>, 'schema'>;

function egressRequest(settings: ProviderSettings, request: UpstreamOpenRequest): EgressRequest {
  return {
    method: request.method,
    url: `${settings.baseUrl.replace(/\/+$/, '')}${request.path}`,
    headers: request.headers,
    ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
    ...(request.signal === undefined ? {} : { signal: request.signal }),
    headersTimeoutMs: settings.timeoutMs,
    bodyTimeoutMs: settings.timeoutMs,
  };
}

function failure(
  settings: ProviderSettings,
  request: UpstreamOpenRequest,
  statusCode: number,
  headers: IncomingHttpHeaders,
  text: string,
): AppError {
  const detail = errorDetail(text);
  return (
    request.describeFailure?.(statusCode, detail) ??
    upstreamErrors.failed(settings.name, statusCode, detail, retryAfterSeconds(headers))
  );
}

/**
 * Opens a streamed answer through Egress and checks the status: transport failures become
 * upstream_unavailable/timeout, non-2xx statuses upstream_error with the vendor's message (and its
 * Retry-After). A caller's abort is rethrown as is so the caller can tell it from a failure.
 */
export async function openUpstream(
  egress: Egress,
  settings: ProviderSettings,
  request: UpstreamOpenRequest,
): Promise<EgressStream> {
  const { signal } = request;
  let stream: EgressStream;
  try {
    stream = await egress.sendForStream(egressRequest(settings, request));
  } catch (error) {
    if (signal?.aborted === true) throw error;
    throw classifyTransportError(error, settings.name, false);
  }
  if (stream.statusCode < 200 || stream.statusCode >= 300) {
    const text = await stream.text().catch(() => '');
    throw failure(settings, request, stream.statusCode, stream.headers, text);
  }
  return stream;
}

/** One JSON exchange, read whole; the body is parsed and validated against `schema`. Errors as above. */
export async function requestUpstreamJson<Output>(
  egress: Egress,
  settings: ProviderSettings,
  request: UpstreamJsonRequest<Output>,
): Promise<Output> {
  const { signal } = request;
  let response: Awaited<ReturnType<Egress['sendForText']>>;
  try {
    response = await egress.sendForText(egressRequest(settings, request));
  } catch (error) {
    if (signal?.aborted === true) throw error;
    throw classifyTransportError(error, settings.name, false);
  }
  if (response.statusCode < 200 || response.statusCode >= 300) {
    throw failure(settings, request, response.statusCode, response.headers, response.text);
  }
  let json: unknown;
  try {
    json = JSON.parse(response.text);
  } catch {
    throw upstreamErrors.failed(settings.name, response.statusCode, '응답이 JSON이 아닙니다');
  }
  const parsed = request.schema.safeParse(json);
  if (!parsed.success) {
    throw upstreamErrors.failed(settings.name, response.statusCode, '응답 형식이 올바르지 않습니다');
  }
  return parsed.data;
}
