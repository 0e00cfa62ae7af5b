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

/**
 * The one door for outbound HTTP: only the gateway holds it, so nothing reaches a provider without passing
 * the guard and the meter. Keep-alive pools per origin come from the shared agent.
 */
export class Egress {
  private readonly agent = new Agent({ keepAliveTimeout: 30_000, connections: 128, pipelining: 1 });

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

  async close(): Promise<void> {
    await this.agent.close();
  }
}
