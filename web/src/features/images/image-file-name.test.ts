import { describe, expect, it } from 'vitest';
import { imageFileName } from './image-file-name';

const id = '3f2a9c1d-0000-4000-8000-000000000001';

describe('imageFileName', () => {
  it('uses the local creation date, the id start and the type extension', () => {
    const createdAt = new Date(2025, 5, 15, 14, 0).toISOString();
    expect(imageFileName({ id, mimeType: 'image/png', createdAt }, '이미지')).toBe(
      '이미지-2025-06-15-3f2a9c1d.png',
    );
    expect(imageFileName({ id, mimeType: 'IMAGE/JPEG', createdAt }, 'image')).toBe(
      'image-2025-06-15-3f2a9c1d.jpg',
    );
  });

  it('falls back to .png and leaves out an unreadable date', () => {
    expect(imageFileName({ id, mimeType: 'application/octet-stream', createdAt: 'soon' }, '이미지')).toBe(
      '이미지-3f2a9c1d.png',
    );
  });
});
