import {
  composeUserMessage,
  type ChatAttachment,
  type ChatMessage,
  type ChatStreamEvent,
  type ConversationDetail,
  type ConversationSummary,
  type GuardNotice,
  type MessageCitation,
  type MessageStatus,
} from '@jumugwan/contracts';
import { AppError } from '../../platform/app-error.js';
import type { Clock } from '../../platform/clock.js';
import { randomUUID } from 'node:crypto';
import type { ProviderChatMessage, ProviderUsage } from '../gateway/index.js';
import type { GuardCaller, GuardedGateway, GuardService, PreparedChatStream } from '../guard/index.js';
import type { ChatRepository, ConversationListing, ConversationRow, MessageRow } from './chat-repository.js';
import type { StreamRegistry } from './stream-registry.js';
import type { AssistantUsage, AssistantUser } from '../assistants/index.js';
import { AssistantTurns, type AssistantTurn, type DraftingTemplates } from './assistant-turns.js';
import { assistantFileRequired, missingRequiredFile } from './missing-required-file.js';
import {
  groundingSystemPrompt,
  verifyCitations,
  type Grounding,
  type GroundingSource,
} from '../knowledge/index.js';

/** Finds the passages a grounded answer may cite (the knowledge module, behind the reader's access). */
export interface ChatGrounding {
  /**
   * `assistantCollectionIds` are searched only where the user may read them; an unreadable one among
   * `collectionIds` (the user's own choice) is refused.
   */
  ground(
    userId: string,
    caller: GuardCaller,
    question: string,
    collectionIds: readonly string[],
    assistantCollectionIds: readonly string[],
  ): Promise<Grounding>;
}

/** What the answer says when the chosen documents hold nothing relevant (no model is asked to guess). */
export const notCoveredAnswer =
  '선택한 지식 모음의 문서에서 이 질문에 답할 근거를 찾지 못했습니다. 추측해서 답하지 않습니다. 질문을 구체적으로 바꾸거나 다른 모음을 골라 다시 물어보세요.';

export const defaultConversationTitle = '새 대화';
const partialSaveIntervalMs = 1_000;

export type StreamSink = (event: ChatStreamEvent) => void;

