import type {
  ChatMessage,
  ChatStreamEvent,
  ConversationDetail,
  ConversationSummary,
  MessageStatus,
} from '@jumugwan/contracts';
import { AppError } from '../../platform/app-error.js';
import type { Clock } from '../../platform/clock.js';
import type { Gateway, ProviderChatMessage, ProviderUsage } from '../gateway/index.js';
import type { ChatRepository, ConversationRow, MessageRow } from './chat-repository.js';
import type { StreamRegistry } from './stream-registry.js';

export const defaultConversationTitle = '새 대화';
const partialSaveIntervalMs = 1_000;

export type StreamSink = (event: ChatStreamEvent) => void;

function presentConversation(row: ConversationRow): ConversationSummary {
  return {
    id: row.id,
    title: row.title,
    model: row.model,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function presentMessage(row: MessageRow): ChatMessage {
  return {
    id: row.id,
    role: row.role,
    content: row.content,
    status: row.status,
    errorCode: row.errorCode,
    model: row.model,
    createdAt: row.createdAt.toISOString(),
  };
}

/** A title from the first question: its first line, cut at a word boundary near 40 characters. */
export function titleFromMessage(content: string): string {
  const firstLine = content.trim().split(/\r?\n/)[0]?.trim() ?? '';
  if (firstLine.length <= 40) return firstLine === '' ? defaultConversationTitle : firstLine;
  const cut = firstLine.slice(0, 40);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 20 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

function notFound(): AppError {
  return new AppError(
    'conversation_not_found',
    404,
    '대화를 찾을 수 없습니다. 삭제되었거나 다른 사람의 대화입니다.',
  );
}

interface StreamInput {
  userId: string;
  conversationId: string;
  model: string;
  signal: AbortSignal;
  sink: StreamSink;
}

/** Conversations and streamed answers. Conversations belong to their user; nobody else reads them. */
export class ChatService {
  constructor(
    private readonly repository: ChatRepository,
    private readonly gateway: Gateway,
    private readonly streams: StreamRegistry,
    private readonly clock: Clock,
  ) {}

  async listConversations(userId: string): Promise<ConversationSummary[]> {
    return (await this.repository.listConversations(userId)).map(presentConversation);
  }

  async createConversation(
    userId: string,
    input: { title?: string | undefined; model?: string | undefined },
  ): Promise<ConversationSummary> {
    const row = await this.repository.insertConversation({
      userId,
      title: input.title ?? defaultConversationTitle,
      model: input.model ?? null,
    });
    return presentConversation(row);
  }

  private async ownedConversation(userId: string, conversationId: string): Promise<ConversationRow> {
    const conversation = await this.repository.findConversation(userId, conversationId);
    if (conversation === undefined) throw notFound();
    return conversation;
  }

  async getConversation(userId: string, conversationId: string): Promise<ConversationDetail> {
    const conversation = await this.ownedConversation(userId, conversationId);
    const messages = await this.repository.listMessages(conversation.id);
    return { ...presentConversation(conversation), messages: messages.map(presentMessage) };
  }

  async renameConversation(
    userId: string,
    conversationId: string,
    title: string,
  ): Promise<ConversationSummary> {
    const row = await this.repository.updateConversation(userId, conversationId, { title });
    if (row === undefined) throw notFound();
    return presentConversation(row);
  }

  async deleteConversation(userId: string, conversationId: string): Promise<void> {
    if (!(await this.repository.deleteConversation(userId, conversationId))) throw notFound();
  }

  private refuseWhileClosing(): void {
    if (this.streams.isClosing) {
      throw new AppError(
        'shutting_down',
        503,
        '서버가 점검을 위해 재시작하는 중입니다. 잠시 뒤 다시 시도해 주세요.',
      );
    }
  }

  /**
   * Saves the question, then streams the answer into the sink. Everything that can be refused (ownership,
   * model) is checked before anything is written, so a refused request changes nothing.
   */
  async sendMessage(input: StreamInput & { content: string }): Promise<void> {
    this.refuseWhileClosing();
    const conversation = await this.ownedConversation(input.userId, input.conversationId);
    await this.gateway.assertModel(input.model, 'chat');
    const history = await this.repository.listMessages(conversation.id);
    const userMessage = await this.repository.insertMessage({
      conversationId: conversation.id,
      role: 'user',
      content: input.content,
      status: 'complete',
    });
    const isFirstQuestion = !history.some((message) => message.role === 'user');
    await this.repository.updateConversation(input.userId, conversation.id, {
      model: input.model,
      ...(isFirstQuestion && conversation.title === defaultConversationTitle
        ? { title: titleFromMessage(input.content) }
        : {}),
    });
    await this.streamAnswer(input, [...history, userMessage], userMessage, null);
  }

  /** Answers the last question again. The previous answer is removed only once the new one completed. */
  async regenerate(input: StreamInput): Promise<void> {
    this.refuseWhileClosing();
    const conversation = await this.ownedConversation(input.userId, input.conversationId);
    await this.gateway.assertModel(input.model, 'chat');
    const history = await this.repository.listMessages(conversation.id);
    const lastQuestionIndex = history.findLastIndex((message) => message.role === 'user');
    if (lastQuestionIndex === -1) {
      throw new AppError('validation_failed', 400, '다시 생성할 질문이 없습니다.');
    }
    const replaced = history.slice(lastQuestionIndex + 1).filter((message) => message.role === 'assistant');
    await this.repository.updateConversation(input.userId, conversation.id, { model: input.model });
    await this.streamAnswer(input, history.slice(0, lastQuestionIndex + 1), null, replaced);
  }

  private async streamAnswer(
    input: StreamInput,
    history: MessageRow[],
    userMessage: MessageRow | null,
    replaced: MessageRow[] | null,
  ): Promise<void> {
    const assistant = await this.repository.insertMessage({
      conversationId: input.conversationId,
      role: 'assistant',
      content: '',
      status: 'streaming',
      model: input.model,
    });
    input.sink({
      type: 'start',
      conversationId: input.conversationId,
      userMessage: userMessage === null ? null : presentMessage(userMessage),
      assistantMessageId: assistant.id,
      model: input.model,
    });

    const controller = new AbortController();
    const abortFromClient = () => controller.abort('client');
    input.signal.addEventListener('abort', abortFromClient, { once: true });
    if (input.signal.aborted) controller.abort('client');
    this.streams.add(controller);

    let text = '';
    let usage: ProviderUsage | null = null;
    let lastSavedAt = this.clock.now().getTime();
    let savedLength = 0;
    let status: MessageStatus = 'complete';
    let failure: AppError | null = null;
    try {
      const providerMessages: ProviderChatMessage[] = history
        .filter(
          (message) =>
            message.content !== '' && message.status !== 'failed' && message.status !== 'streaming',
        )
        .map((message) => ({ role: message.role, content: message.content }));
      const { parts } = await this.gateway.chatStream(
        { model: input.model, messages: providerMessages },
        { signal: controller.signal },
      );
      for await (const batch of parts) {
        for (const part of batch) {
          if (part.type === 'text-delta') {
            text += part.text;
            input.sink({ type: 'delta', text: part.text });
          } else if (part.type === 'usage') {
            usage = part.usage;
          }
        }
        const now = this.clock.now().getTime();
        // Saving the partial answer now and then bounds what a crash can lose.
        if (now - lastSavedAt >= partialSaveIntervalMs && text.length > savedLength) {
          await this.repository.updateMessage(assistant.id, { content: text });
          lastSavedAt = now;
          savedLength = text.length;
        }
      }
    } catch (error) {
      if (controller.signal.aborted) {
        status = controller.signal.reason === 'client' ? 'stopped' : 'interrupted';
        if (status === 'interrupted') {
          failure = new AppError(
            'shutting_down',
            503,
            '서버가 재시작되어 응답이 중단되었습니다. 받은 부분까지 저장했습니다.',
          );
        }
      } else {
        failure =
          error instanceof AppError
            ? error
            : new AppError(
                'upstream_error',
                502,
                '모델 응답을 처리하지 못했습니다. 잠시 뒤 다시 시도해 주세요.',
              );
        status = text === '' ? 'failed' : 'interrupted';
      }
    } finally {
      input.signal.removeEventListener('abort', abortFromClient);
    }
    try {
      await this.repository.updateMessage(assistant.id, {
        content: text,
        status,
        errorCode: failure?.code ?? null,
        promptTokens: usage?.promptTokens ?? null,
        completionTokens: usage?.completionTokens ?? null,
      });
      if (status === 'complete' && replaced !== null) {
        for (const message of replaced) await this.repository.deleteMessage(message.id);
      }
      await this.repository.updateConversation(input.userId, input.conversationId, {});
    } finally {
      this.streams.remove(controller);
    }
    if (failure !== null) {
      input.sink({ type: 'error', code: failure.code, message: failure.message, status });
    } else {
      input.sink({
        type: 'done',
        status,
        usage:
          usage === null
            ? null
            : { promptTokens: usage.promptTokens, completionTokens: usage.completionTokens },
      });
    }
  }
}
