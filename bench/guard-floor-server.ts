import { randomUUID } from 'node:crypto';
import { createServer, type ServerResponse } from 'node:http';
import { Pool } from 'undici';
import { serveProxyOnLoopback } from './serve-proxy-on-loopback.js';
import { ServerSentEventDecoder } from '@jumugwan/contracts';
import { ChunkWriter } from '../server/src/modules/gateway/v1/chat-completion-presenter.js';
import { compileBannedWordLists } from '../server/src/modules/guard/banned-words/index.js';
import { AnswerFilter } from '../server/src/modules/guard/index.js';
import { maskConversation } from '../server/src/modules/guard/masking/index.js';
import { findPersonalInformation } from '../server/src/modules/guard/pii/index.js';
import { bannedWordList } from './banned-word-list.js';

/**
 * A second yardstick for bench:gateway, not part of the platform: the bare proxy plus only the work the issue
 * says every request must get, done with the platform's own guard code and nothing around it. The prompt is
 * parsed, checked against the same 3,000-word 금칙어 lists and scanned for personal information (masked when
 * found); the answer is parsed (each SSE frame when streaming), passed through the guard's output filter and
 * written out again. No framework, no key, no limits, no budgets, no usage events, no logs: whatever a real
 * gateway adds comes on top, so what this reaches is the most any Node gateway with the guard on can reach here.
 */
const upstream = new URL(process.argv[2] ?? '');
const pool = new Pool(upstream.origin, { connections: 32, pipelining: 1 });
const words = bannedWordList();
const matcher = compileBannedWordLists([
  { id: 'block', name: '차단', action: 'block', words: words.slice(0, 1_500) },
  { id: 'warn', name: '경고', action: 'warn', words: words.slice(1_500) },
]);

interface ChatBody {
  model: string;
  messages: { role: string; content: string }[];
  stream?: boolean;
}

function isChatBody(value: unknown): value is ChatBody {
  if (typeof value !== 'object' || value === null) return false;
  const { model, messages } = value as Record<string, unknown>;
  return (
    typeof model === 'string' &&
    Array.isArray(messages) &&
    messages.every(
      (message: unknown) =>
        typeof message === 'object' &&
        message !== null &&
        typeof (message as Record<string, unknown>).content === 'string',
    )
  );
}

function refuse(response: ServerResponse, status: number, code: string): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ error: { code, message: code, type: 'invalid_request_error' } }));
}

async function answer(body: ChatBody, response: ServerResponse): Promise<void> {
  const texts = body.messages.map((message) => message.content);
  for (const text of texts) {
    if (matcher.find(text).some((finding) => finding.action === 'block')) {
      refuse(response, 400, 'banned_word');
      return;
    }
  }
  const masked = maskConversation(texts, findPersonalInformation);
  const filter = new AnswerFilter(masked.vault, matcher);
  const upstreamAnswer = await pool.request({
    path: `${upstream.pathname}/chat/completions`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      model: body.model,
      messages: body.messages.map((message, index) => ({
        role: message.role,
        content: masked.texts[index],
      })),
      ...(body.stream === true ? { stream: true, stream_options: { include_usage: true } } : {}),
    }),
  });
  if (upstreamAnswer.statusCode !== 200) {
    await upstreamAnswer.body.dump();
    refuse(response, 502, 'upstream_error');
    return;
  }
  const id = `chatcmpl-${randomUUID()}`;
  const created = Math.floor(Date.now() / 1_000);
  if (body.stream !== true) {
    const completion = (await upstreamAnswer.body.json()) as {
      choices: { message: { content: string }; finish_reason: string }[];
      usage: unknown;
    };
    const choice = completion.choices[0];
    const pushed = filter.push(choice?.message.content ?? '');
    const finished = filter.finish();
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    response.end(
      JSON.stringify({
        id,
        object: 'chat.completion',
        created,
        model: body.model,
        choices: [
          {
            index: 0,
            message: { role: 'assistant', content: pushed.text + finished.text },
            finish_reason: choice?.finish_reason ?? 'stop',
          },
        ],
        usage: completion.usage,
      }),
    );
    return;
  }
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
  });
  const writer = new ChunkWriter(id, created, body.model);
  const decoder = new ServerSentEventDecoder();
  let finishReason: string | null = null;
  let usage: unknown = null;
  for await (const bytes of upstreamAnswer.body) {
    let out = '';
    for (const event of decoder.push(bytes as Buffer)) {
      if (event.data === '[DONE]') continue;
      const chunk = JSON.parse(event.data) as {
        choices: { delta?: { content?: string | null }; finish_reason?: string | null }[];
        usage?: unknown;
      };
      const choice = chunk.choices[0];
      const content = choice?.delta?.content;
      if (typeof content === 'string' && content !== '') {
        const filtered = filter.push(content);
        if (filtered.text !== '') out += writer.content(filtered.text);
      }
      if (typeof choice?.finish_reason === 'string') finishReason = choice.finish_reason;
      if (chunk.usage !== undefined && chunk.usage !== null) usage = chunk.usage;
    }
    if (out !== '') response.write(out);
  }
  const rest = filter.finish();
  let tail = rest.text === '' ? '' : writer.content(rest.text);
  tail += writer.chunk({}, finishReason ?? 'stop');
  if (usage !== null) tail += writer.extra({ usage });
  response.end(`${tail}data: [DONE]\n\n`);
}

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    let body: unknown;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      refuse(response, 400, 'invalid_json');
      return;
    }
    if (!isChatBody(body)) {
      refuse(response, 400, 'invalid_request');
      return;
    }
    answer(body, response).catch(() => {
      if (response.headersSent) response.destroy();
      else refuse(response, 502, 'upstream_error');
    });
  });
});

serveProxyOnLoopback(server, pool);