function presentConversation(row: ConversationListing): ConversationSummary {
  return {
    id: row.id,
    title: row.title,
    model: row.model,
    sensitivity: row.sensitivity,
    assistant: row.assistant,
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
    guardNotices: row.guardNotices,
    citations: row.citations,
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
  user: AssistantUser;
  caller: GuardCaller;
  conversationId: string;
  model: string;
  /** Knowledge collections to ground the answer in. */
  collectionIds?: readonly string[] | undefined;
  signal: AbortSignal;
  sink: StreamSink;
}

export interface EphemeralInput {
  user: AssistantUser;
  caller: GuardCaller;
  model: string;
  messages: { role: 'user' | 'assistant'; content: string }[];
  sensitivity: 'normal' | 'internal';
  /** Files for the last message, composed into it; one marked internal makes the request internal. */
  attachments?: readonly ChatAttachment[] | undefined;
  collectionIds?: readonly string[] | undefined;
  /** A custom assistant the user may use: its instructions, collections and files apply. */
  assistantId?: string | undefined;
  signal: AbortSignal;
  sink: StreamSink;
}

/** What retrieval gave a question. */
interface QuestionGrounding {
  /** The passages the answer may cite; null when it is not grounded. */
  sources: GroundingSource[] | null;
  /** Passages of an internal collection go to the model. */
  internal: boolean;
  /** The collections the user chose hold nothing relevant: the fixed answer, no model asked. */
  notCovered: boolean;
}

/** For an assistant whose collections hold nothing relevant: it may still write or read files, never guess facts. */
export const nothingFoundPrompt =
  '[참고 문서]\n이 어시스턴트의 지식 모음에서 이 질문과 관련된 문서를 찾지 못했습니다. 질문이 그 문서의 내용(규정, 수치, 절차 등)을 묻는다면 문서에서 찾지 못했다고 말하고 추측하지 마세요. 첨부 파일을 읽거나 글을 쓰는 요청이면 지시문대로 답하되 출처 번호는 붙이지 마세요.';

const ungrounded: QuestionGrounding = { sources: null, internal: false, notCovered: false };

function retentionNone(): AppError {
  return new AppError(
    'retention_none',
    409,
    '이 기관은 대화 내용을 저장하지 않도록 정해져 있습니다. 대화는 이 브라우저 탭에만 남습니다.',
  );
}

function toProviderMessages(history: readonly MessageRow[]): ProviderChatMessage[] {
  return history
    .filter(
      (message) => message.content !== '' && message.status !== 'failed' && message.status !== 'streaming',
    )
    .map((message) => ({ role: message.role, content: message.content }));
}

function hasInternalAttachment(attachments: readonly ChatAttachment[]): boolean {
  return attachments.some((attachment) => attachment.internal);
}

/** The first question to an assistant that expects a file must bring one of its formats. */
function refuseWithoutRequiredFiles(turn: AssistantTurn, attachments: readonly ChatAttachment[]): void {
  const missing = missingRequiredFile(turn.assistant.definition.expectedFiles, attachments);
  if (missing !== null) throw assistantFileRequired(missing);
}

/** Gateway options of a question asked of an assistant: usage events carry it and its category. */
function meteringOf(turn: AssistantTurn | null): {
  assistantId?: string;
  purpose?: AssistantTurn['metering']['purpose'];
} {
  return turn === null ? {} : turn.metering;
}

/** Conversations and streamed answers. Conversations belong to their user; nobody else reads them. */
export class ChatService {
  private readonly turns: AssistantTurns;

  constructor(
    private readonly repository: ChatRepository,
    private readonly gateway: GuardedGateway,
    private readonly guard: GuardService,
    private readonly streams: StreamRegistry,
    private readonly clock: Clock,
    private readonly grounding: ChatGrounding | null = null,
    assistants: AssistantUsage | null = null,
    templates: DraftingTemplates | null = null,
  ) {
    this.turns = new AssistantTurns(assistants, templates, clock);
  }

  /** Retrieval for a question, in the collections the user chose and those of the assistant. */
  private async groundQuestion(
    input: { user: AssistantUser; caller: GuardCaller; collectionIds?: readonly string[] | undefined },
    question: string,
    turn: AssistantTurn | null,
  ): Promise<QuestionGrounding> {
    const chosen = input.collectionIds ?? [];
    const fromAssistant = turn?.collectionIds ?? [];
    if ((chosen.length === 0 && fromAssistant.length === 0) || this.grounding === null) return ungrounded;
    const grounding: Grounding = await this.grounding.ground(
      input.user.id,
      input.caller,
      question.slice(0, 2_000),
      chosen,
      fromAssistant,
    );
    if (grounding.covered)
      return { sources: grounding.sources, internal: grounding.internal, notCovered: false };
    // An assistant's collections are background: a question they do not cover (a file to read, a draft to
    // write) is answered from its instructions, told that the documents hold nothing on it (no sources, so
    // no citation survives). Collections the user chose stay strict.
    if (chosen.length > 0) return { ...ungrounded, notCovered: true };
    return { sources: [], internal: false, notCovered: false };
  }

  /**
   * The provider messages of a request: one system message first, with the assistant's instructions and
   * the numbered sources, when there are any.
   */
  private static withSystem(
    messages: ProviderChatMessage[],
    turn: AssistantTurn | null,
    sources: readonly GroundingSource[] | null,
  ): ProviderChatMessage[] {
    const parts = [
      ...(turn === null ? [] : [turn.systemPrompt]),
      ...(sources === null
        ? []
        : [sources.length === 0 ? nothingFoundPrompt : groundingSystemPrompt(sources)]),
    ];
    if (parts.length === 0) return messages;
    return [{ role: 'system', content: parts.join('\n\n') }, ...messages];
  }

  /** Under retention `none` nothing of a conversation may be written: the browser keeps it. */
  private async refuseWithoutRetention(caller: GuardCaller): Promise<void> {
    if ((await this.guard.retentionFor(caller.departmentId)).kind === 'none') throw retentionNone();
  }

  async settings(departmentId: string | null): Promise<{ retention: string; retentionDays: number | null }> {
    const retention = await this.guard.retentionFor(departmentId);
    return {
      retention: retention.kind === 'days' ? `days:${String(retention.days)}` : retention.kind,
      retentionDays: retention.kind === 'days' ? retention.days : null,
    };
  }

  async listConversations(userId: string): Promise<ConversationSummary[]> {
    return (await this.repository.listConversations(userId)).map(presentConversation);
  }

  async createConversation(
    user: AssistantUser,
    caller: GuardCaller,
    input: { title?: string | undefined; model?: string | undefined; assistantId?: string | undefined },
  ): Promise<ConversationSummary> {
    await this.refuseWithoutRetention(caller);
    const assistant =
      input.assistantId === undefined ? null : await this.turns.assistantFor(user, input.assistantId);
    const row = await this.repository.insertConversation({
      userId: user.id,
      title: input.title ?? defaultConversationTitle,
      model: input.model ?? assistant?.definition.defaultModel ?? null,
      assistantId: assistant?.id ?? null,
      // An assistant grounded in internal documents is answered on-prem only, from the first question on.
      sensitivity: assistant?.onPremOnly === true ? 'internal' : 'normal',
    });
    return presentConversation({
      ...row,
      assistant: assistant === null ? null : { id: assistant.id, name: assistant.name, icon: assistant.icon },
    });
  }

  private async ownedConversation(userId: string, conversationId: string): Promise<ConversationListing> {
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
    return presentConversation(await this.ownedConversation(userId, conversationId));
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
  async sendMessage(
    input: StreamInput & { content: string; attachments?: readonly ChatAttachment[] | undefined },
  ): Promise<void> {
    this.refuseWhileClosing();
    await this.refuseWithoutRetention(input.caller);
    const conversation = await this.ownedConversation(input.user.id, input.conversationId);
    const turn = await this.turns.turnFor(input.user, conversation.assistantId, true);
    const history = await this.repository.listMessages(conversation.id);
    const attachments = input.attachments ?? [];
    const isFirstQuestion = !history.some((message) => message.role === 'user');
    if (turn !== null && isFirstQuestion) refuseWithoutRequiredFiles(turn, attachments);
    // The stored question is what the model reads, so later requests resend the files' text with it.
    const content = composeUserMessage(input.content, attachments);
    // Retrieval and the guard see the question before anything is saved: a refusal changes nothing.
    const grounding = await this.groundQuestion(
      input,
      input.content.trim() === '' ? content : input.content,
      turn,
    );
    const internal =
      hasInternalAttachment(attachments) || grounding.internal || turn?.assistant.onPremOnly === true;
    const prepared = grounding.notCovered
      ? null
      : await this.prepare(
          input,
          internal ? 'internal' : conversation.sensitivity,
          ChatService.withSystem(
            [...toProviderMessages(history), { role: 'user', content }],
            turn,
            grounding.sources,
          ),
          turn,
        );
    const userMessage = await this.repository.insertMessage({
      conversationId: conversation.id,
      role: 'user',
      content,
      status: 'complete',
    });
    // Internal material is in the conversation now: only on-prem models may answer it from here on.
    if (internal && conversation.sensitivity !== 'internal') {
      await this.repository.markInternal(input.user.id, conversation.id);
    }
    await this.turns.recordUse(turn);
    await this.repository.updateConversation(input.user.id, conversation.id, {
      model: input.model,
      ...(isFirstQuestion && conversation.title === defaultConversationTitle
        ? {
            title: titleFromMessage(
              input.content.trim() === '' ? (attachments[0]?.name ?? '') : input.content,
            ),
          }
        : {}),
    });
    if (prepared === null) {
      await this.answerNotCovered(input, userMessage, null);
      return;
    }
    await this.streamAnswer(input, prepared, userMessage, null, grounding.sources);
  }

  /** The fixed answer for a question the chosen documents do not cover: saved and sent, no model asked. */
  private async answerNotCovered(
    input: StreamInput,
    userMessage: MessageRow | null,
    replaced: MessageRow[] | null,
  ): Promise<void> {
    const assistant = await this.repository.insertMessage({
      conversationId: input.conversationId,
      role: 'assistant',
      content: notCoveredAnswer,
      status: 'complete',
      model: input.model,
    });
    if (replaced !== null) {
      for (const message of replaced) await this.repository.deleteMessage(message.id);
    }
    await this.repository.updateConversation(input.user.id, input.conversationId, {});
    input.sink({
      type: 'start',
      conversationId: input.conversationId,
      userMessage: userMessage === null ? null : presentMessage(userMessage),
      assistantMessageId: assistant.id,
      model: input.model,
    });
    input.sink({ type: 'delta', text: notCoveredAnswer });
    input.sink({ type: 'done', status: 'complete', usage: null, citations: [] });
  }

  private async prepare(
    input: StreamInput,
    sensitivity: ConversationRow['sensitivity'],
    messages: ProviderChatMessage[],
    turn: AssistantTurn | null,
  ): Promise<PreparedChatStream> {
    return this.gateway.prepareChatStream(
      { model: input.model, messages },
      { caller: input.caller, sensitivity, ...meteringOf(turn) },
    );
  }

  /** Answers the last question again. The previous answer is removed only once the new one completed. */
  async regenerate(input: StreamInput): Promise<void> {
    this.refuseWhileClosing();
    await this.refuseWithoutRetention(input.caller);
    const conversation = await this.ownedConversation(input.user.id, input.conversationId);
    const turn = await this.turns.turnFor(input.user, conversation.assistantId, true);
    const history = await this.repository.listMessages(conversation.id);
    const lastQuestionIndex = history.findLastIndex((message) => message.role === 'user');
    if (lastQuestionIndex === -1) {
      throw new AppError('validation_failed', 400, '다시 생성할 질문이 없습니다.');
    }
    const kept = history.slice(0, lastQuestionIndex + 1);
    const grounding = await this.groundQuestion(input, kept.at(-1)?.content ?? '', turn);
    const internal = grounding.internal || turn?.assistant.onPremOnly === true;
    const prepared = grounding.notCovered
      ? null
      : await this.prepare(
          input,
          internal ? 'internal' : conversation.sensitivity,
          ChatService.withSystem(toProviderMessages(kept), turn, grounding.sources),
          turn,
        );
    const replaced = history.slice(lastQuestionIndex + 1).filter((message) => message.role === 'assistant');
    await this.repository.updateConversation(input.user.id, conversation.id, { model: input.model });
    if (prepared === null) {
      await this.answerNotCovered(input, null, replaced);
      return;
    }
    if (internal && conversation.sensitivity !== 'internal') {
      await this.repository.markInternal(input.user.id, conversation.id);
    }
    await this.streamAnswer(input, prepared, null, replaced, grounding.sources);
  }

  /**
   * Retention `none`: the tab sends the whole conversation and gets the answer as a stream; nothing of it
   * is written anywhere. Ids in the events are made up for the tab and name no row.
   */
  async streamEphemeral(input: EphemeralInput): Promise<void> {
    this.refuseWhileClosing();
    const turn = await this.turns.turnFor(input.user, input.assistantId, false);
    const attachments = input.attachments ?? [];
    const earlierQuestion = input.messages.slice(0, -1).some((message) => message.role === 'user');
    if (turn !== null && !earlierQuestion) refuseWithoutRequiredFiles(turn, attachments);
    const messages = input.messages.map((message) => ({ ...message }));
    const last = messages.at(-1);
    if (attachments.length > 0) {
      if (last?.role !== 'user') {
        throw new AppError('validation_failed', 400, '파일은 질문에만 첨부할 수 있습니다.');
      }
      last.content = composeUserMessage(last.content, attachments);
    }
    const question = input.messages.at(-1)?.role === 'user' ? (input.messages.at(-1)?.content ?? '') : '';
    const grounding = await this.groundQuestion(input, question, turn);
    const start = () =>
      input.sink({
        type: 'start',
        conversationId: randomUUID(),
        userMessage: null,
        assistantMessageId: randomUUID(),
        model: input.model,
      });
    if (grounding.notCovered) {
      await this.turns.recordUse(turn);
      start();
      input.sink({ type: 'delta', text: notCoveredAnswer });
      input.sink({ type: 'done', status: 'complete', usage: null, citations: [] });
      return;
    }
    const internal =
      hasInternalAttachment(attachments) || grounding.internal || turn?.assistant.onPremOnly === true;
    const prepared = await this.gateway.prepareChatStream(
      { model: input.model, messages: ChatService.withSystem(messages, turn, grounding.sources) },
      {
        caller: input.caller,
        sensitivity: internal ? 'internal' : input.sensitivity,
        ...meteringOf(turn),
      },
    );
    await this.turns.recordUse(turn);
    start();
    const sources = grounding.sources;
    if (sources !== null && sources.length > 0) {
      input.sink({ type: 'citations', citations: sources.map(candidateCitation) });
    }
    const nothing = () => Promise.resolve();
    await this.relay(prepared, input.signal, input.sink, nothing, (outcome) => {
      if (sources !== null) settleCitations(outcome, sources);
      return Promise.resolve();
    });
  }

  private async streamAnswer(
    input: StreamInput,
    prepared: PreparedChatStream,
    userMessage: MessageRow | null,
    replaced: MessageRow[] | null,
    sources: GroundingSource[] | null,
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
    if (prepared.guard.markInternal) {
      await this.repository.markInternal(input.user.id, input.conversationId);
    }
    if (sources !== null && sources.length > 0) {
      // The passages the answer may cite, so the tab can link [n] while the answer streams.
      input.sink({ type: 'citations', citations: sources.map(candidateCitation) });
    }
    await this.relay(
      prepared,
      input.signal,
      input.sink,
      (text) => this.repository.updateMessage(assistant.id, { content: text }),
      async (outcome) => {
        if (sources !== null) settleCitations(outcome, sources);
        await this.repository.updateMessage(assistant.id, {
          citations: outcome.citations ?? [],
          content: outcome.finalText ?? outcome.text,
          status: outcome.status,
          errorCode: outcome.failure?.code ?? null,
          promptTokens: outcome.usage?.promptTokens ?? null,
          completionTokens: outcome.usage?.completionTokens ?? null,
          guardNotices: outcome.notices,
        });
        if (outcome.status === 'complete' && replaced !== null) {
          for (const message of replaced) await this.repository.deleteMessage(message.id);
        }
        await this.repository.updateConversation(input.user.id, input.conversationId, {});
      },
    );
  }

  /**
   * Streams the answer into the sink. `savePartial` is called now and then with the text so far (saving
   * the partial answer bounds what a crash can lose); `saveFinal` runs before the stream leaves the
   * registry, so a graceful shutdown waits for it; then the closing event goes to the sink.
   */
  private async relay(
    prepared: PreparedChatStream,
    signal: AbortSignal,
    sink: StreamSink,
    savePartial: (text: string) => Promise<void>,
    saveFinal: (outcome: RelayOutcome) => Promise<void>,
  ): Promise<void> {
    const notices: GuardNotice[] = [...prepared.guard.notices];
    if (notices.length > 0) sink({ type: 'guard', notices });
    const controller = new AbortController();
    const abortFromClient = () => controller.abort('client');
    signal.addEventListener('abort', abortFromClient, { once: true });
    if (signal.aborted) controller.abort('client');
    this.streams.add(controller);

    let text = '';
    let usage: ProviderUsage | null = null;
    let lastSavedAt = this.clock.now().getTime();
    let savedLength = 0;
    let status: MessageStatus = 'complete';
    let failure: AppError | null = null;
    try {
      const { parts } = await prepared.start(controller.signal);
      for await (const batch of parts) {
        for (const part of batch) {
          if (part.type === 'text-delta') {
            text += part.text;
            sink({ type: 'delta', text: part.text });
          } else if (part.type === 'usage') {
            usage = part.usage;
          } else if (part.type === 'guard-notice') {
            notices.push(part.notice);
            sink({ type: 'guard', notices: [part.notice] });
          }
        }
        const now = this.clock.now().getTime();
        // Saving the partial answer now and then bounds what a crash can lose.
        if (now - lastSavedAt >= partialSaveIntervalMs && text.length > savedLength) {
          await savePartial(text);
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
      signal.removeEventListener('abort', abortFromClient);
    }
    const outcome: RelayOutcome = { text, usage, status, failure, notices };
    try {
      await saveFinal(outcome);
    } finally {
      this.streams.remove(controller);
      this.finishEvent(sink, outcome);
    }
  }

  private finishEvent(sink: StreamSink, outcome: RelayOutcome): void {
    if (outcome.failure !== null) {
      sink({
        type: 'error',
        code: outcome.failure.code,
        message: outcome.failure.message,
        status: outcome.status,
      });
      return;
    }
    sink({
      type: 'done',
      status: outcome.status,
      ...(outcome.citations === undefined ? {} : { citations: outcome.citations }),
      ...(outcome.finalText === undefined ? {} : { content: outcome.finalText }),
      usage:
        outcome.usage === null
          ? null
          : { promptTokens: outcome.usage.promptTokens, completionTokens: outcome.usage.completionTokens },
    });
  }
}

function candidateCitation(source: GroundingSource): MessageCitation {
  return {
    number: source.number,
    chunkId: source.chunkId,
    documentId: source.documentId,
    collectionId: source.collectionId,
    documentTitle: source.documentTitle,
    sectionPath: source.sectionPath,
    pageStart: source.pageStart,
    quote: null,
  };
}

/** Citations are checked once the answer is whole: unsupported markers go before it is saved or shown. */
function settleCitations(outcome: RelayOutcome, sources: readonly GroundingSource[]): void {
  const verified = verifyCitations(outcome.text, sources);
  if (verified.text !== outcome.text) outcome.finalText = verified.text;
  outcome.citations = verified.citations;
}

interface RelayOutcome {
  notices: GuardNotice[];
  text: string;
  usage: ProviderUsage | null;
  status: MessageStatus;
  failure: AppError | null;
  /** Grounded answers: the citations that passed the check, and the text when markers were removed. */
  citations?: MessageCitation[];
  finalText?: string;
}
