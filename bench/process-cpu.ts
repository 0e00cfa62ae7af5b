import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** CPU time a process has used, in microseconds: all its threads, and its main (JavaScript) thread alone. */
export interface ProcessCpu {
  process: number;
  mainThread: number;
}

// /proc counts in clock ticks (100 a second on Debian's kernels, but asked rather than assumed).
const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

/** User plus system time from a /proc stat line (fields 14 and 15, counted after the command's parentheses). */
function statMicroseconds(path: string): number {
  const stat = readFileSync(path, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1_000_000) / ticksPerSecond;
}

/**
 * Reads what a process has spent so far. A Node server's JavaScript runs on its main thread (thread id =
 * process id); the other threads are the garbage collector's helpers, libuv's pool and the like. The main
 * thread's time per request bounds its throughput (one core at most), the process's time what it takes from
 * the machine.
 */
export function processCpu(pid: number): ProcessCpu {
  return {
    process: statMicroseconds(`/proc/${pid}/stat`),
    mainThread: statMicroseconds(`/proc/${pid}/task/${pid}/stat`),
  };
}

/** The CPU each process spent during `run`, per request of it: microseconds by process id. */
export async function cpuPerRequest<T extends { requests: number }>(
  pids: readonly number[],
  run: () => Promise<T>,
): Promise<{ result: T; perRequest: Map<number, ProcessCpu> }> {
  const before = new Map(pids.map((pid) => [pid, processCpu(pid)]));
  const result = await run();
  const perRequest = new Map<number, ProcessCpu>();
  const requests = Math.max(1, result.requests);
  for (const pid of pids) {
    const start = before.get(pid);
    const end = processCpu(pid);
    if (start === undefined) continue;
    perRequest.set(pid, {
      process: (end.process - start.process) / requests,
      mainThread: (end.mainThread - start.mainThread) / requests,
    });
  }
  return { result, perRequest };
}
