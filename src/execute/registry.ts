import { CapsuleError } from '../errors.js';
import type { ExecutorKind } from './placement.js';
import type { Executor } from './types.js';
import { processExecutor } from './process.js';
import { qemuExecutor } from './qemu/executor.js';

/** Every executor, by kind. Adding one: a file exporting an Executor, plus its import and entry here. */
const executors = new Map<ExecutorKind, Executor>([processExecutor, qemuExecutor].map((e) => [e.kind, e]));

export function executorFor(kind: ExecutorKind): Executor {
  const executor = executors.get(kind);
  if (!executor) throw new CapsuleError('executor_unavailable', `no ${kind} executor is built into this capsule`);
  return executor;
}
