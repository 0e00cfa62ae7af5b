import type {
  DraftDocument,
  DraftReference,
  DraftTemplate,
  FieldValue,
  LintFinding,
  ProvidedStatute,
  StatuteCitationCheck,
} from '@jumugwan/contracts';
import type { GuardCaller, GuardedGateway } from '../../guard/index.js';
import type { GroundingSource } from '../../knowledge/index.js';
import {
  ensureEndMark,
  fixDraftText,
  lintDraftText,
  markUnverifiedCitations,
  verifyStatuteCitations,
} from '../lint/index.js';
import { AppError } from '../../../platform/app-error.js';
import { templateLintRules } from '../templates/template-lint-rules.js';
import { cleanModelBody, withoutEndMark } from './clean-model-body.js';
import { draftPrompt } from './draft-prompt.js';

export interface WriteRequest {
  template: DraftTemplate;
  values: Readonly<Record<string, FieldValue>>;
  skeleton: DraftDocument;
  references: readonly DraftReference[];
  sources: readonly GroundingSource[];
  model: string;
  caller: GuardCaller;
  sensitivity: 'normal' | 'internal';
  revision?: { document: DraftDocument; instruction: string };
  signal?: AbortSignal;
  onDelta: (text: string) => void;
}

export interface WrittenDraft {
  document: DraftDocument;
  citations: StatuteCitationCheck[];
  findings: LintFinding[];
  modelId: string;
}

/**
 * Streams a body from the chat model (through the guarded gateway), then makes it pass the rules by
 * construction: cleans what models add, applies every lint fix, puts `끝.` where it belongs, and checks
 * each statute citation against the texts the user provided, marking the unverified ones.
 */
export class DraftWriter {
  constructor(private readonly gateway: GuardedGateway) {}

  async write(request: WriteRequest): Promise<WrittenDraft> {
    const statutes = statutesOf(request.template, request.values);
    const messages = draftPrompt({
      template: request.template,
      values: request.values,
      skeleton: request.skeleton,
      references: request.references,
      sources: request.sources,
      statutes,
      ...(request.revision === undefined ? {} : { revision: request.revision }),
    });
    const { parts, served } = await this.gateway.chatStream(
      { model: request.model, messages },
      {
        caller: request.caller,
        sensitivity: request.sensitivity,
        purpose: 'documents',
        templateId: request.template.id,
        ...(request.signal === undefined ? {} : { signal: request.signal }),
      },
    );
    let text = '';
    let finishReason: string | null = null;
    for await (const batch of parts) {
      for (const part of batch) {
        if (part.type === 'text-delta') {
          text += part.text;
          request.onDelta(part.text);
        } else if (part.type === 'finish') {
          finishReason = part.reason;
        }
      }
    }
    if (finishReason === 'content_filter') {
      throw new AppError(
        'banned_word',
        422,
        '금칙어가 포함되어 작성을 멈췄습니다. 입력 내용을 고쳐 다시 시도하세요.',
      );
    }
    const base = request.revision?.document ?? request.skeleton;
    const rules = templateLintRules(request.template);
    let body = fixDraftText(cleanModelBody(text, base.title), { rules });
    body = request.template.endMark ? ensureEndMark(body) : withoutEndMark(body);
    let citations: StatuteCitationCheck[] = [];
    if (request.template.verifyStatutes) {
      citations = verifyStatuteCitations(body, statutes);
      body = markUnverifiedCitations(body, citations);
    }
    return {
      document: { title: base.title, slots: base.slots, body },
      citations,
      findings: lintDraftText(body, { rules }),
      modelId: served.modelId,
    };
  }
}

export function statutesOf(
  template: DraftTemplate,
  values: Readonly<Record<string, FieldValue>>,
): ProvidedStatute[] {
  return template.fields.flatMap((field) => {
    const value = values[field.key];
    return field.type === 'statutes' && Array.isArray(value) ? value : [];
  });
}
