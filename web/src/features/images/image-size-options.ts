import type { GenerateImageRequest } from '@jumugwan/contracts';

export type ImageSize = NonNullable<GenerateImageRequest['size']>;

/** The sizes offered, square first (what most image models do best). */
export const imageSizeOptions = [
  { value: '1024x1024', labelKey: 'images.size1024x1024' },
  { value: '1536x1024', labelKey: 'images.size1536x1024' },
  { value: '1024x1536', labelKey: 'images.size1024x1536' },
  { value: '512x512', labelKey: 'images.size512x512' },
] as const satisfies readonly { value: ImageSize; labelKey: string }[];
