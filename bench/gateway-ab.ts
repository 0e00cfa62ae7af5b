import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Pool } from 'undici';

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

/** CPU time (user + system, every thread) the process has used, in clock ticks of 10 ms (Linux /proc). */
function cpuTicks(pid: string | undefined): number {
  if (pid === undefined) return Number.NaN;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return Number(fields[11]) + Number(fields[12]);
}

async function load(info: Record<string, string>, stream: boolean, forMs: number) {
  const url = new URL(info.url ?? '');
  const pool = new Pool(url.origin, { connections: 10 });
  const body = JSON.stringify({
    model: 'bench-chat',
    stream,
    ...(stream ? { stream_options: { include_usage: true } } : {}),
    messages: [{ role: 'user', content: `[[chunks:20]] ${'성능 측정용 질문입니다. '.repeat(60)}` }],
  });
  const latencies: number[] = [];
  const ticksBefore = cpuTicks(info.pid);
  const deadline = performance.now() + forMs;
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      while (performance.now() < deadline) {
        const begin = performance.now();
        const response = await pool.request({
          path: `${url.pathname}/chat/completions`,
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${info.key ?? ''}` },
          body,
        });
        await response.body.text();
        latencies.push(performance.now() - begin);
      }
    }),
  );
  const ticks = cpuTicks(info.pid) - ticksBefore;
  await pool.close();
  latencies.sort((left, right) => left - right);
  return {
    rate: latencies.length / (forMs / 1000),
    p50: latencies[Math.floor(latencies.length / 2)] ?? 0,
    // The gateway's own CPU per answer: steadier than p50 on a shared machine, and what the two sides differ by.
    cpuMicroseconds: (ticks * 10_000) / Math.max(1, latencies.length),
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
    const cpus = new Map<string, number[]>();
    for (let round = 0; round < rounds; round += 1) {
      for (const gateway of gateways) {
        const result = await load(gateway.process.info, stream, durationMs);
        p50s.set(gateway.name, [...(p50s.get(gateway.name) ?? []), result.p50]);
        cpus.set(gateway.name, [...(cpus.get(gateway.name) ?? []), result.cpuMicroseconds]);
        console.log(
          `${stream ? 'streaming' : 'JSON     '} ${gateway.name.padEnd(7)} ${result.rate.toFixed(0).padStart(6)} req/s  p50 ${result.p50.toFixed(2)} ms  CPU ${result.cpuMicroseconds.toFixed(0).padStart(5)} µs/request`,
        );
      }
    }
    const median = (values: number[]) =>
      [...values].sort((left, right) => left - right)[Math.floor(values.length / 2)] ?? 0;
    const afters = p50s.get('after') ?? [];
    // Each round's own difference cancels the machine's drift between rounds.
    const paired = (p50s.get('before') ?? []).map((value, index) => (afters[index] ?? value) - value);
    console.log(
      `${stream ? 'streaming' : 'JSON'}: after − before = ${(median(afters) - median(p50s.get('before') ?? [])).toFixed(2)} ms p50 (median of ${String(rounds)} rounds); median of the rounds' own differences ${median(paired).toFixed(2)} ms; gateway CPU per request ${median(cpus.get('before') ?? []).toFixed(0)} → ${median(cpus.get('after') ?? []).toFixed(0)} µs (medians)\n`,
    );
  }
} finally {
  for (const process of [...gateways.map((gateway) => gateway.process), upstream])
    process.child.kill('SIGTERM');
}
