import type { IncomingHttpHeaders } from 'node:http';
import { Agent, request, type Dispatcher } from 'undici';

export interface EgressRequest {
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
  /** Time allowed for the response headers to arrive. */
  headersTimeoutMs: number;
  /** Time allowed between two body chunks (long streams keep going as long as bytes flow). */
  bodyTimeoutMs: number;
}

export type EgressResponse = Dispatcher.ResponseData;

/** An answer read whole, as UTF-8 text. */
export interface EgressTextResponse {
  statusCode: number;
  headers: IncomingHttpHeaders;
  text: string;
}

export interface EgressBatch {
  /** Body chunks that arrived since the previous read, in order. */
  chunks: Buffer[];
  /** The body is complete: these chunks are its last. */
  ended: boolean;
}

/**
 * An answer whose body is read in batches: a read returns everything that arrived since the previous one,
 * and says in the same batch when the body ended, so a caller can finish its own reply in one write.
 */
export interface EgressStream {
  readonly statusCode: number;
  readonly headers: IncomingHttpHeaders;
  /** Waits for at least one chunk or the end; rejects when the transfer failed or was aborted. */
  read(): Promise<EgressBatch>;
  /** The rest of the body as UTF-8 text (for error answers). */
  text(): Promise<string>;
  /** Stops early: cancels the request, closing its connection, unless the body already ended. */
  close(): void;
}

// A consumer slower than the model server stops reading from it beyond this much buffered body.
const maximumBufferedBytes = 256 * 1024;

function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new Error('This operation was aborted');
}

/**
 * What `request()` does for us, minus what the gateway does not need per call: no URL parsing (origins are
 * cached), no Readable body stream, no async-hooks resource. The caller's AbortSignal cancels the request.
 */
abstract class Exchange<Result> implements Dispatcher.DispatchHandler {
  protected controller: Dispatcher.DispatchController | null = null;
  protected settled = false;
  private abortReason: Error | null = null;
  protected resolveStart!: (value: Result) => void;
  protected rejectStart!: (error: Error) => void;
  readonly started: Promise<Result>;

  constructor(private readonly signal: AbortSignal | undefined) {
    this.started = new Promise<Result>((resolve, reject) => {
      this.resolveStart = resolve;
      this.rejectStart = reject;
    });
    signal?.addEventListener('abort', this.onAbort);
  }

  private readonly onAbort = (): void => {
    if (this.signal === undefined) return;
    const reason = abortError(this.signal);
    this.abortReason = reason;
    this.controller?.abort(reason);
    // A request still queued for a connection must not keep its caller waiting.
    this.fail(reason);
  };

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.controller = controller;
    if (this.abortReason !== null) controller.abort(this.abortReason);
  }

  onResponseError(_controller: Dispatcher.DispatchController | null, error: Error): void {
    this.fail(error);
  }

  protected fail(error: Error): void {
    this.release();
    if (!this.settled) {
      this.settled = true;
      this.rejectStart(error);
    }
  }

  /** The request is over: the signal no longer concerns it. */
  protected release(): void {
    this.signal?.removeEventListener('abort', this.onAbort);
  }
}

class TextExchange extends Exchange<EgressTextResponse> {
  private statusCode = 0;
  private headers: IncomingHttpHeaders = {};
  private readonly chunks: Buffer[] = [];

  onResponseStart(
    _controller: Dispatcher.DispatchController,
    statusCode: number,
    headers: IncomingHttpHeaders,
  ): void {
    if (statusCode < 200) return; // informational (1xx): the real answer follows
    this.statusCode = statusCode;
    this.headers = headers;
  }

  onResponseData(_controller: Dispatcher.DispatchController, chunk: Buffer): void {
    this.chunks.push(chunk);
  }

  onResponseEnd(): void {
    this.release();
    if (this.settled) return;
    this.settled = true;
    // Decoded once whole: a chunk boundary may fall inside a multi-byte character.
    const body = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
    this.resolveStart({
      statusCode: this.statusCode,
      headers: this.headers,
      text: body === undefined ? '' : body.toString('utf8'),
    });
  }
}

class StreamExchange extends Exchange<EgressStream> implements EgressStream {
  statusCode = 0;
  headers: IncomingHttpHeaders = {};
  private chunks: Buffer[] = [];
  private bufferedBytes = 0;
  private ended = false;
  private failure: Error | null = null;
  private waiting: { resolve: (batch: EgressBatch) => void; reject: (error: Error) => void } | null = null;
  private deliveryQueued = false;

  onResponseStart(
    _controller: Dispatcher.DispatchController,
    statusCode: number,
    headers: IncomingHttpHeaders,
  ): void {
    if (statusCode < 200) return; // informational (1xx): the real answer follows
    this.statusCode = statusCode;
    this.headers = headers;
    if (!this.settled) {
      this.settled = true;
      this.resolveStart(this);
    }
  }

