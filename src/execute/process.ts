import { spawn } from 'node:child_process';
import { mkdirSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Executor, RunRequest, RunResult } from './types.js';
import { createLogSink } from './logs.js';
import { processTree, signalAll, stillAlive, type ProcRef } from './proc-tree.js';
import { isInside } from '../bundle/paths.js';
import { runResult } from './result.js';

/** SIGTERM first, SIGKILL this long after. */
export const KILL_GRACE_MS = 2000;
/** How often the process tree is sampled, so daemons that setsid() out of the group are still known. */
const TREE_SAMPLE_MS = 200;

/** Runs argv directly (no shell) in its own process group; never throws for what the job does. */
export const processExecutor: Executor = {
  kind: 'process',
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
  const decoders = { stdout: new TextDecoder('utf-8'), stderr: new TextDecoder('utf-8') };
  const emit = (stream: 'stdout' | 'stderr', bytes: Buffer, final = false) => {
    const text = decoders[stream].decode(bytes, { stream: !final });
    if (text.length > 0) req.onOutput?.(stream, text);
  };

  const outcome = await spawnAndWait(req, diagnostics, (stream, chunk) => emit(stream, sinks[stream].write(chunk)));
  const stdout = sinks.stdout.close();
  const stderr = sinks.stderr.close();
  emit('stdout', stdout.tail, true);
  emit('stderr', stderr.tail, true);

  const failOnTimeout = req.bundle.bundle.spec.policy.failOnTimeout;
  if (outcome.timedOut) diagnostics.push(`timed out after ${req.timeoutSeconds} s: process group sent SIGTERM, SIGKILL after ${KILL_GRACE_MS / 1000} s${failOnTimeout ? '' : ' (failOnTimeout is false: not counted as a failure)'}`);
  if (outcome.signal && !outcome.timedOut) diagnostics.push(`terminated by signal ${outcome.signal}`);
  if (outcome.leftovers > 0) diagnostics.push(`${outcome.leftovers} process(es) of the run were still alive after it ended and were killed`);
  return runResult('process', req, startedAt, {
    pass: outcome.spawned && (outcome.timedOut ? !failOnTimeout : outcome.exitCode === 0),
    exitCode: outcome.exitCode,
    signal: outcome.signal,
    timedOut: outcome.timedOut,
    logs: { stdout: stdout.record, stderr: stderr.record },
    diagnostics,
    details: { node_version: process.version, pid: outcome.pid, process_group: true, leftover_processes_killed: outcome.leftovers },
  });
}

interface Outcome {
  spawned: boolean;
  pid: number | null;
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  leftovers: number;
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

function spawnAndWait(req: RunRequest, diagnostics: string[], onChunk: (stream: 'stdout' | 'stderr', chunk: Buffer) => void): Promise<Outcome> {
  const notStarted = (why: string): Promise<Outcome> => {
    diagnostics.push(why);
    return Promise.resolve({ spawned: false, pid: null, exitCode: null, signal: null, timedOut: false, leftovers: 0 });
  };
  const cwd = workingDirectory(req);
  if (cwd === null) return notStarted(`working directory ${JSON.stringify(req.cwd)} is missing or outside the workspace`);
  if (req.argv.length === 0) return notStarted('empty argv: nothing to run');

  return new Promise((done) => {
    const child = spawn(req.argv[0]!, req.argv.slice(1), { cwd, env: req.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const seen = new Map<number, ProcRef>();
    const sample = () => {
      if (child.pid !== undefined) for (const p of processTree(child.pid)) seen.set(p.pid, p);
    };
    let timedOut = false;
    let finished = false;
    const sampler = setInterval(sample, TREE_SAMPLE_MS);
    const killAll = (signal: NodeJS.Signals) => {
      sample();
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, signal);
        } catch {
          // The group is already empty.
        }
      }
      signalAll([...seen.values()], signal);
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killAll('SIGTERM');
      setTimeout(() => killAll('SIGKILL'), KILL_GRACE_MS).unref();
    }, req.timeoutSeconds * 1000);

    child.stdout!.on('data', (c: Buffer) => onChunk('stdout', c));
    child.stderr!.on('data', (c: Buffer) => onChunk('stderr', c));
    const finish = (o: Omit<Outcome, 'timedOut' | 'leftovers' | 'spawned' | 'pid'>, spawned: boolean) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      clearInterval(sampler);
      sample();
      const leftovers = [...seen.values()].filter((p) => p.pid !== child.pid && stillAlive(p));
      signalAll(leftovers, 'SIGKILL');
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Nothing left in the group.
        }
      }
      // A killed daemon may have held our pipes open; give them a moment, then stop reading.
      const closeTimer = setTimeout(() => {
        child.stdout!.destroy();
        child.stderr!.destroy();
      }, 500);
      const settle = () => {
        clearTimeout(closeTimer);
        done({ ...o, spawned, pid: child.pid ?? null, timedOut, leftovers: leftovers.length });
      };
      if (child.stdout!.closed && child.stderr!.closed) settle();
      else Promise.all([onceClosed(child.stdout!), onceClosed(child.stderr!)]).then(settle);
    };
    child.on('error', (err: NodeJS.ErrnoException) => {
      diagnostics.push(`cannot start ${JSON.stringify(req.argv[0])}: ${err.code ?? err.message}${err.code === 'ENOENT' ? ' (not found: check the path or PATH)' : ''}`);
      finish({ exitCode: null, signal: null }, false);
    });
    child.on('exit', (code, signal) => finish({ exitCode: code, signal }, true));
  });
}

function onceClosed(stream: NodeJS.ReadableStream & { closed?: boolean }): Promise<void> {
  return new Promise((r) => (stream.closed ? r() : stream.once('close', () => r())));
}
