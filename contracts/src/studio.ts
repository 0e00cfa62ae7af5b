import { z } from 'zod';

/** POST /api/translations */
export const translateRequestSchema = z.object({
  texts: z.array(z.string().min(1).max(20_000)).min(1).max(200),
  targetLanguage: z.string().regex(/^[A-Za-z]{2}(-[A-Za-z]{2,4})?$/),
  sourceLanguage: z
    .string()
    .regex(/^[A-Za-z]{2}$/)
    .optional(),
  formality: z.enum(['default', 'more', 'less']).optional(),
  /** A translation (DeepL) or chat model; absent = DeepL when configured, else an on-prem chat model. */
  model: z.string().min(1).max(200).optional(),
});
export type TranslateRequest = z.infer<typeof translateRequestSchema>;

export const translateResponseSchema = z.object({
  model: z.string(),
  translations: z.array(z.object({ text: z.string(), detectedSourceLanguage: z.string().nullable() })),
});
export type TranslateResponse = z.infer<typeof translateResponseSchema>;

/** POST /api/translations/extract (raw .txt or .docx bytes, file name in `x-file-name`, URL-encoded). */
export const extractedParagraphsSchema = z.object({ fileName: z.string(), paragraphs: z.array(z.string()) });
export type ExtractedParagraphs = z.infer<typeof extractedParagraphsSchema>;

/** POST /api/translations/docx → a .docx download of the given paragraphs. */
export const paragraphsDocumentRequestSchema = z.object({
  title: z.string().max(200).optional(),
  paragraphs: z.array(z.string().max(20_000)).min(1).max(2_000),
});

export const imageSizeSchema = z.enum(['1024x1024', '1024x1536', '1536x1024', '512x512']);

/** POST /api/images */
export const generateImageRequestSchema = z.object({
  prompt: z.string().trim().min(1).max(4_000),
  model: z.string().min(1).max(200),
  size: imageSizeSchema.default('1024x1024'),
});
export type GenerateImageRequest = z.input<typeof generateImageRequestSchema>;

export const generatedImageSchema = z.object({
  id: z.uuid(),
  prompt: z.string(),
  model: z.string(),
  size: z.string(),
  mimeType: z.string(),
  createdAt: z.string(),
  /** Same-origin URL of the image bytes (owner only). */
  url: z.string(),
});
export type GeneratedImage = z.infer<typeof generatedImageSchema>;
export const generatedImageListSchema = z.object({ images: z.array(generatedImageSchema) });
