import { z } from 'zod';
import { chatAttachmentsSchema, composedMessageMaximumCharacters } from './chat-attachments.js';
import { guardNoticeSchema } from './guard.js';
import { messageCitationSchema } from './knowledge.js';

export const messageStatusSchema = z.enum(['complete', 'streaming', 'interrupted', 'stopped', 'failed']);
export type MessageStatus = z.infer<typeof messageStatusSchema>;

export const chatMessageSchema = z.object({
  id: z.uuid(),
  role: z.enum(['user', 'assistant', 'system']),
  content: z.string(),
  status: messageStatusSchema,
  errorCode: z.string().nullable(),
  model: z.string().nullable(),
  /** What the guard did to this exchange: masked PII types, 금칙어 warnings, a cut answer. */
  guardNotices: z.array(guardNoticeSchema),
  /** Knowledge passages the answer cites as [1], [2] … */
  citations: z.array(messageCitationSchema),
  createdAt: z.string(),
});
export type ChatMessage = z.infer<typeof chatMessageSchema>;

export const conversationSummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  model: z.string().nullable(),
  /** `internal`: carries internal material, so only on-prem models may answer it. */
  sensitivity: z.enum(['normal', 'internal']),
  /** The custom assistant this conversation talks to (its instructions, collections and files). */
  assistant: z.object({ id: z.uuid(), name: z.string(), icon: z.string() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ConversationSummary = z.infer<typeof conversationSummarySchema>;
export const conversationListSchema = z.object({ conversations: z.array(conversationSummarySchema) });

export const conversationDetailSchema = conversationSummarySchema.extend({
  messages: z.array(chatMessageSchema),
});
export type ConversationDetail = z.infer<typeof conversationDetailSchema>;

export const createConversationRequestSchema = z.object({
  title: z.string().trim().min(1).max(200).optional(),
  model: z.string().min(1).max(200).optional(),
  /** Talk to a custom assistant the caller may use; fixed for the conversation's life. */
  assistantId: z.uuid().optional(),
});
export const renameConversationRequestSchema = z.object({ title: z.string().trim().min(1).max(200) });

/** POST /api/conversations/:id/messages — answered as a server-sent event stream. */
export const sendMessageRequestSchema = z
  .object({
    /** May be empty when files are attached: the question is then the files themselves. */
    content: z.string().trim().max(100_000),
    model: z.string().min(1).max(200),
    /** Files' text (from POST /api/chat/attachments), added to the question as delimited blocks. */
    attachments: chatAttachmentsSchema.optional(),
    /** Knowledge collections to ground the answer in, with cited sources. */
    collectionIds: z.array(z.uuid()).max(20).optional(),
  })
  .refine((request) => request.content !== '' || (request.attachments ?? []).length > 0, {
    message: '질문을 입력하거나 파일을 첨부하세요.',
    path: ['content'],
  });
export type SendMessageRequest = z.infer<typeof sendMessageRequestSchema>;

/** POST /api/conversations/:id/regenerate — replaces the last assistant answer, also streamed. */
export const regenerateRequestSchema = z.object({
  model: z.string().min(1).max(200),
  collectionIds: z.array(z.uuid()).max(20).optional(),
});

/** Events of the chat stream, one JSON object per `data:` line, `event:` naming the type. */
export const chatStreamEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('start'),
    conversationId: z.uuid(),
    userMessage: chatMessageSchema.nullable(),
    assistantMessageId: z.uuid(),
    model: z.string(),
  }),
  z.object({ type: z.literal('delta'), text: z.string() }),
  z.object({ type: z.literal('guard'), notices: z.array(guardNoticeSchema) }),
  /** The passages the answer may cite, sent before its text; the final list (checked) comes with `done`. */
  z.object({ type: z.literal('citations'), citations: z.array(messageCitationSchema) }),
  z.object({
    type: z.literal('done'),
    status: messageStatusSchema,
    /** The citations that passed the check (grounded answers only). */
    citations: z.array(messageCitationSchema).optional(),
    /** The answer as saved, when the check removed unsupported citation markers from what was streamed. */
    content: z.string().optional(),
    usage: z.object({ promptTokens: z.number(), completionTokens: z.number() }).nullable(),
  }),
  z.object({ type: z.literal('error'), code: z.string(), message: z.string(), status: messageStatusSchema }),
]);
export type ChatStreamEvent = z.infer<typeof chatStreamEventSchema>;

/**
 * POST /api/chat/ephemeral: for institutions whose retention is `none`. The browser tab holds the
 * conversation and sends it whole; the server answers as a stream and writes nothing of it.
 */
export const ephemeralChatRequestSchema = z.object({
  model: z.string().min(1).max(200),
  messages: z
    .array(
      z.object({
        role: z.enum(['user', 'assistant']),
        /** Earlier questions carry the files attached to them, composed as the server composes them. */
        content: z.string().max(composedMessageMaximumCharacters),
      }),
    )
    .min(1)
    .max(200),
  sensitivity: z.enum(['normal', 'internal']).default('normal'),
  /** Files for the last message, a question: composed into it, and any marked internal makes it internal. */
  attachments: chatAttachmentsSchema.optional(),
  /** Knowledge collections to ground the answer in. */
  collectionIds: z.array(z.uuid()).max(20).optional(),
  /** A custom assistant the caller may use: its instructions and collections apply. */
  assistantId: z.uuid().optional(),
});
export type EphemeralChatRequest = z.infer<typeof ephemeralChatRequestSchema>;

/** GET /api/chat/settings: how this user's conversations are kept. */
export const chatSettingsSchema = z.object({
  retention: z.union([z.literal('keep'), z.literal('none'), z.string()]),
  retentionDays: z.number().int().nullable(),
});
export type ChatSettings = z.infer<typeof chatSettingsSchema>;
