import { AppError } from '../../platform/app-error.js';
import type { GatewayCallOptions, GatewayModel, Served } from './gateway.js';
import type {
  ProviderChatRequest,
  ProviderChatResult,
  ProviderTranslationRequest,
  ProviderTranslationResult,
} from './provider-spec.js';

/** What translation needs of a gateway; the guarded gateway is the one the platform passes. */
export interface TranslationGateway {
  listModels(allowedModels?: readonly string[] | null): Promise<GatewayModel[]>;
  chat(
    request: ProviderChatRequest,
    options?: GatewayCallOptions,
  ): Promise<{ result: ProviderChatResult; served: Served }>;
  translate(
    request: ProviderTranslationRequest & { model: string },
    options?: GatewayCallOptions,
  ): Promise<{ result: ProviderTranslationResult; served: Served }>;
}

const languageNames: Record<string, string> = {
  ko: '한국어',
  en: '영어',
  ja: '일본어',
  zh: '중국어',
  de: '독일어',
  fr: '프랑스어',
  es: '스페인어',
  ru: '러시아어',
  vi: '베트남어',
  th: '태국어',
};

function languageName(code: string): string {
  const base = code.toLowerCase().split('-')[0] ?? code;
  return languageNames[base] ?? code;
}

/**
 * Translation through DeepL when a translation model exists; otherwise a chat model with a translation
 * prompt, one call per text so paragraphs stay one-to-one.
 */
export class TranslationService {
  constructor(private readonly gateway: TranslationGateway) {}

  /** The model used when the caller names none: a translation model, else an on-prem chat model. */
  async defaultModel(allowedModels: readonly string[] | null = null): Promise<string> {
    const models = await this.gateway.listModels(allowedModels);
    const choice =
      models.find((model) => model.capability === 'translation') ??
      models.find((model) => model.capability === 'chat' && model.location === 'internal') ??
      models.find((model) => model.capability === 'chat');
    if (choice === undefined)
      throw new AppError(
        'no_model_registered',
        404,
        '번역에 쓸 수 있는 모델이 없습니다. 관리자에게 문의하세요.',
      );
    return choice.id;
  }

  async translate(
    request: ProviderTranslationRequest & { model: string },
    options: GatewayCallOptions = {},
  ): Promise<{ result: ProviderTranslationResult; served: Served }> {
    const models = await this.gateway.listModels(options.allowedModels ?? null);
    const model = models.find((candidate) => candidate.id === request.model);
    if (model?.capability !== 'chat') return this.gateway.translate(request, options);

    const target = languageName(request.targetLanguage);
    const source = request.sourceLanguage === undefined ? '원문 언어' : languageName(request.sourceLanguage);
    const formal = request.formality === 'more' || request.formality === 'prefer_more';
    const translations: ProviderTranslationResult['translations'] = [];
    let served: Served | null = null;
    for (const text of request.texts) {
      const answer = await this.gateway.chat(
        {
          model: request.model,
          temperature: 0,
          messages: [
            {
              role: 'system',
              content:
                `당신은 공공기관 전문 번역가입니다. 사용자가 준 글을 ${source}에서 ${target}(으)로 번역하세요. ` +
                `번역문만 출력하고 설명, 따옴표, 머리말을 붙이지 마세요. 줄바꿈과 목록 구조는 그대로 두세요.` +
                (formal ? ' 격식 있는 공문체로 옮기세요.' : ''),
            },
            { role: 'user', content: text },
          ],
        },
        { ...options, purpose: 'translation' },
      );
      translations.push({
        text: answer.result.text.trim(),
        detectedSourceLanguage: request.sourceLanguage ?? null,
      });
      served = answer.served;
    }
    if (served === null) throw new AppError('validation_failed', 400, '번역할 글이 없습니다.');
    return {
      result: {
        translations,
        billedCharacters: request.texts.reduce((total, text) => total + text.length, 0),
      },
      served,
    };
  }
}
