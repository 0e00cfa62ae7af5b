import type { FastifyInstance } from 'fastify';
import type { PlatformMetrics } from '../metrics/platform-metrics.js';
import { sameSecret } from '../same-secret.js';
import { errorBody } from './error-handler.js';

/**
 * GET /metrics for Prometheus. Reachable only from the allowed networks, like everything else; with
 * METRICS_TOKEN set, the scraper must also send it as a bearer token.
 */
export function registerMetricsRoute(
  app: FastifyInstance,
  metrics: PlatformMetrics,
  token: string | undefined,
): void {
  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    if (token !== undefined) {
      const given = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
      if (!sameSecret(given, token)) {
        return reply
          .status(401)
          .header('www-authenticate', 'Bearer')
          .send(
            errorBody('unauthenticated', '지표를 보려면 METRICS_TOKEN 값을 Bearer 토큰으로 보내야 합니다.'),
          );
      }
    }
    const { contentType, body } = await metrics.render();
    return reply.type(contentType).header('cache-control', 'no-store').send(body);
  });
}
