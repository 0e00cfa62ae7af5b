import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { text as readText } from 'node:stream/consumers';

// Test support only: the HTTP plumbing the test upstreams share. It listens, records every request, tells
// a client that went away from a disconnect made on purpose, and closes without waiting on open sockets.
// What to answer is up to the caller's handler.

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body; undefined when the body was empty or not valid JSON. */
  body: unknown;
  rawBody: string;
  /** True when the client went away before the response was complete. */
  aborted: boolean;
}

export type ParsedBody = { ok: true; value: unknown } | { ok: false };

export interface RecordingExchange<Recorded extends RecordedRequest> {
  request: IncomingMessage;
  response: ServerResponse;
  /** The request URL resolved against a placeholder origin: read its pathname and searchParams. */
  url: URL;
  /** Already in the server's `requests`. */
  record: Recorded;
  /** Aborted when the response closes before it finished: client gone, disconnect() or close(). */
  signal: AbortSignal;
  /** Reads the body into the record (rawBody and body) and returns it parsed as JSON; call it once. */
  readBody(): Promise<ParsedBody>;
  /** Destroys the socket on purpose so the close is not mistaken for a client abort. */
  disconnect(): void;
}

export interface RecordingServerOptions<Extra extends object> {
  /** Names the server in error messages, e.g. 'test upstream'. */
  name: string;
  /** Default 127.0.0.1. */
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Passed to node:http's createServer. */
  noDelay?: boolean;
  /** Fields a server records besides RecordedRequest's; they stand after `path`. */
  recordExtra?: (url: URL) => Extra;
  /**
   * Answers one request. Called as soon as it arrives, before its body is read, so anything it does before
   * its first await happens in arrival order. It must handle its own errors.
   */
  handle(exchange: RecordingExchange<RecordedRequest & Extra>): Promise<void>;
}

export interface RecordingServer<Recorded extends RecordedRequest> {
  /** http://host:port (an IPv6 host in brackets), without a trailing slash. */
  origin: string;
  port: number;
  requests: Recorded[];
  /** Forgets recorded requests (the same array is emptied, so held references stay live). */
  reset(): void;
  /** Stops listening and destroys open sockets, including keep-alive and streaming ones. Idempotent. */
  close(): Promise<void>;
}

export async function startRecordingServer<Extra extends object = object>(
  options: RecordingServerOptions<Extra>,
): Promise<RecordingServer<RecordedRequest & Extra>> {
  const host = options.host ?? '127.0.0.1';
  const requests: (RecordedRequest & Extra)[] = [];
  let closing = false;

  const server = createServer({ noDelay: options.noDelay }, (request, response) => {
    const url = new URL(request.url ?? '/', 'http://recording-server');
    const record: RecordedRequest & Extra = {
      method: request.method ?? 'GET',
      path: url.pathname,
      // Without recordExtra, Extra is the default `object` and spreading undefined adds nothing.
      ...(options.recordExtra?.(url) as Extra),
      headers: request.headers,
      body: undefined,
      rawBody: '',
      aborted: false,
    };
    requests.push(record);

    const abortController = new AbortController();
    let disconnectedOnPurpose = false;
    response.on('close', () => {
      if (response.writableFinished) return;
      abortController.abort();
      if (!disconnectedOnPurpose && !closing) record.aborted = true;
    });
    void options.handle({
      request,
      response,
      url,
      record,
      signal: abortController.signal,
      async readBody() {
        record.rawBody = await readText(request);
        const parsedBody = parseJson(record.rawBody);
        if (parsedBody.ok) record.body = parsedBody.value;
        return parsedBody;
      },
      disconnect() {
        disconnectedOnPurpose = true;
        response.destroy();
      },
    });
  });

  // Tracked so close() can destroy keep-alive and streaming sockets that would otherwise keep it waiting.
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  const address = server.address();
  if (address === null || typeof address === 'string') {
    throw new Error(`${options.name}: expected a TCP address`);
  }
  const urlHost = host.includes(':') ? `[${host}]` : host;

  let closePromise: Promise<void> | undefined;
  return {
    origin: `http://${urlHost}:${address.port}`,
    port: address.port,
    requests,
    reset() {
      requests.length = 0;
    },
    close() {
      closePromise ??= new Promise<void>((resolve, reject) => {
        closing = true;
        server.close((error) => (error ? reject(error) : resolve()));
        for (const socket of sockets) socket.destroy();
      });
      return closePromise;
    },
  };
}

function parseJson(raw: string): ParsedBody {
  if (raw === '') return { ok: false };
  try {
    const value: unknown = JSON.parse(raw);
    return { ok: true, value };
  } catch {
    return { ok: false };
  }
}