  onResponseData(controller: Dispatcher.DispatchController, chunk: Buffer): void {
    this.chunks.push(chunk);
    this.bufferedBytes += chunk.length;
    if (this.bufferedBytes > maximumBufferedBytes) controller.pause();
    this.queueDelivery();
  }

  onResponseEnd(): void {
    this.ended = true;
    this.release();
    this.queueDelivery();
  }

  protected override fail(error: Error): void {
    if (this.failure === null && !this.ended) this.failure = error;
    super.fail(error);
    this.queueDelivery();
  }

  /**
   * Hands the batch to a waiting reader in a microtask, i.e. after undici has parsed the whole network
   * read: chunks that arrived together, and the end if it came with them, reach the reader at once.
   */
  private queueDelivery(): void {
    if (this.waiting === null || this.deliveryQueued) return;
    this.deliveryQueued = true;
    queueMicrotask(this.deliver);
  }

  private readonly deliver = (): void => {
    this.deliveryQueued = false;
    const waiting = this.waiting;
    if (waiting === null) return;
    if (this.chunks.length > 0 || this.ended) {
      this.waiting = null;
      waiting.resolve(this.take());
    } else if (this.failure !== null) {
      this.waiting = null;
      waiting.reject(this.failure);
    }
  };

  private take(): EgressBatch {
    const batch = { chunks: this.chunks, ended: this.ended };
    this.chunks = [];
    this.bufferedBytes = 0;
    if (this.controller?.paused === true) this.controller.resume();
    return batch;
  }

  read(): Promise<EgressBatch> {
    // Chunks received before a failure are still handed out; the failure comes with the next read.
    if (this.chunks.length > 0 || this.ended) return Promise.resolve(this.take());
    if (this.failure !== null) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      if (this.controller?.paused === true) this.controller.resume();
    });
  }

  async text(): Promise<string> {
    const chunks: Buffer[] = [];
    for (;;) {
      const batch = await this.read();
      chunks.push(...batch.chunks);
      if (batch.ended) return Buffer.concat(chunks).toString('utf8');
    }
  }

  close(): void {
    if (this.ended || this.failure !== null) return;
    const reason = new Error('The response was not read to the end');
    this.failure = reason;
    this.release();
    this.controller?.abort(reason);
  }
}

// Distinct URLs are few (a handful of paths per configured endpoint); the cap only guards against a
// provider that puts changing query strings in its URLs.
const maximumCachedUrls = 1_000;

/**
 * The one door for outbound HTTP: only the gateway holds it, so nothing reaches a provider without passing
 * the guard and the meter. Keep-alive pools per origin come from the shared agent.
 */
export class Egress {
  private readonly agent = new Agent({ keepAliveTimeout: 30_000, connections: 128, pipelining: 1 });
  private readonly urls = new Map<string, { origin: string; path: string }>();

  send(options: EgressRequest): Promise<EgressResponse> {
    return request(options.url, {
      method: options.method,
      headers: options.headers,
      body: options.body,
      signal: options.signal,
      dispatcher: this.agent,
      headersTimeout: options.headersTimeoutMs,
      bodyTimeout: options.bodyTimeoutMs,
    });
  }

  /** The whole answer as text: for JSON exchanges, without a stream per response. */
  sendForText(options: EgressRequest): Promise<EgressTextResponse> {
    if (options.signal?.aborted === true) return Promise.reject(abortError(options.signal));
    return this.dispatch(options, new TextExchange(options.signal));
  }

  /** Resolves once the status and headers arrived; the body is then read in batches. */
  sendForStream(options: EgressRequest): Promise<EgressStream> {
    if (options.signal?.aborted === true) return Promise.reject(abortError(options.signal));
    return this.dispatch(options, new StreamExchange(options.signal));
  }

  private dispatch<Result>(options: EgressRequest, exchange: Exchange<Result>): Promise<Result> {
    let target: { origin: string; path: string };
    try {
      target = this.split(options.url);
    } catch (error) {
      exchange.onResponseError(null, error instanceof Error ? error : new Error(String(error)));
      return exchange.started;
    }
    const { origin, path } = target;
    this.agent.dispatch(
      {
        origin,
        path,
        method: options.method,
        headers: options.headers,
        body: options.body ?? null,
        headersTimeout: options.headersTimeoutMs,
        bodyTimeout: options.bodyTimeoutMs,
      },
      exchange,
    );
    return exchange.started;
  }

  private split(url: string): { origin: string; path: string } {
    let parts = this.urls.get(url);
    if (parts === undefined) {
      const parsed = new URL(url);
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
        throw new TypeError(`Unsupported protocol: ${parsed.protocol}`);
      parts = { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
      if (this.urls.size >= maximumCachedUrls) this.urls.clear();
      this.urls.set(url, parts);
    }
    return parts;
  }

  async close(): Promise<void> {
    await this.agent.close();
  }
}
