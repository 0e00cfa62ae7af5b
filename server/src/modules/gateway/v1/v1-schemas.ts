import { z } from 'zod';

const textPartSchema = z.object({ type: z.literal('text'), text: z.string() });
const imagePartSchema = z.object({ type: z.literal('image_url'), image_url: z.unknown() });

const toolCallSchema = z.object({
  id: z.string(),
  type: z.literal('function'),
  function: z.object({ name: z.string(), arguments: z.string() }),
});

export const chatCompletionMessageSchema = z.object({
  role: z.enum(['system', 'developer', 'user', 'assistant', 'tool']),
  content: z.union([z.string(), z.array(z.union([textPartSchema, imagePartSchema])), z.null()]).optional(),
  name: z.string().optional(),
  tool_calls: z.array(toolCallSchema).optional(),
  tool_call_id: z.string().optional(),
});

/** Known fields are checked; unknown ones (seed, response_format, top_k …) pass through to the provider. */
export const chatCompletionRequestSchema = z.looseObject({
  model: z.string().min(1).max(200),
  messages: z.array(chatCompletionMessageSchema).min(1).max(2_000),
  stream: z.boolean().nullish(),
  stream_options: z.object({ include_usage: z.boolean().optional() }).nullish(),
  max_tokens: z.number().int().min(1).nullish(),
  max_completion_tokens: z.number().int().min(1).nullish(),
  temperature: z.number().min(0).max(2).nullish(),
  top_p: z.number().min(0).max(1).nullish(),
  stop: z.union([z.string(), z.array(z.string()).max(4)]).nullish(),
  n: z.literal(1).nullish(),
  tools: z.array(z.unknown()).nullish(),
  tool_choice: z.unknown().optional(),
  user: z.string().max(256).nullish(),
});
export type ChatCompletionRequest = z.infer<typeof chatCompletionRequestSchema>;

export const embeddingRequestSchema = z.object({
  model: z.string().min(1).max(200),
  input: z.union([z.string(), z.array(z.string()).min(1).max(2_048)]),
  dimensions: z.number().int().min(1).max(8_192).optional(),
  encoding_format: z.enum(['float', 'base64']).optional(),
  user: z.string().optional(),
});

export const imageRequestSchema = z.object({
  model: z.string().min(1).max(200),
  prompt: z.string().min(1).max(32_000),
  n: z.number().int().min(1).max(10).nullish(),
  size: z
    .string()
    .regex(/^(\d{2,5}x\d{2,5}|auto)$/)
    .nullish(),
  quality: z.string().max(20).nullish(),
  response_format: z.enum(['url', 'b64_json']).nullish(),
  user: z.string().optional(),
});

export const rerankRequestSchema = z.object({
  model: z.string().min(1).max(200),
  query: z.string().min(1).max(32_000),
  documents: z
    .array(z.union([z.string(), z.object({ text: z.string() })]))
    .min(1)
    .max(1_000),
  top_n: z.number().int().min(1).optional(),
  return_documents: z.boolean().optional(),
});

export const translationRequestSchema = z.object({
  /** A translation model (DeepL), or a chat model that translates with a prompt. Default: the first translation model. */
  model: z.string().min(1).max(200).optional(),
  text: z.union([z.string().min(1), z.array(z.string().min(1)).min(1).max(50)]),
  target_lang: z.string().regex(/^[A-Za-z]{2}(-[A-Za-z]{2,4})?$/),
  source_lang: z
    .string()
    .regex(/^[A-Za-z]{2}$/)
    .optional(),
  formality: z.enum(['default', 'more', 'less', 'prefer_more', 'prefer_less']).optional(),
  glossary_id: z.string().max(100).optional(),
});
