import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { closedLoop, paced, percentile, type LoadTarget } from './load-generator.js';
import { cpuPerRequest } from './process-cpu.js';

/**
 * npm run bench:gateway-ab — two idle gateways (on-prem model, nothing for the guard to do) measured in
 * alternating rounds on one machine: what the difference between them costs.
 * - Without BENCH_BEFORE: this tree with the meter left out of the pipeline ("before") against the same tree
 *   as it runs ("after"): metering's own cost (usage events, purpose, cost; no budgets).
 * - With BENCH_BEFORE set to another checkout (built: `npm ci && npx tsc -b server` there), e.g.
 *   `git worktree add /tmp/before 4129b5b`: that checkout against this one, every change between them.
 */
const before = process.env.BENCH_BEFORE;
// BENCH_AFTER_MODE=metered: the "after" gateway also reserves and settles every call against three budgets.
const afterMode = process.env.BENCH_AFTER_MODE ?? 'idle';
if (!['idle', 'metered'].includes(afterMode)) throw new Error('BENCH_AFTER_MODE is idle or metered');
const here = fileURLToPath(new URL('..', import.meta.url));
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const durationMs = Number(process.env.BENCH_DURATION_MS ?? 6_000);

function start(tree: string, script: string, argumentsList: string[]) {
  const child = spawn(`${tree}/node_modules/.bin/tsx`, [`${tree}/${script}`, ...argumentsList], {
    cwd: tree,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return new Promise<{ child: ChildProcess; info: Record<string, string> }>((resolve, reject) => {
    createInterface({ input: child.stderr }).on('line', (line) => {
      if (line.startsWith('{')) resolve({ child, info: JSON.parse(line) as Record<string, string> });
    });
    child.once('exit', (code) => reject(new Error(`${tree}/${script} exited with ${String(code)}`)));
  });
}

/** What the load generator sends to one gateway (address and key from its first stderr line). */
function targetOf(info: Record<string, string>, stream: boolean): LoadTarget {
  return { url: info.url ?? '', apiKey: info.key ?? '', stream };
}

/** A closed-loop run (throughput, and the gateway's CPU per answer) against one gateway. */
async function load(info: Record<string, string>, stream: boolean, forMs: number) {
  const target = targetOf(info, stream);
  const pid = info.pid === undefined ? null : Number(info.pid);
  const { result, perRequest } = await cpuPerRequest(pid === null ? [] : [pid], () =>
    closedLoop(target, forMs),
  );
  return {
    rate: result.requests / result.seconds,
    p50: percentile(result.latencies, 0.5),
    // The gateway's own CPU per answer: steadier than p50 on a shared machine, and what the two sides differ by.
    cpuMicroseconds: pid === null ? Number.NaN : (perRequest.get(pid)?.process ?? Number.NaN),
  };
}

const upstream = await start(here, 'bench/bench-upstream-server.ts', []);
const gateways = [
  {
    name: 'before',
    process: await start(before ?? here, 'bench/bench-gateway-server.ts', [
      upstream.info.url ?? '',
      before === undefined ? 'unmetered' : 'idle',
    ]),
  },
  {
    name: 'after',
    process: await start(here, 'bench/bench-gateway-server.ts', [upstream.info.url ?? '', afterMode]),
  },
];
try {
  for (const stream of [false, true]) {
    for (const gateway of gateways) await load(gateway.process.info, stream, 1_500);
    const p50s = new Map<string, number[]>();
    const pacedP50s = new Map<string, number[]>();
    const cpus = new Map<string, number[]>();
    const add = (table: Map<string, number[]>, name: string, value: number) =>
      table.set(name, [...(table.get(name) ?? []), value]);
    for (let round = 0; round < rounds; round += 1) {
      const rates: number[] = [];
      for (const gateway of gateways) {
        const result = await load(gateway.process.info, stream, durationMs);
        rates.push(result.rate);
        add(p50s, gateway.name, result.p50);
        add(cpus, gateway.name, result.cpuMicroseconds);
        console.log(
          `${stream ? 'streaming' : 'JSON     '} ${gateway.name.padEnd(7)} ${result.rate.toFixed(0).padStart(6)} req/s  p50 ${result.p50.toFixed(2)} ms  CPU ${result.cpuMicroseconds.toFixed(0).padStart(5)} µs/request`,
        );
      }
      // Then both at half the slower one's throughput of this round: the latency a caller sees below saturation.
      const rate = Math.max(10, Math.round(0.5 * Math.min(...rates)));
      for (const gateway of gateways) {
        const result = await paced(targetOf(gateway.process.info, stream), rate, durationMs);
        const p50 = percentile(result.latencies, 0.5);
        add(pacedP50s, gateway.name, p50);
        console.log(
          `${stream ? 'streaming' : 'JSON     '} ${gateway.name.padEnd(7)} ${String(rate).padStart(6)} req/s  p50 ${p50.toFixed(2)} ms  (fixed rate)`,
        );
      }
    }
    const median = (values: number[]) =>
      [...values].sort((left, right) => left - right)[Math.floor(values.length / 2)] ?? 0;
    // Each round's own difference cancels the machine's drift between rounds.
    const differences = (table: Map<string, number[]>) => {
      const afters = table.get('after') ?? [];
      const befores = table.get('before') ?? [];
      const paired = befores.map((value, index) => (afters[index] ?? value) - value);
      return `${(median(afters) - median(befores)).toFixed(2)} ms p50 (medians of ${String(rounds)} rounds), ${median(paired).toFixed(2)} ms (median of the rounds' own differences)`;
    };
    console.log(
      `${stream ? 'streaming' : 'JSON'}: after − before at saturation ${differences(p50s)}; at a fixed rate ${differences(pacedP50s)}; gateway CPU per request ${median(cpus.get('before') ?? []).toFixed(0)} → ${median(cpus.get('after') ?? []).toFixed(0)} µs (medians)\n`,
    );
  }
} finally {
  for (const process of [...gateways.map((gateway) => gateway.process), upstream])
    process.child.kill('SIGTERM');
}
