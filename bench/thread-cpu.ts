import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

// Where a run's CPU went, per thread of this process and per other process, from /proc (Linux only; elsewhere
// every reading is null and the figures say n/a). Per thread because process.cpuUsage() sums them all: the
// main thread, the review workers and V8's own background threads (concurrent compilation and GC), which
// the Kafka bench showed to be a large share of a claim's CPU.

const PROC = existsSync('/proc/self/task');
const TICK = PROC ? clockTicks() : 100;

/** CPU seconds (user + system) of each thread of this process, by thread id; null off Linux. */
export function threadCpu(): Map<number, number> | null {
  if (!PROC) return null;
  const out = new Map<number, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    const s = statCpu(`/proc/self/task/${tid}/stat`);
    if (s !== null) out.set(Number(tid), s);
  }
  return out;
}

/** CPU seconds of another process (all its threads), or null when it is gone or off Linux. */
export function processCpu(pid: number | undefined): number | null {
  return PROC && pid !== undefined ? statCpu(`/proc/${pid}/stat`) : null;
}

export interface ThreadSplit {
  /** This process's main thread. */
  main: number;
  /** The threads in `workers` (those a worker pool started). */
  workers: number;
  /** Every other thread: V8's platform threads (compilers, GC helpers), libuv's. */
  other: number;
}

/** CPU seconds per kind of thread between two readings; `workers` holds the ids of the pool's threads. */
export function splitSince(from: Map<number, number> | null, to: Map<number, number> | null, workers: ReadonlySet<number> = new Set()): ThreadSplit | null {
  if (!from || !to) return null;
  const split: ThreadSplit = { main: 0, workers: 0, other: 0 };
  for (const [tid, cpu] of to) {
    const d = cpu - (from.get(tid) ?? 0);
    if (tid === process.pid) split.main += d;
    else if (workers.has(tid)) split.workers += d;
    else split.other += d;
  }
  return split;
}

function statCpu(path: string): number | null {
  try {
    const s = readFileSync(path, 'utf8');
    // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / TICK;
  } catch {
    return null;
  }
}

function clockTicks(): number {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
}
