import { CapsuleError } from '../errors.js';
import type { ExecutorKind } from './placement.js';
import type { Executor } from './types.js';
import { processExecutor } from './process.js';
import { qemuExecutor } from './qemu/executor.js';

/**
 * Every executor, by kind: the one place that knows them all. Adding one: a kind in
 * EXECUTOR_KINDS (placement.ts), a file exporting its Executor, and its entry here (the type
 * refuses a kind without one). The order is the order local sites are probed and listed in.
 */
const EXECUTORS: Record<ExecutorKind, Executor> = {
  qemu: qemuExecutor,
  process: processExecutor,
};

export function executorFor(kind: ExecutorKind): Executor {
  const executor = EXECUTORS[kind] as Executor | undefined;
  if (!executor) throw new CapsuleError('executor_unavailable', `no ${kind} executor is built into this capsule`);
  return executor;
}

/** Every registered executor, in probe order. */
export function executors(): Executor[] {
  return Object.values(EXECUTORS);
}
