import {
  conversationDetailSchema,
  conversationListSchema,
  conversationSummarySchema,
  createConversationRequestSchema,
  regenerateRequestSchema,
  renameConversationRequestSchema,
  sendMessageRequestSchema,
  chatSettingsSchema,
  ephemeralChatRequestSchema,
  extractedAttachmentSchema,
  attachmentMaximumBytes,
  type ChatStreamEvent,
} from '@jumugwan/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { handleError } from '../../platform/http/error-handler.js';
import { openEventStream } from '../../platform/http/event-stream.js';
import { AppError } from '../../platform/app-error.js';
import { requireUser } from '../auth/index.js';
import { staffCaller } from '../guard/index.js';
import { attachmentTooLarge, extractAttachmentText } from './attachments/extract-attachment-text.js';
import { readMultipartFile } from '../../platform/http/read-multipart-files.js';
import type { ChatService, StreamSink } from './chat-service.js';

const conversationParameters = z.object({ id: z.uuid() });

/** One file of at most 10 MB plus the multipart framing around it. */
const attachmentUploadLimit = attachmentMaximumBytes + 64 * 1024;
/** A question may carry five files of 200,000 characters, up to 3 bytes each in UTF-8. */
const messageBodyLimit = 4 * 1024 * 1024;
/** The tab-only chat sends its whole history, earlier files included. */
const ephemeralBodyLimit = 16 * 1024 * 1024;

/**
 * The chat stream: the response opens on the first event (errors found before it, such as an unknown model
 * or a foreign conversation, still answer as JSON with their status) and ends with `done` or `error`; the
 * signal fires when the browser goes away (the user pressed stop or closed the tab).
 */
function chatStream(request: FastifyRequest, reply: FastifyReply): { sink: StreamSink; signal: AbortSignal } {
  const stream = openEventStream(request, reply);
  const sink: StreamSink = (event: ChatStreamEvent) => {
    stream.send(event.type, event);
    if (event.type === 'done' || event.type === 'error') stream.end();
  };
  return { sink, signal: stream.signal };
}

export function registerChatRoutes(app: FastifyInstance, chat: ChatService): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  // Never below the configured limit for JSON bodies.
  const configuredLimit = app.initialConfig.bodyLimit ?? 0;

  app.addContentTypeParser(
    'multipart/form-data',
    { parseAs: 'buffer', bodyLimit: attachmentUploadLimit },
    (_request, body, done) => {
      done(null, body);
    },
  );

  /** The text of one file for the next question; the file itself is neither stored nor logged. */
  routes.post(
    '/api/chat/attachments',
    {
      bodyLimit: attachmentUploadLimit,
      schema: { response: { 200: extractedAttachmentSchema } },
      errorHandler: (error, request, reply) => {
        const code = 'code' in error ? error.code : undefined;
        handleError(code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? attachmentTooLarge() : error, request, reply);
      },
    },
    async (request) => {
      requireUser(request);
      if (!Buffer.isBuffer(request.body)) {
        throw new AppError('validation_failed', 415, '파일을 multipart/form-data로 보내 주세요.');
      }
      const file = readMultipartFile(request.body, request.headers['content-type']);
      const text = await extractAttachmentText(file.fileName, file.bytes);
      return { name: file.fileName, characters: text.length, text };
    },
  );

  routes.get('/api/chat/settings', { schema: { response: { 200: chatSettingsSchema } } }, async (request) => {
    const { user } = requireUser(request);
    return chat.settings(user.departmentId);
  });

  routes.post(
    '/api/chat/ephemeral',
    {
      bodyLimit: Math.max(configuredLimit, ephemeralBodyLimit),
      schema: { body: ephemeralChatRequestSchema },
    },
    async (request, reply) => {
      const { user } = requireUser(request);
      const { sink, signal } = chatStream(request, reply);
      await chat.streamEphemeral({
        user,
        caller: staffCaller(user, request.ip, 'chat'),
        model: request.body.model,
        messages: request.body.messages,
        sensitivity: request.body.sensitivity,
        attachments: request.body.attachments,
        collectionIds: request.body.collectionIds,
        assistantId: request.body.assistantId,
        signal,
        sink,
      });
      return reply;
    },
  );

  routes.get(
    '/api/conversations',
    { schema: { response: { 200: conversationListSchema } } },
    async (request) => {
      const { user } = requireUser(request);
      return { conversations: await chat.listConversations(user.id) };
    },
  );

  routes.post(
    '/api/conversations',
    { schema: { body: createConversationRequestSchema, response: { 201: conversationSummarySchema } } },
    async (request, reply) => {
      const { user } = requireUser(request);
      return reply
        .status(201)
        .send(await chat.createConversation(user, staffCaller(user, request.ip, 'chat'), request.body));
    },
  );

  routes.get(
    '/api/conversations/:id',
    { schema: { params: conversationParameters, response: { 200: conversationDetailSchema } } },
    async (request) => {
      const { user } = requireUser(request);
      return chat.getConversation(user.id, request.params.id);
    },
  );

  routes.patch(
    '/api/conversations/:id',
    {
      schema: {
        params: conversationParameters,
        body: renameConversationRequestSchema,
        response: { 200: conversationSummarySchema },
      },
    },
    async (request) => {
      const { user } = requireUser(request);
      return chat.renameConversation(user.id, request.params.id, request.body.title);
    },
  );

  routes.delete(
    '/api/conversations/:id',
    { schema: { params: conversationParameters } },
    async (request, reply) => {
      const { user } = requireUser(request);
      await chat.deleteConversation(user.id, request.params.id);
      return reply.status(204).send();
    },
  );

  routes.post(
    '/api/conversations/:id/messages',
    {
      bodyLimit: Math.max(configuredLimit, messageBodyLimit),
      schema: { params: conversationParameters, body: sendMessageRequestSchema },
    },
    async (request, reply) => {
      const { user } = requireUser(request);
      const { sink, signal } = chatStream(request, reply);
      await chat.sendMessage({
        user,
        caller: staffCaller(user, request.ip, 'chat'),
        conversationId: request.params.id,
        content: request.body.content,
        attachments: request.body.attachments,
        collectionIds: request.body.collectionIds,
        model: request.body.model,
        signal,
        sink,
      });
      return reply;
    },
  );

  routes.post(
    '/api/conversations/:id/regenerate',
    { schema: { params: conversationParameters, body: regenerateRequestSchema } },
    async (request, reply) => {
      const { user } = requireUser(request);
      const { sink, signal } = chatStream(request, reply);
      await chat.regenerate({
        user,
        caller: staffCaller(user, request.ip, 'chat'),
        conversationId: request.params.id,
        model: request.body.model,
        collectionIds: request.body.collectionIds,
        signal,
        sink,
      });
      return reply;
    },
  );
}
