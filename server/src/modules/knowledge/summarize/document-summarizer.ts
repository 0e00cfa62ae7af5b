import type { MessageCitation } from '@jumugwan/contracts';
import type { GuardCaller, GuardedGateway } from '../../guard/index.js';
import { groundingSystemPrompt, type GroundingSource } from '../cite/grounding-source.js';
import { verifyCitations } from '../cite/verify-citations.js';
import { summaryGroups } from './summary-groups.js';

export interface SummaryProgress {
  /** Parts summarised so far, of `total` (the final combining step is the last one). */
  done: number;
  total: number;
}

export interface DocumentSummary {
  text: string;
  citations: MessageCitation[];
}

/** Keeps each map call well inside small on-prem models' context windows. */
const groupCharacters = 6_000;

const mapInstruction =
  '위 [출처]는 한 문서의 일부입니다. 이 부분을 소제목(절·조 등 문서의 구조)별로 나누어 개조식으로 요약하세요. ' +
  '각 항목 끝에 근거가 된 출처 번호를 [n]처럼 붙이고, 출처에 없는 내용은 쓰지 마세요.';

const reduceInstruction =
  '다음은 한 문서를 부분별로 요약한 것입니다. 중복을 없애고 문서의 순서와 구조(장·절·항목)를 살려 하나의 요약으로 합치세요. ' +
  '맨 앞에 세 줄 이내의 핵심 요약을 두고, 이어서 소제목별 요약을 쓰세요. 각 항목의 [n] 출처 번호는 그대로 두세요.';

/**
 * Map-reduce summary of a long document: consecutive sections are summarised in parts with their chunk
 * numbers as citations, then the parts are combined. Citations are checked against the chunks at the end,
 * as for answers.
 */
export class DocumentSummarizer {
  constructor(private readonly gateway: GuardedGateway) {}

  async summarize(input: {
    sources: readonly GroundingSource[];
    model: string;
    caller: GuardCaller;
    sensitivity: 'normal' | 'internal';
    signal?: AbortSignal;
    onProgress: (progress: SummaryProgress) => void;
  }): Promise<DocumentSummary> {
    const groups = summaryGroups(input.sources, groupCharacters);
    const total = groups.length === 1 ? 1 : groups.length + 1;
    const options = {
      caller: input.caller,
      sensitivity: input.sensitivity,
      purpose: 'summary' as const,
      ...(input.signal === undefined ? {} : { signal: input.signal }),
    };
    input.onProgress({ done: 0, total });
    const partials: string[] = [];
    for (const group of groups) {
      const { result } = await this.gateway.chat(
        {
          model: input.model,
          messages: [
            { role: 'system', content: groundingSystemPrompt(group) },
            { role: 'user', content: mapInstruction },
          ],
        },
        options,
      );
      partials.push(result.text.trim());
      input.onProgress({ done: partials.length, total });
    }
    let text = partials[0] ?? '';
    if (groups.length > 1) {
      const { result } = await this.gateway.chat(
        {
          model: input.model,
          messages: [
            { role: 'system', content: reduceInstruction },
            {
              role: 'user',
              content: partials
                .map((partial, index) => `### 부분 ${String(index + 1)}\n${partial}`)
                .join('\n\n'),
            },
          ],
        },
        options,
      );
      text = result.text.trim();
      input.onProgress({ done: total, total });
    }
    const verified = verifyCitations(text, input.sources);
    return { text: verified.text, citations: verified.citations };
  }
}
