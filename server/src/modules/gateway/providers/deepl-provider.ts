import { z } from 'zod';
import { AppError } from '../../../platform/app-error.js';
import type { Egress } from '../../../platform/egress.js';
import type {
  ModelProvider,
  ProviderModelList,
  ProviderSettings,
  ProviderTranslationRequest,
  ProviderTranslationResult,
} from '../provider-spec.js';
import { upstreamErrors } from '../upstream-error.js';
import { requestUpstreamJson } from './request-upstream-json.js';

// DeepL accepts at most 50 texts per /v2/translate request.
const textsPerRequest = 50;

// Regions whose English is closer to British than American spelling.
const britishEnglishRegions = new Set(['GB', 'UK', 'IE', 'AU', 'NZ', 'ZA', 'IN']);
const traditionalChineseSubtags = new Set(['HANT', 'TW', 'HK', 'MO']);

const translateResponseSchema = z.object({
  translations: z.array(
    z.object({
      detected_source_language: z.string().nullish(),
      text: z.string(),
      billed_characters: z.number().nullish(),
    }),
  ),
});

const usageResponseSchema = z.object({ character_count: z.number(), character_limit: z.number() });

export interface DeepLUsage {
  characterCount: number;
  characterLimit: number;
}

/** Splits 'en_us', 'zh-Hant-TW' into a lower-case language and upper-case subtags. */
function languageParts(code: string): { language: string; subtags: string[] } {
  const [language = '', ...subtags] = code.trim().replace(/_/g, '-').split('-');
  return { language: language.toLowerCase(), subtags: subtags.map((subtag) => subtag.toUpperCase()) };
}

/**
 * Our language code (BCP 47-ish, any case) to a DeepL target code. DeepL has deprecated the bare EN, PT
 * and ZH targets, so those get a variant: en → EN-US, pt → PT-PT, zh → ZH-HANS (zh-TW/zh-Hant → ZH-HANT).
 * Codes DeepL does not know pass through upper-cased, and DeepL's own 400 message then says so.
 */
export function toDeepLTargetLanguage(code: string): string {
  const { language, subtags } = languageParts(code);
  switch (language) {
    case 'en':
      return subtags.some((subtag) => britishEnglishRegions.has(subtag)) ? 'EN-GB' : 'EN-US';
    case 'pt':
      return subtags.includes('BR') ? 'PT-BR' : 'PT-PT';
    case 'zh':
      return subtags.some((subtag) => traditionalChineseSubtags.has(subtag)) ? 'ZH-HANT' : 'ZH-HANS';
    case 'es':
      return subtags.includes('419') ? 'ES-419' : 'ES';
    case 'no':
    case 'nb':
      return 'NB';
    default:
      return language.toUpperCase();
  }
}

/** Our language code to a DeepL source code: DeepL source codes carry no region (en-US → EN). */
export function toDeepLSourceLanguage(code: string | undefined): string | undefined {
  if (code === undefined) return undefined;
  const { language } = languageParts(code);
  // Empty or 'auto' mean "detect it", which DeepL does when source_lang is absent.
  if (language === '' || language === 'auto') return undefined;
  return language === 'no' ? 'NB' : language.toUpperCase();
}

/**
 * DeepL's REST API (v2). `baseUrl` is the host without the version, https://api-free.deepl.com for free
 * keys (ending in ':fx') or https://api.deepl.com for Pro; a trailing /v2 is tolerated.
 */
export class DeepLProvider implements ModelProvider {
  private readonly settings: ProviderSettings;

  constructor(
    private readonly egress: Egress,
    settings: ProviderSettings,
  ) {
    this.settings = { ...settings, baseUrl: settings.baseUrl.replace(/\/+$/, '').replace(/\/v2$/, '') };
  }

  private headers(): Record<string, string> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/json',
    };
    // Without a key DeepL answers 403, which surfaces as the usual key error.
    if (this.settings.apiKey !== null && this.settings.apiKey !== '') {
      headers.authorization = `DeepL-Auth-Key ${this.settings.apiKey}`;
    }
    return headers;
  }

  /** DeepL's documented statuses get messages an admin can act on; the rest keep the generic form. */
  private describeFailure = (status: number, detail: string): AppError | undefined => {
    const name = this.settings.name;
    switch (status) {
      case 456:
        return new AppError(
          'upstream_error',
          502,
          'DeepL 사용 한도를 넘었습니다. 한도가 다시 채워지거나 관리자가 한도를 늘린 뒤 다시 시도해 주세요.',
        );
      case 403: {
        // DeepL's own 403 text is terse ("Forbidden"); say what to check and keep it for support.
        const hint = 'DeepL API 키가 올바르지 않거나 이 주소(무료 api-free / Pro api)에 맞지 않습니다';
        return upstreamErrors.failed(name, status, detail === '' ? hint : `${hint} - ${detail}`);
      }
      case 429:
        return upstreamErrors.failed(name, status, detail === '' ? '요청이 너무 많습니다' : detail);
      default:
        return undefined;
    }
  };

  async translate(
    request: ProviderTranslationRequest,
    signal?: AbortSignal,
  ): Promise<ProviderTranslationResult> {
    const targetLanguage = toDeepLTargetLanguage(request.targetLanguage);
    const sourceLanguage = toDeepLSourceLanguage(request.sourceLanguage);
    const translations: ProviderTranslationResult['translations'] = [];
    let billedCharacters = 0;

    for (let start = 0; start < request.texts.length; start += textsPerRequest) {
      const texts = request.texts.slice(start, start + textsPerRequest);
      const response = await requestUpstreamJson(this.egress, this.settings, {
        method: 'POST',
        path: '/v2/translate',
        headers: this.headers(),
        body: {
          text: texts,
          target_lang: targetLanguage,
          ...(sourceLanguage === undefined ? {} : { source_lang: sourceLanguage }),
          // 'default' is what DeepL does anyway; leaving it out keeps languages without formality working.
          // Other values are sent as given: DeepL knows which languages support them and says so in a 400.
          ...(request.formality === undefined || request.formality === 'default'
            ? {}
            : { formality: request.formality }),
          ...(request.glossaryId === undefined ? {} : { glossary_id: request.glossaryId }),
          show_billed_characters: true,
        },
        schema: translateResponseSchema,
        signal,
        describeFailure: this.describeFailure,
      });
      if (response.translations.length !== texts.length) {
        throw upstreamErrors.failed(this.settings.name, 200, '번역 결과의 개수가 입력과 다릅니다');
      }
      for (const [index, translation] of response.translations.entries()) {
        translations.push({
          text: translation.text,
          detectedSourceLanguage: translation.detected_source_language?.toLowerCase() ?? null,
        });
        billedCharacters += translation.billed_characters ?? texts[index]?.length ?? 0;
      }
    }
    return { translations, billedCharacters };
  }

  /** Characters translated in the current billing period and the account's limit. */
  async getUsage(signal?: AbortSignal): Promise<DeepLUsage> {
    const response = await requestUpstreamJson(this.egress, this.settings, {
      method: 'GET',
      path: '/v2/usage',
      headers: this.headers(),
      schema: usageResponseSchema,
      signal,
      describeFailure: this.describeFailure,
    });
    return { characterCount: response.character_count, characterLimit: response.character_limit };
  }

  /** DeepL has no model list; asking for usage proves the key and the address work. */
  async listModels(signal?: AbortSignal): Promise<ProviderModelList> {
    await this.getUsage(signal);
    return { models: ['deepl'] };
  }
}
