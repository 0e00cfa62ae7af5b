import type { AssistantCategory, DraftTemplate } from '@jumugwan/contracts';
import { AppError } from '../../platform/app-error.js';
import type { Clock } from '../../platform/clock.js';
import type { AssistantForUse, AssistantUsage, AssistantUser } from '../assistants/index.js';
import { assistantSystemPrompt } from './assistant-system-prompt.js';

/** The drafting templates an assistant may name (the drafting module's TemplateCatalog). */
export interface DraftingTemplates {
  get(id: string): Promise<{ template: DraftTemplate }>;
}

/** What a custom assistant brings to one question. */
export interface AssistantTurn {
  assistant: AssistantForUse;
  systemPrompt: string;
  /** Searched with the asking user's access, beside the collections they chose. */
  collectionIds: readonly string[];
  /** Usage events carry the assistant and its category as the purpose. */
  metering: { assistantId: string; purpose: AssistantCategory };
}

function assistantNotFound(): AppError {
  return new AppError('assistant_not_found', 404, '어시스턴트를 찾을 수 없습니다.');
}

function assistantGone(): AppError {
  return new AppError(
    'assistant_not_found',
    404,
    '이 대화의 어시스턴트는 더 이상 쓸 수 없습니다. 보관되었거나 공유가 해제되었습니다. 지난 대화는 그대로 볼 수 있습니다.',
  );
}

/** Resolves the assistant of a conversation or tab-only request, through what the assistants module allows. */
export class AssistantTurns {
  constructor(
    private readonly usage: AssistantUsage | null,
    private readonly templates: DraftingTemplates | null,
    private readonly clock: Clock,
  ) {}

  /** The assistant a new conversation talks to; 404 when the user may not use it. */
  async assistantFor(user: AssistantUser, assistantId: string): Promise<AssistantForUse> {
    if (this.usage === null) throw assistantNotFound();
    return this.usage.assistantForUse(user, assistantId);
  }

  /**
   * The turn for a question; null without an assistant. `continuing`: the conversation began with it,
   * so losing access since then is said as such.
   */
  async turnFor(
    user: AssistantUser,
    assistantId: string | null | undefined,
    continuing: boolean,
  ): Promise<AssistantTurn | null> {
    if (assistantId === null || assistantId === undefined) return null;
    let assistant: AssistantForUse;
    try {
      assistant = await this.assistantFor(user, assistantId);
    } catch (error) {
      if (continuing && error instanceof AppError && error.code === 'assistant_not_found')
        throw assistantGone();
      throw error;
    }
    return {
      assistant,
      systemPrompt: assistantSystemPrompt(
        assistant,
        await this.template(assistant.definition.draftingTemplateId),
        this.clock.now(),
      ),
      collectionIds: assistant.definition.collectionIds,
      metering: { assistantId: assistant.id, purpose: assistant.category },
    };
  }

  /** Counts a question the assistant answered. */
  async recordUse(turn: AssistantTurn | null): Promise<void> {
    if (turn !== null && this.usage !== null) await this.usage.recordUse(turn.assistant.id);
  }

  /** A template removed since the assistant named it leaves the instructions alone to guide the answer. */
  private async template(templateId: string | null): Promise<DraftTemplate | null> {
    if (templateId === null || this.templates === null) return null;
    try {
      return (await this.templates.get(templateId)).template;
    } catch (error) {
      if (error instanceof AppError && error.code === 'template_not_found') return null;
      throw error;
    }
  }
}
