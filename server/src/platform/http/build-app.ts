import { existsSync } from 'node:fs';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from '../../config/index.js';
import { errors } from '../app-error.js';
import type { PlatformMetrics } from '../metrics/platform-metrics.js';
import { errorBody, handleError } from './error-handler.js';
import { koreanErrorPage } from './korean-error-page.js';
import { NetworkAllowList } from './network-allow-list.js';

export interface HttpAppOptions {
  config: Config;
  /** Built web UI to serve, when present. */
  webDistDirectory: string | null;
  /** `false` silences logs (tests); a stream receives the JSON log lines instead of stdout. */
  logger: boolean | { stream: NodeJS.WritableStream };
  /** Counts every answered request for /metrics. */
  metrics: PlatformMetrics | null;
}

const redactedPaths = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
];

/** Same-origin everything: the UI loads no third-party script, style, font or frame. */
const securityHeaders = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
    "font-src 'self' data:; connect-src 'self'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'SAMEORIGIN',
};

/**
 * Stdout for the JSON log lines, written in batches of about 4 KB (and at least once a second, and on exit)
 * rather than one thread-pool write per line: under load, a write and its thread hand-offs per line cost
 * as much CPU as the request that is being logged.
 */
function stdoutLogDestination() {
  return pino.destination({ dest: 1, sync: false, minLength: 4_096, periodicFlush: 1_000 });
}

/** The Fastify instance with the cross-cutting parts: logging, errors, network allow-list, cookies, UI files. */
export async function buildHttpApp(options: HttpAppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const logDestination = options.logger === true ? stdoutLogDestination() : null;
  const logStream = typeof options.logger === 'object' ? options.logger.stream : logDestination;
  const app = Fastify({
    logger:
      logStream === null
        ? false
        : {
            stream: logStream,
            level: config.LOG_LEVEL,
            redact: {
              paths: [...redactedPaths, `req.headers["${config.SSO_HEADER_PREFIX}signature"]`],
              censor: '[redacted]',
            },
          },
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: config.TRUSTED_PROXY_CIDRS.length > 0 ? config.TRUSTED_PROXY_CIDRS : false,
    return503OnClosing: true,
    // One log line per request (written on response below) instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    forceCloseConnections: false,
  });
  if (logDestination !== null) {
    // Lines still in the batch leave before the process does.
    app.addHook('onClose', (_instance, done) => {
      try {
        logDestination.flushSync();
      } catch {
        // Nothing to flush into (stdout closed): the lines are lost either way.
      }
      done();
    });
  }
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((request, reply) => {
    const failure = errors.notFound('요청한 주소');
    void reply.status(404).send(errorBody(failure.code, failure.message));
  });

  const allowList = new NetworkAllowList(config.ALLOWED_CIDRS);
  // A callback hook, not an async one: it runs on every request and mostly just calls done().
  app.addHook('onRequest', (request, reply, done) => {
    if (request.url === '/healthz' || request.url === '/readyz' || allowList.allows(request.ip)) {
      done();
      return;
    }
    request.log.warn({ address: request.ip }, 'request from a network outside the allow-list refused');
    const message =
      '이 서비스는 기관 내부망에서만 사용할 수 있습니다. 업무용 PC에서 내부 포털을 통해 접속해 주세요.';
    void reply.status(403);
    if (request.url.startsWith('/api/') || request.url.startsWith('/v1/')) {
      void reply.send(errorBody('network_not_allowed', message));
      return;
    }
    void reply
      .type('text/html; charset=utf-8')
      .send(koreanErrorPage('접속이 허용되지 않은 네트워크입니다', message, 'network_not_allowed'));
  });

  app.decorateRequest('logsOnClose', false);
  const metrics = options.metrics;
  app.addHook('onResponse', (request, reply, done) => {
    // Streams count here when they finish; one the client cut is counted by the meter (status cancelled).
    metrics?.observeRequest(
      request.method,
      request.routeOptions.url ?? '(unmatched)',
      reply.statusCode,
      reply.elapsedTime / 1000,
    );
    // Streamed replies write their own line when the connection closes (logHijackedResponse).
    if (request.logsOnClose) {
      done();
      return;
    }
    request.log.info(
      {
        method: request.method,
        url: request.routeOptions.url ?? request.url,
        statusCode: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request completed',
    );
    done();
  });

  app.addHook('onSend', (_request, reply, payload, done) => {
    void reply.headers(securityHeaders);
    done(null, payload);
  });

  await app.register(fastifyCookie);

  if (options.webDistDirectory !== null && existsSync(options.webDistDirectory)) {
    await app.register(fastifyStatic, { root: options.webDistDirectory, wildcard: false, index: false });
    // Client-side routes (/chat/..., /admin/...) all load the single page; unknown /api paths stay JSON 404s.
    app.get('/*', (request, reply) => {
      if (request.url.startsWith('/api/') || request.url.startsWith('/v1/')) {
        const failure = errors.notFound('요청한 주소');
        return reply.status(404).send(errorBody(failure.code, failure.message));
      }
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    });
  }
  return app;
}
