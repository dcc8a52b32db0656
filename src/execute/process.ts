import { mkdirSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Executor, RunRequest, RunResult } from './types.js';
import { createLogSink } from './logs.js';
import { liveEcho } from './echo.js';
import { isInside } from '../bundle/paths.js';
import { runResult } from './result.js';
import { planContainment, spawnContained, superviseJob, type Supervised } from './contain/index.js';
import { containmentDetails, containmentDiagnostics } from './contain/record.js';
import { processPlacing } from './process-placing.js';

/** SIGTERM first, SIGKILL this long after. */
export const KILL_GRACE_MS = 2000;

/** Runs argv directly (no shell) under the strongest containment the machine allows; never throws for what the job does. */
export const processExecutor: Executor = {
  kind: 'process',
  ...processPlacing,
  run: runProcess,
};

async function runProcess(req: RunRequest): Promise<RunResult> {
  const startedAt = new Date();
  const diagnostics: string[] = [];
  mkdirSync(req.logsDir, { recursive: true });
  const sinks = {
    stdout: createLogSink(join(req.logsDir, 'stdout.log'), { capBytes: req.logCapBytes, secretValues: req.secretValues }),
    stderr: createLogSink(join(req.logsDir, 'stderr.log'), { capBytes: req.logCapBytes, secretValues: req.secretValues }),
  };
  const emit = liveEcho(req);

  const outcome = await runContained(req, diagnostics, (stream, chunk) => emit(stream, sinks[stream].write(chunk)));
  const stdout = sinks.stdout.close();
  const stderr = sinks.stderr.close();
  emit('stdout', stdout.tail, true);
  emit('stderr', stderr.tail, true);

  const failOnTimeout = req.bundle.bundle.spec.policy.failOnTimeout;
  const exit = outcome?.exit;
  if (outcome?.timedOut) diagnostics.push(`timed out after ${req.timeoutSeconds} s: every process of the run was sent SIGTERM, SIGKILL after ${KILL_GRACE_MS / 1000} s${failOnTimeout ? '' : ' (failOnTimeout is false: not counted as a failure)'}`);
  if (exit?.signal && !outcome?.timedOut) diagnostics.push(`terminated by signal ${exit.signal}`);
  if (outcome) diagnostics.push(...containmentDiagnostics(outcome.containment, req.secretValues));
  return runResult('process', req, startedAt, {
    pass: exit?.started === true && (outcome!.timedOut ? !failOnTimeout : exit.code === 0),
    exitCode: exit?.code ?? null,
    signal: exit?.signal ?? null,
    timedOut: outcome?.timedOut ?? false,
    logs: { stdout: stdout.record, stderr: stderr.record },
    diagnostics,
    details: { node_version: process.version, pid: outcome?.pid ?? null, ...(outcome ? { containment: containmentDetails(outcome.containment, req.secretValues) } : {}) },
  });
}

/** The working directory, refusing any that leaves the workspace (through `..` or a symlink). */
function workingDirectory(req: RunRequest): string | null {
  try {
    const root = realpathSync(req.workspace);
    const cwd = realpathSync(resolve(root, req.cwd));
    return isInside(root, cwd) ? cwd : null;
  } catch {
    return null;
  }
}

async function runContained(req: RunRequest, diagnostics: string[], onChunk: (stream: 'stdout' | 'stderr', chunk: Buffer) => void): Promise<(Supervised & { pid: number | null }) | null> {
  const cwd = workingDirectory(req);
  const plan = planContainment();
  const problem = cwd === null ? `working directory ${JSON.stringify(req.cwd)} is missing or outside the workspace` : req.argv.length === 0 ? 'empty argv: nothing to run' : 'problem' in plan ? plan.problem : null;
  if (problem !== null || cwd === null || 'problem' in plan) {
    diagnostics.push(problem!);
    return null;
  }

  const job = spawnContained(req.argv, { cwd, env: req.env, plan });
  job.stdout.on('data', (c: Buffer) => onChunk('stdout', c));
  job.stderr.on('data', (c: Buffer) => onChunk('stderr', c));
  const supervised = await superviseJob(job, { timeoutMs: req.timeoutSeconds * 1000, graceMs: KILL_GRACE_MS });
  const failed = supervised.exit.failed;
  if (failed?.step === 'exec' || failed?.step === 'spawn') {
    diagnostics.push(`cannot start ${JSON.stringify(req.argv[0])}: ${failed.code}${failed.code === 'ENOENT' ? ' (not found: check the path or PATH)' : ''}`);
  } else if (failed) {
    diagnostics.push(`containment ${plan.kind} failed: ${failed.step} ${failed.code}`);
  }
  return { ...supervised, pid: job.jobPid() };
}
