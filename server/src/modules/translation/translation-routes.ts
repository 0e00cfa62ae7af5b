import {
  extractedParagraphsSchema,
  paragraphsDocumentRequestSchema,
  translateRequestSchema,
  translateResponseSchema,
} from '@jumugwan/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../platform/app-error.js';
import { requireUser } from '../auth/index.js';
import type { TranslationService } from '../gateway/translation-service.js';
import { staffCaller } from '../guard/index.js';
import { extractParagraphs } from './extract-paragraphs.js';
import { paragraphsDocument } from './paragraphs-document.js';

const uploadLimit = 10 * 1024 * 1024 + 1024;

/** Staff translation: DeepL when configured, else a chat model; .txt/.docx in, .docx out. */
export function registerTranslationRoutes(app: FastifyInstance, translation: TranslationService): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.post(
    '/api/translations',
    { schema: { body: translateRequestSchema, response: { 200: translateResponseSchema } } },
    async (request) => {
      const { user } = requireUser(request);
      const body = request.body;
      const model = body.model ?? (await translation.defaultModel());
      const { result, served } = await translation.translate(
        {
          model,
          texts: body.texts,
          targetLanguage: body.targetLanguage,
          ...(body.sourceLanguage === undefined ? {} : { sourceLanguage: body.sourceLanguage }),
          // 'prefer_*' lets DeepL fall back to its default for languages without formality instead of failing.
          ...(body.formality === undefined || body.formality === 'default'
            ? {}
            : { formality: body.formality === 'more' ? 'prefer_more' : 'prefer_less' }),
        },
        { caller: staffCaller(user, request.ip, 'translation') },
      );
      return { model: served.modelId, translations: result.translations };
    },
  );

  routes.post(
    '/api/translations/extract',
    { bodyLimit: uploadLimit, schema: { response: { 200: extractedParagraphsSchema } } },
    async (request) => {
      requireUser(request);
      const header = request.headers['x-file-name'];
      const encodedName = Array.isArray(header) ? header[0] : header;
      if (encodedName === undefined || encodedName === '') {
        throw new AppError('validation_failed', 400, '파일 이름(x-file-name)이 없습니다.');
      }
      let fileName: string;
      try {
        fileName = decodeURIComponent(encodedName);
      } catch {
        throw new AppError('validation_failed', 400, '파일 이름이 올바르게 인코딩되지 않았습니다.');
      }
      if (!Buffer.isBuffer(request.body))
        throw new AppError('validation_failed', 400, '파일 내용을 application/octet-stream으로 보내 주세요.');
      return { fileName, paragraphs: await extractParagraphs(fileName, request.body) };
    },
  );

  routes.post(
    '/api/translations/docx',
    { schema: { body: paragraphsDocumentRequestSchema } },
    async (request, reply) => {
      requireUser(request);
      const file = await paragraphsDocument(request.body.title, request.body.paragraphs);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header(
          'content-disposition',
          `attachment; filename="translation.docx"; filename*=UTF-8''${encodeURIComponent('번역.docx')}`,
        )
        .send(file);
    },
  );
}
