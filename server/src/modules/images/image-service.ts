import { randomUUID } from 'node:crypto';
import type { GenerateImageRequest, GeneratedImage } from '@jumugwan/contracts';
import { generateImageRequestSchema } from '@jumugwan/contracts';
import { AppError } from '../../platform/app-error.js';
import type { GatewayCallOptions, ProviderImageRequest, ProviderImageResult } from '../gateway/index.js';
import type { GuardCaller } from '../guard/index.js';

/** What image generation needs of a gateway; the guarded gateway is the one the platform passes. */
export interface ImageGateway {
  generateImage(
    request: ProviderImageRequest,
    options?: GatewayCallOptions,
  ): Promise<{ result: ProviderImageResult }>;
}
import type { GeneratedImageSummary, ImageRepository } from './image-repository.js';

const signatures: { mimeType: string; bytes: number[] }[] = [
  { mimeType: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { mimeType: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { mimeType: 'image/webp', bytes: [0x52, 0x49, 0x46, 0x46] },
];

/** The type from the bytes themselves: the gallery never serves something that is not an image. */
function detectMimeType(data: Buffer): string | null {
  return (
    signatures.find((signature) => signature.bytes.every((byte, index) => data[index] === byte))?.mimeType ??
    null
  );
}

function present(row: GeneratedImageSummary): GeneratedImage {
  return {
    id: row.id,
    prompt: row.prompt,
    model: row.model,
    size: row.size,
    mimeType: row.mimeType,
    createdAt: row.createdAt.toISOString(),
    url: `/api/images/${row.id}/file`,
  };
}

/** Staff image generation with a private gallery. */
export class ImageService {
  constructor(
    private readonly repository: ImageRepository,
    private readonly gateway: ImageGateway,
    /** False under retention `none`: the image goes back to the tab and nothing of it is stored. */
    private readonly keepsContent: (departmentId: string | null) => Promise<boolean>,
  ) {}

  async generate(
    caller: GuardCaller & { userId: string },
    input: GenerateImageRequest,
    signal?: AbortSignal,
  ): Promise<GeneratedImage> {
    const userId = caller.userId;
    const request = generateImageRequestSchema.parse(input);
    const { result } = await this.gateway.generateImage(
      {
        model: request.model,
        prompt: request.prompt,
        size: request.size,
        count: 1,
        responseFormat: 'b64_json',
      },
      signal === undefined ? { caller } : { caller, signal },
    );
    const base64 = result.images[0]?.base64;
    if (base64 === undefined)
      throw new AppError('upstream_error', 502, '이미지 서버가 이미지 데이터를 보내지 않았습니다.');
    const data = Buffer.from(base64, 'base64');
    const mimeType = detectMimeType(data);
    if (mimeType === null)
      throw new AppError('upstream_error', 502, '이미지 서버가 알 수 없는 형식의 데이터를 보냈습니다.');
    if (!(await this.keepsContent(caller.departmentId))) {
      return {
        id: randomUUID(),
        prompt: request.prompt,
        model: request.model,
        size: request.size,
        mimeType,
        createdAt: new Date().toISOString(),
        url: `data:${mimeType};base64,${base64}`,
      };
    }
    const row = await this.repository.insert({
      userId,
      model: request.model,
      prompt: request.prompt,
      size: request.size,
      mimeType,
      data,
    });
    return present(row);
  }

  async list(userId: string): Promise<GeneratedImage[]> {
    return (await this.repository.listForUser(userId)).map(present);
  }

  async file(userId: string, id: string): Promise<{ mimeType: string; data: Buffer }> {
    const row = await this.repository.findForUser(userId, id);
    if (row === undefined) throw new AppError('not_found', 404, '이미지를 찾을 수 없습니다.');
    return { mimeType: row.mimeType, data: row.data };
  }

  async delete(userId: string, id: string): Promise<void> {
    if (!(await this.repository.deleteForUser(userId, id)))
      throw new AppError('not_found', 404, '이미지를 찾을 수 없습니다.');
  }
}
