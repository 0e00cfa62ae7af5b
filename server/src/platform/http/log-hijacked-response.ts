import type { FastifyReply, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set for hijacked replies: their one log line is written on close, not by the onResponse hook. */
    logsOnClose: boolean;
  }
}

/**
 * Streamed (hijacked) replies skip Fastify's onResponse hook; this gives them the same one log line, when
 * the connection closes, with whether the stream was finished or cut.
 */
export function logHijackedResponse(request: FastifyRequest, reply: FastifyReply): void {
  const raw = reply.raw;
  // Fastify still runs onResponse for a hijacked reply that finishes; this line replaces that one.
  request.logsOnClose = true;
  raw.once('close', () => {
    request.log.info(
      {
        method: request.method,
        url: request.routeOptions.url ?? request.url,
        statusCode: raw.statusCode,
        ms: Math.round(reply.elapsedTime),
        completed: raw.writableFinished,
      },
      'stream completed',
    );
  });
}
