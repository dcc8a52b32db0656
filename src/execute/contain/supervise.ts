import type { Readable } from 'node:stream';
import type { ContainedJob, JobExit, JobProcess } from './spawn.js';
import type { ContainmentKind } from './plan.js';

/** What the run manifest says about containment: which kind, and exactly what it stopped. */
export interface ContainmentRecord {
  kind: ContainmentKind;
  note?: string;
  /** Why each stronger kind was not used here. */
  unavailable: Partial<Record<ContainmentKind, string>>;
  /** Processes sent SIGTERM at the timeout (the first RECORDED_PROCESSES of them). */
  sent_sigterm: JobProcess[];
  sent_sigterm_count: number;
  /** Processes still alive at the end (the job's leftovers, or the job itself after a timeout), killed with SIGKILL. */
  killed: JobProcess[];
  killed_count: number;
}

export interface Supervised {
  exit: JobExit;
  timedOut: boolean;
  containment: ContainmentRecord;
}

/** How many processes each list of the record names; a fork bomb is counted, not listed. */
export const RECORDED_PROCESSES = 100;

const pause = <T>(ms: number, value: T) => new Promise<T>((r) => setTimeout(() => r(value), ms).unref());

/**
 * The one kill policy: the job runs until it exits or `timeoutMs` passes; at the timeout
 * everything in it gets SIGTERM, and `graceMs` later (or as soon as the job's own process
 * exits) whatever is left is killed. Resolves once the job's output streams have closed.
 */
export async function superviseJob(job: ContainedJob, options: { timeoutMs: number; graceMs: number }): Promise<Supervised> {
  const first = await Promise.race([job.exit, pause(options.timeoutMs, 'timeout' as const)]);
  const timedOut = first === 'timeout';
  const sentSigterm = timedOut ? job.signal('SIGTERM') : [];
  if (timedOut) await Promise.race([job.exit, pause(options.graceMs, null)]);
  const killed = await job.end();
  const lost: JobExit = { started: true, code: null, signal: null, failed: { step: 'containment', code: 'no exit status after the kill' } };
  const exit = await Promise.race([job.exit, pause(5000, lost)]);
  await Promise.all([closed(job.stdout), closed(job.stderr)]);
  return {
    exit,
    timedOut,
    containment: { kind: job.plan.kind, ...(job.plan.note ? { note: job.plan.note } : {}), unavailable: job.plan.unavailable, sent_sigterm: sentSigterm.slice(0, RECORDED_PROCESSES), sent_sigterm_count: sentSigterm.length, killed: killed.slice(0, RECORDED_PROCESSES), killed_count: killed.length },
  };
}

/**
 * Waits for a stream to close; only a process outside the containment (possible with
 * `process-group`) can still hold it open, so it is cut off after half a second.
 */
function closed(stream: Readable): Promise<void> {
  if (stream.closed || stream.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => stream.destroy(), 500);
    stream.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
