import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Pool } from 'undici';

/**
 * npm run bench:gateway — direct-to-upstream versus through-the-gateway, in one run, on loopback:
 * requests/s, p50 and p99 latency at 10 concurrent connections, JSON and streaming (20 chunks), and the
 * gateway's resident memory. The upstream, the gateway and this load generator are separate processes.
 */
const concurrency = 10;
const durationMs = Number(process.env.BENCH_DURATION_MS ?? 8_000);
const warmupMs = 1_500;
const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));

function startProcess(
  script: string,
  argumentsList: string[] = [],
): Promise<{ child: ChildProcess; info: Record<string, string> }> {
  const child = spawn(tsx, [fileURLToPath(new URL(script, import.meta.url)), ...argumentsList], {
    // Logs (stdout) go to /dev/null as they would go to a collector; the first stderr line is the address.
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stderr });
    let started = false;
    lines.on('line', (line) => {
      // The first JSON line is the address; anything else on stderr (warnings, errors) is shown as is.
      if (!started && line.startsWith('{')) {
        started = true;
        resolve({ child, info: JSON.parse(line) as Record<string, string> });
      } else process.stderr.write(`${line}\n`);
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${String(code)}`)));
  });
}

interface Result {
  requests: number;
  failures: number;
  seconds: number;
  latencies: number[];
}

async function load(baseUrl: string, apiKey: string | null, stream: boolean, forMs: number): Promise<Result> {
  const url = new URL(baseUrl);
  const pool = new Pool(url.origin, { connections: concurrency, pipelining: 1 });
  const body = JSON.stringify({
    model: 'bench-chat',
    messages: [{ role: 'user', content: `[[chunks:20]] ${'성능 측정용 질문입니다. '.repeat(60)}` }],
    stream,
    ...(stream ? { stream_options: { include_usage: true } } : {}),
  });
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (apiKey !== null) headers.authorization = `Bearer ${apiKey}`;
  const latencies: number[] = [];
  let failures = 0;
  const started = performance.now();
  const deadline = started + forMs;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const begin = performance.now();
        try {
          const response = await pool.request({
            path: `${url.pathname}/chat/completions`,
            method: 'POST',
            headers,
            body,
          });
          const text = await response.body.text();
          if (response.statusCode !== 200 || (stream && !text.includes('[DONE]'))) failures += 1;
          else latencies.push(performance.now() - begin);
        } catch {
          failures += 1;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await pool.close();
  return {
    requests: latencies.length,
    failures,
    seconds,
    latencies: latencies.sort((left, right) => left - right),
  };
}

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}

function residentMegabytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /VmRSS:\s+(\d+) kB/.exec(status);
  return match?.[1] === undefined ? Number.NaN : Number(match[1]) / 1024;
}

const upstream = await startProcess('./bench-upstream-server.ts');
const upstreamUrl = upstream.info.url ?? '';
const startGateway = (mode: 'guard' | 'idle' | 'metered') =>
  startProcess('./bench-gateway-server.ts', [upstreamUrl, mode]).catch((error: unknown) => {
    // Otherwise a gateway that fails to start leaves the upstream running after this script exits.
    upstream.child.kill('SIGTERM');
    throw error;
  });
// Two gateways: one with the guard scanning everything, one where the guard has nothing to do, so the
// guard's own cost shows as the difference between their rows.
const gateway = await startGateway('guard');
const idleGateway = await startGateway('idle').catch((error: unknown) => {
  gateway.child.kill('SIGTERM');
  throw error;
});
const meteredGateway = await startGateway('metered').catch((error: unknown) => {
  gateway.child.kill('SIGTERM');
  idleGateway.child.kill('SIGTERM');
  throw error;
});
const gatewayUrl = gateway.info.url ?? '';
const apiKey = gateway.info.key ?? '';
const gatewayPid = Number(gateway.info.pid);

const rows: { name: string; result: Result }[] = [];
try {
  for (const stream of [false, true]) {
    const kind = stream ? 'streaming (20 chunks)' : 'JSON';
    await load(upstreamUrl, null, stream, warmupMs);
    rows.push({ name: `direct      ${kind}`, result: await load(upstreamUrl, null, stream, durationMs) });
    await load(gatewayUrl, apiKey, stream, warmupMs);
    rows.push({ name: `via gateway ${kind}`, result: await load(gatewayUrl, apiKey, stream, durationMs) });
    const idleUrl = idleGateway.info.url ?? '';
    const idleKey = idleGateway.info.key ?? '';
    await load(idleUrl, idleKey, stream, warmupMs);
    rows.push({ name: `  guard idle ${kind}`, result: await load(idleUrl, idleKey, stream, durationMs) });
    const meteredUrl = meteredGateway.info.url ?? '';
    const meteredKey = meteredGateway.info.key ?? '';
    await load(meteredUrl, meteredKey, stream, warmupMs);
    rows.push({
      name: `  + budgets ${kind}`,
      result: await load(meteredUrl, meteredKey, stream, durationMs),
    });
  }
  const rss = residentMegabytes(gatewayPid);

  const format = (value: number, digits = 1) => value.toFixed(digits).padStart(9);
  console.log(
    `\nJumugwan gateway benchmark — ${new Date().toISOString()} — ${concurrency} connections, ${durationMs / 1000} s per row`,
  );
  console.log('case                               req/s     p50 ms    p99 ms  failures');
  for (const { name, result } of rows) {
    const rate = result.requests / result.seconds;
    console.log(
      `${name.padEnd(33)}${format(rate, 0)}${format(percentile(result.latencies, 0.5), 2)}${format(percentile(result.latencies, 0.99), 2)}${String(result.failures).padStart(9)}`,
    );
  }
  const ratio = (index: number) => {
    const direct = rows[index]?.result;
    const via = rows[index + 1]?.result;
    if (direct === undefined || via === undefined) return { throughput: Number.NaN, addedP50: Number.NaN };
    return {
      throughput: via.requests / via.seconds / (direct.requests / direct.seconds),
      addedP50: percentile(via.latencies, 0.5) - percentile(direct.latencies, 0.5),
    };
  };
  const json = ratio(0);
  const streaming = ratio(4);
  const p50Difference = (more: number, less: number) =>
    percentile(rows[more]?.result.latencies ?? [], 0.5) - percentile(rows[less]?.result.latencies ?? [], 0.5);
  // Guard: all policies minus (idle guard + budgets). Metering's budgets: (idle guard + budgets) minus idle.
  const guardCost = (offset: number) => p50Difference(offset + 1, offset + 3);
  const budgetCost = (offset: number) => p50Difference(offset + 3, offset + 2);
  console.log(
    `\nJSON:      gateway throughput ${(json.throughput * 100).toFixed(0)}% of direct (target ≥ 40%), added p50 ${json.addedP50.toFixed(2)} ms (target ≤ 1 ms)`,
  );
  console.log(
    `streaming: gateway throughput ${(streaming.throughput * 100).toFixed(0)}% of direct (target ≥ 85%), added p50 ${streaming.addedP50.toFixed(2)} ms`,
  );
  console.log(
    `guard:     PII scan + masking policy + 3,000 금칙어 add ${guardCost(0).toFixed(2)} ms p50 (JSON), ${guardCost(4).toFixed(2)} ms p50 (streaming) (target ≤ 1 ms)`,
  );
  console.log(
    `metering:  reserve + settle against 3 budgets add ${budgetCost(0).toFixed(2)} ms p50 (JSON), ${budgetCost(4).toFixed(2)} ms p50 (streaming) (target ≤ 0.5 ms)`,
  );
  console.log(`gateway RSS after the run: ${rss.toFixed(0)} MB`);
} finally {
  gateway.child.kill('SIGTERM');
  idleGateway.child.kill('SIGTERM');
  meteredGateway.child.kill('SIGTERM');
  upstream.child.kill('SIGTERM');
}
