import type { ServerResponse } from 'node:http';
import { z } from 'zod';
import { startRecordingServer, type RecordedRequest, type RecordingExchange } from './recording-server.js';
import {
  answerDelayAndStatus,
  parseScenarioDirectives,
  readFixture,
  sendJson,
  type FailureSender,
} from './test-upstream.js';

// Test support only: a stand-in for DeepL's REST API v2 (/v2/translate and /v2/usage, JSON bodies).

export interface DeepLUpstreamOptions {
  /** When set, requests must carry `Authorization: DeepL-Auth-Key <authKey>`; otherwise any key passes. */
  authKey?: string;
  /** Characters per billing period before DeepL answers 456; default 500,000 (the Free plan). */
  characterLimit?: number;
}

export interface DeepLUpstream {
  /** Base URL without /v2, e.g. http://127.0.0.1:12345, in the place of https://api-free.deepl.com. */
  url: string;
  port: number;
  requests: RecordedRequest[];
  /** Forgets recorded requests and the characters used so far (the same array is emptied). */
  reset(): void;
  /** Stops listening and destroys open sockets. */
  close(): Promise<void>;
}

interface DeepLState {
  authKey: string | undefined;
  characterLimit: number;
  characterCount: number;
}

// DeepL's documented language lists. Targets need a variant for English and Portuguese; sources never
// carry one.
// prettier-ignore
const targetLanguages = new Set([
  'AR', 'BG', 'CS', 'DA', 'DE', 'EL', 'EN-GB', 'EN-US', 'ES', 'ES-419', 'ET', 'FI', 'FR', 'HE', 'HU', 'ID',
  'IT', 'JA', 'KO', 'LT', 'LV', 'NB', 'NL', 'PL', 'PT-BR', 'PT-PT', 'RO', 'RU', 'SK', 'SL', 'SV', 'TH', 'TR',
  'UK', 'VI', 'ZH', 'ZH-HANS', 'ZH-HANT',
]);
// prettier-ignore
const sourceLanguages = new Set([
  'AR', 'BG', 'CS', 'DA', 'DE', 'EL', 'EN', 'ES', 'ET', 'FI', 'FR', 'HE', 'HU', 'ID', 'IT', 'JA', 'KO', 'LT',
  'LV', 'NB', 'NL', 'PL', 'PT', 'RO', 'RU', 'SK', 'SL', 'SV', 'TH', 'TR', 'UK', 'VI', 'ZH',
]);
const deprecatedTargets = new Map([
  ['EN', "'EN-GB' or 'EN-US'"],
  ['PT', "'PT-BR' or 'PT-PT'"],
]);
// Only these targets accept a strict formality; the prefer_ values fall back silently elsewhere.
const formalityTargets = new Set([
  'DE',
  'FR',
  'IT',
  'ES',
  'ES-419',
  'NL',
  'PL',
  'PT-BR',
  'PT-PT',
  'JA',
  'RU',
]);
const textsPerRequest = 50;

const translateRequestSchema = z.looseObject({
  text: z.array(z.string()).min(1).max(textsPerRequest),
  target_lang: z.string().min(1),
  source_lang: z.string().nullish(),
  formality: z.enum(['default', 'more', 'less', 'prefer_more', 'prefer_less']).nullish(),
  glossary_id: z.string().nullish(),
  show_billed_characters: z.boolean().nullish(),
});

function loadFixtures() {
  return {
    translate: readFixture(
      'deepl/translate.json',
      z.looseObject({
        translations: z.tuple([
          z.looseObject({
            detected_source_language: z.string(),
            text: z.string(),
            billed_characters: z.number(),
          }),
        ]),
      }),
    ),
    usage: readFixture(
      'deepl/usage.json',
      z.looseObject({ character_count: z.number(), character_limit: z.number() }),
    ),
    error: readFixture('deepl/error.json', z.looseObject({ message: z.string() })),
  };
}

export async function startDeepLUpstream(options: DeepLUpstreamOptions = {}): Promise<DeepLUpstream> {
  const fixtures = loadFixtures();
  const state: DeepLState = {
    authKey: options.authKey,
    characterLimit: options.characterLimit ?? 500_000,
    characterCount: 0,
  };
  const server = await startRecordingServer({
    name: 'DeepL upstream',
    handle: (exchange) => handleRequest(state, fixtures, exchange),
  });

  return {
    url: server.origin,
    port: server.port,
    requests: server.requests,
    reset() {
      server.reset();
      state.characterCount = 0;
    },
    close: () => server.close(),
  };
}

