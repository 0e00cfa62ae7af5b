import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'undici';

/** One chat-completions load against an OpenAI-protocol server (the test upstream or the gateway's /v1). */
export interface LoadTarget {
  /** Base URL ending in /v1. */
  url: string;
  /** Bearer key, or null for the upstream. */
  apiKey: string | null;
  stream: boolean;
}

export interface LoadResult {
  /** Answers that arrived whole with status 200. */
  requests: number;
  failures: number;
  seconds: number;
  /** Milliseconds, sorted. */
  latencies: number[];
}

const connections = 10;

function requestBody(stream: boolean): string {
  return JSON.stringify({
    model: 'bench-chat',
    messages: [{ role: 'user', content: `[[chunks:20]] ${'성능 측정용 질문입니다. '.repeat(60)}` }],
    stream,
    ...(stream ? { stream_options: { include_usage: true } } : {}),
  });
}

/** A pool of 10 keep-alive connections and one call that reports whether the answer came whole. */
function client(target: LoadTarget) {
  const url = new URL(target.url);
  const pool = new Pool(url.origin, { connections, pipelining: 1 });
  const body = requestBody(target.stream);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (target.apiKey !== null) headers.authorization = `Bearer ${target.apiKey}`;
  const call = async (): Promise<boolean> => {
    try {
      const response = await pool.request({
        path: `${url.pathname}/chat/completions`,
        method: 'POST',
        headers,
        body,
      });
      const text = await response.body.text();
      return response.statusCode === 200 && (!target.stream || text.includes('[DONE]'));
    } catch {
      return false;
    }
  };
  return { call, close: () => pool.close() };
}

/** Closes the pool and sums a run up: answers, failures, its length, latencies sorted. */
async function finish(
  started: number,
  latencies: number[],
  failures: number,
  close: () => Promise<void>,
): Promise<LoadResult> {
  const seconds = (performance.now() - started) / 1000;
  await close();
  return {
    requests: latencies.length,
    failures,
    seconds,
    latencies: latencies.sort((left, right) => left - right),
  };
}

/**
 * Closed loop: 10 connections, each sending its next request as soon as its last answer ended. Measures
 * throughput; its latencies are mostly queueing (p50 ≈ 10 / throughput, Little's law).
 */
export async function closedLoop(target: LoadTarget, durationMs: number): Promise<LoadResult> {
  const { call, close } = client(target);
  const latencies: number[] = [];
  let failures = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) {
        const begin = performance.now();
        if (await call()) latencies.push(performance.now() - begin);
        else failures += 1;
      }
    }),
  );
  return finish(started, latencies, failures, close);
}

/**
 * Open loop at a fixed rate over the same 10 connections: request i is due at start + i / rate whether or
 * not earlier answers came back, so a stall does not slow the load down (no coordinated omission); a request
 * that finds all 10 connections busy waits in the pool, and that wait counts. Latency runs from the moment
 * the request is handed to the pool (not from its due time: the timer that sends it may be a millisecond
 * late, which would add the load generator's own lateness to every row). Below saturation this is the time
 * a caller waits for one answer: what a proxy adds to each call, rather than how many calls it can take.
 */
export async function paced(
  target: LoadTarget,
  ratePerSecond: number,
  durationMs: number,
): Promise<LoadResult> {
  const { call, close } = client(target);
  const total = Math.max(1, Math.floor((ratePerSecond * durationMs) / 1000));
  const latencies: number[] = [];
  let failures = 0;
  const calls: Promise<void>[] = [];
  const started = performance.now();
  for (let index = 0; index < total;) {
    const now = performance.now();
    // Every request due by now leaves now, then the loop sleeps until the next is due (never spinning: the
    // load generator shares the two cores with the servers it measures).
    for (; index < total && started + (index * 1000) / ratePerSecond <= now; index += 1) {
      const sent = performance.now();
      calls.push(
        call().then((ok) => {
          if (ok) latencies.push(performance.now() - sent);
          else failures += 1;
        }),
      );
    }
    if (index < total) await sleep(Math.max(0, started + (index * 1000) / ratePerSecond - performance.now()));
  }
  await Promise.all(calls);
  return finish(started, latencies, failures, close);
}

export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}
