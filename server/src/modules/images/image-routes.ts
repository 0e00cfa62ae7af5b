import {
  generatedImageListSchema,
  generatedImageSchema,
  generateImageRequestSchema,
} from '@jumugwan/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUser } from '../auth/index.js';
import { staffCaller } from '../guard/index.js';
import type { ImageService } from './image-service.js';

const idParameters = z.object({ id: z.uuid() });

export function registerImageRoutes(app: FastifyInstance, images: ImageService): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.post(
    '/api/images',
    { schema: { body: generateImageRequestSchema, response: { 201: generatedImageSchema } } },
    async (request, reply) => {
      const { user } = requireUser(request);
      return reply
        .status(201)
        .send(
          await images.generate({ ...staffCaller(user, request.ip, 'image'), userId: user.id }, request.body),
        );
    },
  );

  routes.get('/api/images', { schema: { response: { 200: generatedImageListSchema } } }, async (request) => {
    const { user } = requireUser(request);
    return { images: await images.list(user.id) };
  });

  routes.get('/api/images/:id/file', { schema: { params: idParameters } }, async (request, reply) => {
    const { user } = requireUser(request);
    const file = await images.file(user.id, request.params.id);
    const extension = file.mimeType.split('/')[1] ?? 'png';
    return reply
      .header('content-type', file.mimeType)
      .header('cache-control', 'private, max-age=86400')
      .header('content-disposition', `inline; filename="image-${request.params.id}.${extension}"`)
      .send(file.data);
  });

  routes.delete('/api/images/:id', { schema: { params: idParameters } }, async (request, reply) => {
    const { user } = requireUser(request);
    await images.delete(user.id, request.params.id);
    return reply.status(204).send();
  });
}
