import type { ExecutorKind } from './placement.js';
import type { LogRecord, RunRequest, RunResult } from './types.js';

/** What an executor found; the shape of RunResult around it is the same for every executor. */
export interface Outcome {
  pass: boolean;
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  logs: { stdout: LogRecord; stderr: LogRecord };
  diagnostics: string[];
  details: Record<string, unknown>;
}

/** Stamps the finish time and fills the fields every executor reports alike. */
export function runResult(executor: ExecutorKind, req: RunRequest, startedAt: Date, outcome: Outcome): RunResult {
  const finishedAt = new Date();
  return {
    executor,
    status: outcome.pass ? 'pass' : 'fail',
    exitCode: outcome.exitCode,
    signal: outcome.signal,
    timedOut: outcome.timedOut,
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    durationSeconds: (finishedAt.getTime() - startedAt.getTime()) / 1000,
    argv: req.argv,
    cwd: req.cwd,
    logs: outcome.logs,
    diagnostics: outcome.diagnostics,
    details: outcome.details,
  };
}