async function handleRequest(
  state: DeepLState,
  fixtures: ReturnType<typeof loadFixtures>,
  exchange: RecordingExchange<RecordedRequest>,
): Promise<void> {
  const { request, response, record, signal } = exchange;
  // DeepL's error body is `{"message": ...}`.
  const fail: FailureSender = (status, message, details = {}) =>
    sendJson(response, status, { ...fixtures.error, message }, details.headers);

  try {
    await exchange.readBody();

    const authorization = request.headers.authorization ?? '';
    const authorized =
      state.authKey === undefined
        ? /^DeepL-Auth-Key \S+/.test(authorization)
        : authorization === `DeepL-Auth-Key ${state.authKey}`;
    if (!authorized) {
      fail(403, 'Forbidden');
      return;
    }
    if (record.method === 'GET' && record.path === '/v2/usage') {
      sendJson(response, 200, {
        ...fixtures.usage,
        character_count: state.characterCount,
        character_limit: state.characterLimit,
      });
      return;
    }
    if (record.method === 'POST' && record.path === '/v2/translate') {
      await translate(state, fixtures, record.body, { ...exchange, fail });
      return;
    }
    fail(404, `Not found (${record.method} ${record.path})`);
  } catch (error: unknown) {
    if (signal.aborted) return;
    console.error('DeepL upstream: unexpected error', error);
    if (!response.headersSent) fail(500, 'The DeepL test upstream failed unexpectedly.');
  }
}

/**
 * Translation is `[TARGET] text` with directives removed; detected_source_language is source_lang when
 * given, else KO when the text has Hangul and EN otherwise. Every character sent is billed, and a request
 * that would take the count past the limit is refused with 456 without being counted.
 */
async function translate(
  state: DeepLState,
  fixtures: ReturnType<typeof loadFixtures>,
  body: unknown,
  exchange: { signal: AbortSignal; response: ServerResponse; fail: FailureSender; disconnect: () => void },
): Promise<void> {
  const { signal, response, fail } = exchange;
  const validation = translateRequestSchema.safeParse(body);
  if (!validation.success) {
    const issue = validation.error.issues[0];
    fail(400, `Invalid value for '${issue?.path.join('.') ?? 'body'}': ${issue?.message ?? 'invalid'}.`);
    return;
  }
  const translateRequest = validation.data;
  const target = translateRequest.target_lang.toUpperCase();
  const source = translateRequest.source_lang?.toUpperCase();
  const deprecatedAlternatives = deprecatedTargets.get(target);
  if (deprecatedAlternatives !== undefined) {
    fail(
      400,
      `targeting target_lang '${target}' is deprecated, please use either ${deprecatedAlternatives} instead.`,
    );
    return;
  }
  if (!targetLanguages.has(target)) {
    fail(400, "Value for 'target_lang' not supported.");
    return;
  }
  if (source !== undefined && !sourceLanguages.has(source)) {
    fail(400, "Value for 'source_lang' not supported.");
    return;
  }
  const formality = translateRequest.formality;
  if ((formality === 'more' || formality === 'less') && !formalityTargets.has(target)) {
    fail(400, "'formality' is not supported for given 'target_lang'.");
    return;
  }
  if (
    translateRequest.glossary_id !== undefined &&
    translateRequest.glossary_id !== null &&
    source === undefined
  ) {
    fail(400, 'Use of a glossary requires the source_lang parameter to be set.');
    return;
  }

  const { directives } = parseScenarioDirectives(translateRequest.text.join('\n'));
  if (await answerDelayAndStatus(signal, directives, fail)) return;
  if (directives.disconnectAfterChunks !== undefined) {
    exchange.disconnect();
    return;
  }

  const billed = translateRequest.text.reduce((sum, text) => sum + text.length, 0);
  if (state.characterCount + billed > state.characterLimit) {
    fail(456, 'Quota Exceeded');
    return;
  }
  state.characterCount += billed;

  const [{ billed_characters: _templateBilled, ...template }] = fixtures.translate.translations;
  sendJson(response, 200, {
    ...fixtures.translate,
    translations: translateRequest.text.map((text) => {
      const content = parseScenarioDirectives(text).strippedText;
      return {
        ...template,
        detected_source_language: source ?? (/[\uac00-\ud7a3]/.test(content) ? 'KO' : 'EN'),
        text: `[${target}] ${content}`,
        // DeepL includes the count only when asked for it.
        ...(translateRequest.show_billed_characters === true ? { billed_characters: text.length } : {}),
      };
    }),
  });
}
