import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { closedLoop, paced, percentile, type LoadResult } from './load-generator.js';
import { cpuPerRequest, type ProcessCpu } from './process-cpu.js';

/**
 * npm run bench:gateway — direct-to-upstream versus through-the-gateway, in one run, on loopback, at 10
 * concurrent connections, JSON and streaming (20 chunks): requests/s, p50 and p99 latency at saturation
 * (closed loop), then p50 and p99 at two fixed rates (a quarter and half of the slowest case's throughput),
 * and the gateway's resident memory. The upstream, the gateways and this load generator are separate processes.
 * A bare Node proxy (bare-proxy-server.ts) runs as a fifth case: the ceiling of any Node gateway on this machine;
 * the guard floor (guard-floor-server.ts, that proxy plus the guard's work) as a sixth: the ceiling with the guard on.
 * At saturation it also reads from /proc the CPU each process spends per request (load generator, upstream,
 * gateway, the gateway's JavaScript thread), and prints what the throughput targets leave a gateway to spend.
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
// The yardstick: the least any Node proxy does (see bare-proxy-server.ts).
const bareProxy = await startProcess('./bare-proxy-server.ts', [upstreamUrl]).catch((error: unknown) => {
  for (const started of [gateway, idleGateway, meteredGateway, upstream]) started.child.kill('SIGTERM');
  throw error;
});
// The second yardstick: the bare proxy plus the guard's work and nothing else (see guard-floor-server.ts).
const guardFloor = await startProcess('./guard-floor-server.ts', [upstreamUrl]).catch((error: unknown) => {
  for (const started of [gateway, idleGateway, meteredGateway, bareProxy, upstream])
    started.child.kill('SIGTERM');
  throw error;
});
const gatewayUrl = gateway.info.url ?? '';
const apiKey = gateway.info.key ?? '';
const gatewayPid = Number(gateway.info.pid);
const upstreamPid = Number(upstream.info.pid);

/** CPU per request at saturation: this process, the upstream, and the proxy in between (null when direct). */
interface RowCpu {
  loadGenerator: ProcessCpu;
  upstream: ProcessCpu;
  proxy: ProcessCpu | null;
}
const rows: { name: string; result: LoadResult; cpu: RowCpu }[] = [];
// Fixed-rate runs at a quarter and at half of the slowest case's throughput, per kind, in row order.
const fractions = [0.25, 0.5] as const;
const pacedRows = new Map<number, { name: string; rate: number; result: LoadResult }[]>(
  fractions.map((fraction) => [fraction, []]),
);
try {
  for (const stream of [false, true]) {
    const kind = stream ? 'streaming (20 chunks)' : 'JSON';
    const targets = [
      { name: `direct      ${kind}`, pid: null, target: { url: upstreamUrl, apiKey: null, stream } },
      { name: `via gateway ${kind}`, pid: gatewayPid, target: { url: gatewayUrl, apiKey, stream } },
      {
        name: `  guard idle ${kind}`,
        pid: Number(idleGateway.info.pid),
        target: { url: idleGateway.info.url ?? '', apiKey: idleGateway.info.key ?? '', stream },
      },
      {
        name: `  + budgets ${kind}`,
        pid: Number(meteredGateway.info.pid),
        target: { url: meteredGateway.info.url ?? '', apiKey: meteredGateway.info.key ?? '', stream },
      },
      {
        name: `bare proxy  ${kind}`,
        pid: Number(bareProxy.info.pid),
        target: { url: bareProxy.info.url ?? '', apiKey: null, stream },
      },
      {
        name: `guard floor ${kind}`,
        pid: Number(guardFloor.info.pid),
        target: { url: guardFloor.info.url ?? '', apiKey: null, stream },
      },
    ];
    const saturated: LoadResult[] = [];
    for (const { name, pid, target } of targets) {
      await closedLoop(target, warmupMs);
      const pids = pid === null ? [process.pid, upstreamPid] : [process.pid, upstreamPid, pid];
      const { result, perRequest } = await cpuPerRequest(pids, () => closedLoop(target, durationMs));
      saturated.push(result);
      const none = { process: Number.NaN, mainThread: Number.NaN };
      rows.push({
        name,
        result,
        cpu: {
          loadGenerator: perRequest.get(process.pid) ?? none,
          upstream: perRequest.get(upstreamPid) ?? none,
          proxy: pid === null ? null : (perRequest.get(pid) ?? none),
        },
      });
    }
    const slowest = Math.min(...saturated.map((result) => result.requests / result.seconds));
    for (const fraction of fractions) {
      const rate = Math.max(10, Math.round(fraction * slowest));
      for (const { name, target } of targets) {
        pacedRows.get(fraction)?.push({ name, rate, result: await paced(target, rate, durationMs) });
      }
    }
  }
  const rss = residentMegabytes(gatewayPid);

  const format = (value: number, digits = 1) => value.toFixed(digits).padStart(9);
  const p50 = (result: LoadResult | undefined) => percentile(result?.latencies ?? [], 0.5);
  console.log(
    `\nJumugwan gateway benchmark — ${new Date().toISOString()} — ${concurrency} connections, ${durationMs / 1000} s per row`,
  );
  console.log('\nsaturation (closed loop)           req/s     p50 ms    p99 ms  failures');
  for (const { name, result } of rows) {
    console.log(
      `${name.padEnd(33)}${format(result.requests / result.seconds, 0)}${format(p50(result), 2)}${format(percentile(result.latencies, 0.99), 2)}${String(result.failures).padStart(9)}`,
    );
  }
  console.log('\nCPU per request at saturation, µs   load gen  upstream   gateway  its thread');
  for (const { name, cpu } of rows) {
    console.log(
      `${name.padEnd(33)}${format(cpu.loadGenerator.process, 0)}${format(cpu.upstream.process, 0)}${format(cpu.proxy?.process ?? Number.NaN, 0)}${format(cpu.proxy?.mainThread ?? Number.NaN, 0)}`,
    );
  }
  for (const fraction of fractions) {
    console.log(`\nfixed rate (open loop), ${String(fraction * 100)} % of the slowest case's throughput`);
    console.log('case                               req/s     p50 ms    p99 ms  failures');
    for (const { name, rate, result } of pacedRows.get(fraction) ?? []) {
      console.log(
        `${name.padEnd(33)}${format(rate, 0)}${format(p50(result), 2)}${format(percentile(result.latencies, 0.99), 2)}${String(result.failures).padStart(9)}`,
      );
    }
  }
  // Rows per kind: 0 direct, 1 every policy, 2 guard idle, 3 guard idle + budgets, 4 bare proxy, 5 guard floor;
  // streaming from 6.
  const throughput = (index: number) => {
    const result = rows[index]?.result;
    return result === undefined ? Number.NaN : result.requests / result.seconds;
  };
  const added = (table: { result: LoadResult }[], more: number, less: number) =>
    p50(table[more]?.result) - p50(table[less]?.result);
  const both = (more: number, less: number) =>
    [
      ...fractions.map((fraction) => {
        const table = pacedRows.get(fraction) ?? [];
        return `${added(table, more, less).toFixed(2)} ms at ${String(table[more]?.rate ?? 0)} req/s`;
      }),
      `${added(rows, more, less).toFixed(2)} ms at saturation`,
    ].join(', ');
  console.log(
    `\nJSON:      gateway throughput ${((throughput(1) / throughput(0)) * 100).toFixed(0)}% of direct (target ≥ 40%); added p50 ${both(1, 0)} (target ≤ 1 ms)`,
  );
  console.log(
    `streaming: gateway throughput ${((throughput(7) / throughput(6)) * 100).toFixed(0)}% of direct (target ≥ 85%); added p50 ${both(7, 6)}`,
  );
  // Guard: every policy minus (idle guard + budgets). Budgets: (idle guard + budgets) minus idle guard.
  console.log(
    `guard:     PII scan + masking policy + 3,000 금칙어 add p50 ${both(1, 3)} (JSON); ${both(7, 9)} (streaming) (target ≤ 1 ms)`,
  );
  console.log(
    `metering:  reserve + settle against 3 budgets add p50 ${both(3, 2)} (JSON); ${both(9, 8)} (streaming) (target ≤ 0.5 ms)`,
  );
  console.log(
    `bare proxy (forwards bytes, nothing else): ${((throughput(4) / throughput(0)) * 100).toFixed(0)}% of direct JSON, ${((throughput(10) / throughput(6)) * 100).toFixed(0)}% streaming; added p50 ${both(4, 0)} (JSON)`,
  );
  console.log(
    `guard floor (bare proxy + the guard's work, nothing else): ${((throughput(5) / throughput(0)) * 100).toFixed(0)}% of direct JSON, ${((throughput(11) / throughput(6)) * 100).toFixed(0)}% streaming; added p50 ${both(5, 0)} (JSON), ${both(11, 6)} (streaming)`,
  );
  // What a throughput target leaves a gateway: its thread can give each request at most 1 s / target rate,
  // and the machine's cores must hold the load generator, the upstream and the gateway together.
  const cores = availableParallelism();
  const allowance = (
    kind: string,
    directIndex: number,
    gatewayIndex: number,
    bareIndex: number,
    floorIndex: number,
    ratio: number,
  ) => {
    const rate = ratio * throughput(directIndex);
    const gatewayRow = rows[gatewayIndex]?.cpu;
    const bareRow = rows[bareIndex]?.cpu;
    const floorRow = rows[floorIndex]?.cpu;
    if (gatewayRow === undefined || bareRow === undefined || floorRow === undefined) return;
    const others = gatewayRow.loadGenerator.process + gatewayRow.upstream.process;
    const spend = (cpu: ProcessCpu | null) =>
      `${(cpu?.process ?? Number.NaN).toFixed(0)} µs (thread ${(cpu?.mainThread ?? Number.NaN).toFixed(0)})`;
    console.log(
      `${kind}: ${String(ratio * 100)} % of direct is ${rate.toFixed(0)} req/s: a gateway may spend ≤ ${(1_000_000 / rate).toFixed(0)} µs a request on its thread and ≤ ${((cores * 1_000_000) / rate - others).toFixed(0)} µs in all (${String(cores)} cores less ${others.toFixed(0)} µs for the load generator and upstream); with every policy it spent ${spend(gatewayRow.proxy)}, the bare proxy ${spend(bareRow.proxy)}, the guard floor ${spend(floorRow.proxy)}`,
    );
  };
  allowance('JSON     ', 0, 1, 4, 5, 0.4);
  allowance('streaming', 6, 7, 10, 11, 0.85);
  console.log(`gateway RSS after the run: ${rss.toFixed(0)} MB`);
} finally {
  gateway.child.kill('SIGTERM');
  idleGateway.child.kill('SIGTERM');
  meteredGateway.child.kill('SIGTERM');
  bareProxy.child.kill('SIGTERM');
  guardFloor.child.kill('SIGTERM');
  upstream.child.kill('SIGTERM');
}
