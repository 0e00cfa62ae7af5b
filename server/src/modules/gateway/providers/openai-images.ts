import { z } from 'zod';
import type { Egress } from '../../../platform/egress.js';
import type { ProviderImageRequest, ProviderImageResult, ProviderSettings } from '../provider-spec.js';
import { bearerJsonHeaders, requestUpstreamJson } from './request-upstream-json.js';

const imageResponseSchema = z.object({
  created: z.number().nullish(),
  data: z
    .array(
      z
        .object({
          b64_json: z.string().min(1).nullish(),
          url: z.string().min(1).nullish(),
          revised_prompt: z.string().nullish(),
        })
        // An entry without either form carries no image; treat it as a malformed answer.
        .refine((image) => Boolean(image.b64_json) || Boolean(image.url)),
    )
    .min(1),
});

/**
 * `POST {baseUrl}/images/generations` in the OpenAI shape (OpenAI and on-prem servers that copy it).
 * Generation can take a minute or more, so the admin-set `settings.timeoutMs` bounds the wait for the
 * answer; callers with image-heavy endpoints should give them a long timeout.
 */
export async function generateImages(
  egress: Egress,
  settings: ProviderSettings,
  request: ProviderImageRequest,
  signal?: AbortSignal,
): Promise<ProviderImageResult> {
  const response = await requestUpstreamJson(egress, settings, {
    method: 'POST',
    path: '/images/generations',
    headers: bearerJsonHeaders(settings.apiKey),
    body: {
      model: request.model,
      prompt: request.prompt,
      n: request.count ?? 1,
      ...(request.size === undefined ? {} : { size: request.size }),
      ...(request.quality === undefined ? {} : { quality: request.quality }),
      // Only when asked: gpt-image models reject the field (they always answer base64), while the
      // dall-e models and most on-prem servers default to a URL.
      ...(request.responseFormat === undefined ? {} : { response_format: request.responseFormat }),
    },
    schema: imageResponseSchema,
    signal,
  });
  return {
    images: response.data.map((image) => ({
      ...(image.b64_json ? { base64: image.b64_json } : {}),
      ...(image.url ? { url: image.url } : {}),
      ...(image.revised_prompt ? { revisedPrompt: image.revised_prompt } : {}),
    })),
  };
}
