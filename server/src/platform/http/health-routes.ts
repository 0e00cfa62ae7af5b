import type { FastifyInstance } from 'fastify';
import type { DatabaseHandle } from '../database/index.js';

interface Drainable {
  readonly isClosing: boolean;
}

/** /healthz: the process is alive. /readyz: it can serve (database answers, not shutting down). */
export function registerHealthRoutes(
  app: FastifyInstance,
  database: DatabaseHandle,
  streams: Drainable,
): void {
  app.get('/healthz', () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    let databaseOk = true;
    try {
      await database.ping();
    } catch {
      databaseOk = false;
    }
    const ready = databaseOk && !streams.isClosing;
    return reply.status(ready ? 200 : 503).send({
      status: ready ? 'ready' : 'not_ready',
      database: { kind: database.kind, ok: databaseOk, vector: database.vectorAvailable },
    });
  });
}
