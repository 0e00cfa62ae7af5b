import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Egress, type EgressBatch } from './egress.js';

describe('Egress', () => {
  let server: Server;
  let origin: string;
  let handle: (request: IncomingMessage, response: ServerResponse) => void = () => undefined;
  const egress = new Egress();
  const timeouts = { headersTimeoutMs: 5_000, bodyTimeoutMs: 5_000 };

  beforeAll(async () => {
    server = createServer((request, response) => handle(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await egress.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('reads a whole answer as text, even when a character is split between chunks', async () => {
    const bytes = Buffer.from('{"text":"안녕하세요"}', 'utf8');
    handle = (request, response) => {
      let received = '';
      request.on('data', (chunk: Buffer) => (received += chunk.toString()));
      request.on('end', () => {
        response.writeHead(201, { 'x-echo': received });
        // 12 falls inside the three bytes of 안.
        response.write(bytes.subarray(0, 12));
        setImmediate(() => response.end(bytes.subarray(12)));
      });
    };
    const answer = await egress.sendForText({
      method: 'POST',
      url: `${origin}/echo?x=1`,
      body: 'ping',
      ...timeouts,
    });
    expect(answer).toMatchObject({ statusCode: 201, text: '{"text":"안녕하세요"}' });
    expect(answer.headers['x-echo']).toBe('ping');
  });

  it('hands a body that arrives at once to the reader as one batch that also says it ended', async () => {
    handle = (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end('one two three');
    };
    const stream = await egress.sendForStream({ method: 'GET', url: `${origin}/all`, ...timeouts });
    const batch = await stream.read();
    expect(Buffer.concat(batch.chunks).toString()).toBe('one two three');
    expect(batch.ended).toBe(true);
    expect(await stream.read()).toEqual({ chunks: [], ended: true });
  });

  it('reads a body that comes in pieces until its end', async () => {
    handle = (_request, response) => {
      response.writeHead(200);
      response.write('a');
      setImmediate(() => {
        response.write('b');
        setImmediate(() => response.end('c'));
      });
    };
    const stream = await egress.sendForStream({ method: 'GET', url: `${origin}/pieces`, ...timeouts });
    let text = '';
    let batch: EgressBatch;
    do {
      batch = await stream.read();
      text += Buffer.concat(batch.chunks).toString();
    } while (!batch.ended);
    expect(text).toBe('abc');
  });

  it('cancels the request when the reader closes the stream early', async () => {
    let cancelled = false;
    handle = (_request, response) => {
      response.writeHead(200);
      response.write('first');
      response.on('close', () => (cancelled = !response.writableFinished));
    };
    const stream = await egress.sendForStream({ method: 'GET', url: `${origin}/long`, ...timeouts });
    expect(Buffer.concat((await stream.read()).chunks).toString()).toBe('first');
    stream.close();
    await vi.waitFor(() => expect(cancelled).toBe(true));
    await expect(stream.read()).rejects.toThrow();
  });

  it('rejects and cancels when the signal aborts while waiting for the answer', async () => {
    let arrived = false;
    let cancelled = false;
    handle = (request) => {
      arrived = true;
      request.socket.on('close', () => (cancelled = true));
    };
    const controller = new AbortController();
    const pending = egress.sendForText({
      method: 'GET',
      url: `${origin}/never`,
      signal: controller.signal,
      ...timeouts,
    });
    await vi.waitFor(() => expect(arrived).toBe(true));
    controller.abort();
    await expect(pending).rejects.toThrow();
    await vi.waitFor(() => expect(cancelled).toBe(true));
  });

  it('rejects at once for a signal that was already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      egress.sendForStream({ method: 'GET', url: `${origin}/x`, signal: controller.signal, ...timeouts }),
    ).rejects.toThrow();
  });
});
