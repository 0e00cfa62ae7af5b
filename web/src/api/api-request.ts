import { i18n } from '../i18n/i18n';
import { ApiError } from './api-error';
import { apiFetch, type ApiFetchOptions } from './api-fetch';
import type { ResponseSchema } from './response-schema';

/** Calls a JSON endpoint and checks the answer against its shared contract schema. */
export async function apiJson<Output>(
  path: string,
  schema: ResponseSchema<Output>,
  options: ApiFetchOptions = {},
): Promise<Output> {
  const response = await apiFetch(path, options);
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    throw new ApiError(response.status, 'invalid_response', i18n.t('errors.invalidResponse'), error);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    // Visible in the console so a contract mismatch between server and web is easy to spot.
    console.error(`Response of ${path} does not match its contract`, parsed.error);
    throw new ApiError(response.status, 'invalid_response', i18n.t('errors.invalidResponse'), parsed.error);
  }
  return parsed.data;
}

/** Calls an endpoint that answers 204 No Content. */
export async function apiNoContent(path: string, options: ApiFetchOptions = {}): Promise<void> {
  await apiFetch(path, options);
}
