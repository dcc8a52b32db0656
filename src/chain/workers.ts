import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { MAX_CHAIN_LINE_BYTES } from './lines.js';

/** Below this size a file is read on the calling thread: starting a worker would cost more than it saves. */
export const PARALLEL_MIN_BYTES = 8 << 20;

/** The worker's script, built beside the CLI's bundle (dist/cli/); absent when running from sources. */
const WORKER_FILE = 'chain-worker.js';
/** Worker threads at most; the calling thread reads batches too. */
export const MAX_WORKERS = 3;

/**
 * A worker's counters, in shared memory: set by the worker, read by the caller at once (its
 * messages wait for the caller's next turn of the event loop).
 */
export const Counter = {
  /** Batches it has finished. */
  Finished: 0,
  /** 1 once it listens for batches: a worker takes 20-100 ms to start, and a batch sent before waits. */
  Ready: 1,
} as const;

/** What a worker thread is started with. */
export interface ChainWorkerData {
  maxLine: number;
  counters: Int32Array;
}

/** The worker threads of one chain file's read (parallel.ts hands them batches). */
export interface ChainWorkers {
  readonly threads: readonly { thread: Worker; counters: Int32Array }[];
  /** Stops them (again is harmless). */
  close(): void;
}

/**
 * Starts the worker threads that read a chain's batches of lines, or null where they cannot
 * help: one core, or no worker script beside this code. They take some 20-50 ms to start, so
 * a caller that knows a big file is coming starts them before anything else (startChainWorkersFor).
 */
export function startChainWorkers(
  script = new URL(WORKER_FILE, import.meta.url),
  maxLine = MAX_CHAIN_LINE_BYTES,
): ChainWorkers | null {
  const count = Math.min(availableParallelism() - 1, MAX_WORKERS);
  if (count < 1 || script.protocol !== 'file:' || !existsSync(fileURLToPath(script))) return null;
  // worker_threads is loaded only when workers start: the small chains `capsule verify` checks
  // inside every capsule never pay for it.
  const require = createRequire(import.meta.url);
  const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
  compileOnTheirOwnThread(require('node:v8') as typeof import('node:v8'));
  const threads = Array.from({ length: count }, () => {
    const workerData: ChainWorkerData = { maxLine, counters: new Int32Array(new SharedArrayBuffer(8)) };
    const thread = new Worker(script, { workerData });
    // Until a runner listens (threadedBatchRunner), a failing worker must not end the process:
    // workers started early may go unused (the file turned out small, or could not be read).
    thread.on('error', () => undefined);
    return { thread, counters: workerData.counters };
  });
  return { threads, close: () => threads.forEach((t) => void t.thread.terminate()) };
}

/**
 * Has the isolates started from now on (these workers) optimise their hot functions on their own
 * thread, as they need them, instead of queueing the work for V8's background threads. The
 * workers and this thread keep every core busy, so a background compile only waits for a core
 * while the worker runs its first few thousand lines unoptimised, at some 20 times the cost of a
 * line once optimised. An isolate reads the setting when it starts: this thread's own stays as
 * it was.
 */
function compileOnTheirOwnThread(v8: typeof import('node:v8')): void {
  v8.setFlagsFromString('--no-concurrent-recompilation');
}

/**
 * Workers for the chain file at `path` if it is big enough to use them, started now (before
 * its reader is even loaded); null for a small file or one that cannot be stat'ed (the read
 * that follows says why). The size is a hint: the read decides on the size it finds.
 */
export function startChainWorkersFor(path: string): ChainWorkers | null {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return null;
  }
  return size >= PARALLEL_MIN_BYTES ? startChainWorkers() : null;
}
