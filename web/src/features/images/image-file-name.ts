import type { GeneratedImage } from '@jumugwan/contracts';
import { localDateString } from '../../components/local-date-string';

const extensions: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
};

/** E.g. 이미지-2025-06-15-3f2a9c1d.png: dated, unique per image, with the right extension. */
export function imageFileName(
  image: Pick<GeneratedImage, 'id' | 'mimeType' | 'createdAt'>,
  baseName: string,
): string {
  const extension = extensions[image.mimeType.toLowerCase()] ?? 'png';
  const created = new Date(image.createdAt);
  const date = Number.isNaN(created.getTime()) ? '' : `-${localDateString(created)}`;
  return `${baseName}${date}-${image.id.slice(0, 8)}.${extension}`;
}
