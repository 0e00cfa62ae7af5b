import type { FastifyReply, FastifyRequest } from 'fastify';
import { logHijackedResponse } from './log-hijacked-response.js';

export interface EventStream {
  /** Opens the response on the first event, so errors found before it still answer as JSON. */
  send(event: string, data: unknown): void;
  end(): void;
  readonly started: boolean;
  /** Fires when the client goes away (stop button, closed tab) before the stream ended. */
  readonly signal: AbortSignal;
}

/** A server-sent event response for one long task. */
export function openEventStream(request: FastifyRequest, reply: FastifyReply): EventStream {
  const controller = new AbortController();
  reply.raw.on('close', () => {
    if (!reply.raw.writableFinished) controller.abort('client');
  });
  let started = false;
  return {
    get started() {
      return started;
    },
    signal: controller.signal,
    send(event, data) {
      const response = reply.raw;
      if (!started) {
        started = true;
        reply.hijack();
        logHijackedResponse(request, reply);
        response.writeHead(200, {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-cache, no-transform',
          connection: 'keep-alive',
          'x-accel-buffering': 'no',
        });
        response.flushHeaders();
      }
      if (response.destroyed || response.writableEnded) return;
      response.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    end() {
      if (started && !reply.raw.writableEnded) reply.raw.end();
    },
  };
}
