import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Streamed (hijacked) replies skip Fastify's onResponse hook; this gives them the same one log line, when
 * the connection closes, with whether the stream was finished or cut.
 */
export function logHijackedResponse(request: FastifyRequest, reply: FastifyReply): void {
  const raw = reply.raw;
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
