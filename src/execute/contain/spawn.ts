import { spawn, type ChildProcess } from 'node:child_process';
import { Readable } from 'node:stream';
import { cgroupPids, createJobCgroup, freezeCgroup, killCgroup, removeCgroup } from './cgroup.js';
import type { ContainmentPlan } from './plan.js';
import { descendantsOf, innermostPid, livingProcesses, processName, readProc, signalProcess, stillAlive, type ProcRef } from './procfs.js';
import { parseReaperLine, REAPER_SCRIPT } from './reaper.js';

/** A process of the job that the containment signalled or killed. */
export interface JobProcess {
  pid: number;
  name: string;
}

/** How the job's own process ended; `failed` when it never ran (missing binary, containment refused). */
export interface JobExit {
  started: boolean;
  code: number | null;
  signal: NodeJS.Signals | null;
  failed?: { step: 'exec' | 'spawn' | 'cgroup' | 'containment'; code: string };
}

export interface ContainedJob {
  readonly plan: ContainmentPlan;
  readonly stdout: Readable;
  readonly stderr: Readable;
  /** The job's own exit; its leftovers live on (contained) until `end`. */
  readonly exit: Promise<JobExit>;
  /** The job's pid as this host sees it, once it started. */
  jobPid(): number | null;
  /** Sends `signal` to every process of the job; returns who got it. */
  signal(signal: NodeJS.Signals): JobProcess[];
  /** Kills everything still in the containment (stopped first, so nothing forks meanwhile), lists it, and ends the containment. */
  end(): Promise<JobProcess[]>;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const named = (procs: ProcRef[]): JobProcess[] => procs.map((p) => ({ pid: p.pid, name: processName(p.pid) }));

/**
 * The one way this tool starts a process it must be able to stop: the job, QEMU, the KVM
 * probe. The process runs in its own session under the given containment; `end` leaves
 * nothing of it behind, and the reaper sees to that too when this process dies first.
 */
export function spawnContained(argv: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; plan: ContainmentPlan }): ContainedJob {
  const { plan } = options;
  let cgroup: string | null = null;
  let setupError: string | null = null;
  if (plan.kind === 'cgroup') {
    try {
      cgroup = createJobCgroup(plan.cgroupParent!);
    } catch (err) {
      setupError = (err as NodeJS.ErrnoException).code ?? 'EIO';
    }
  }
  const reaped = plan.perl !== null;
  const inner = reaped ? [plan.perl!, '-e', REAPER_SCRIPT, plan.kind === 'pid-namespace' ? 'init' : 'subreaper', cgroup ?? '-', '--', ...argv] : argv;
  const full = plan.unshare ? [...plan.unshare, '--', ...inner] : inner;
  if (setupError) return notStarted(plan, { step: 'cgroup', code: setupError });
  const child: ChildProcess = spawn(full[0]!, full.slice(1), { cwd: options.cwd, env: options.env, detached: true, stdio: reaped ? ['pipe', 'pipe', 'pipe', 'pipe'] : ['ignore', 'pipe', 'pipe'] });
  child.stdin?.on('error', () => {
    // The reaper is gone already; it needs no more telling.
  });

  let reportedPid: number | null = null;
  let hostPid: number | null = reaped ? null : (child.pid ?? null);
  const exit = new Promise<JobExit>((resolve) => {
    child.on('error', (err: NodeJS.ErrnoException) => resolve({ started: false, code: null, signal: null, failed: { step: reaped ? 'containment' : 'spawn', code: err.code ?? err.message } }));
    if (!reaped) return void child.on('exit', (code, signal) => resolve({ started: true, code, signal }));
    let partial = '';
    (child.stdio[3] as Readable).on('data', (chunk: Buffer) => {
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop()!;
      for (const line of lines) {
        const r = parseReaperLine(line);
        if (r?.kind === 'started') reportedPid = r.pid;
        if (r?.kind === 'exited') resolve({ started: true, code: r.code, signal: r.signal });
        if (r?.kind === 'error') resolve({ started: false, code: null, signal: null, failed: { step: r.step === 'exec' ? 'exec' : 'cgroup', code: r.errno } });
      }
    });
    child.on('close', (code, signal) => resolve({ started: reportedPid !== null, code: null, signal: null, failed: { step: 'containment', code: `the reaper ended (${code ?? signal}) before the job reported its exit` } }));
  });

  const rootPid = child.pid;
  /** Every living process of the job, the reaper and unshare left out. */
  const members = (): ProcRef[] => {
    if (rootPid === undefined) return [];
    if (cgroup) return cgroupPids(cgroup).map(readProc).filter((p): p is ProcRef => p !== null && p.state !== 'Z');
    if (plan.kind === 'pid-namespace') return descendantsOf(rootPid).filter((p) => p.ppid !== rootPid);
    if (plan.kind === 'subreaper') return descendantsOf(rootPid);
    // process-group: the job, its descendants, and whatever kept its group or session.
    const all = livingProcesses();
    const found = new Map<number, ProcRef>();
    for (const p of [...all.filter((p) => p.pid === rootPid || p.pgid === rootPid || p.sid === rootPid), ...descendantsOf(rootPid, all)]) found.set(p.pid, p);
    return [...found.values()];
  };

  const jobPid = (): number | null => {
    if (hostPid === null && reportedPid !== null) {
      hostPid = plan.kind === 'pid-namespace' ? (members().find((p) => innermostPid(p.pid) === reportedPid)?.pid ?? null) : reportedPid;
    }
    return hostPid;
  };

  let ended: Promise<JobProcess[]> | null = null;
  const end = (): Promise<JobProcess[]> => {
    ended ??= (async () => {
      jobPid();
      let killed: JobProcess[];
      if (cgroup) {
        await freezeCgroup(cgroup);
        killed = named(members());
        await killCgroup(cgroup);
      } else {
        const stopped = await stopAll(members);
        killed = named(stopped);
        for (const p of stopped) signalProcess(p.pid, 'SIGKILL');
        if (plan.kind === 'process-group' && rootPid !== undefined) signalProcess(-rootPid, 'SIGKILL');
        await goneAll(stopped);
      }
      child.stdin?.end();
      if (cgroup) await removeCgroup(cgroup);
      return killed;
    })();
    return ended;
  };

  return {
    plan,
    stdout: child.stdout!,
    stderr: child.stderr!,
    exit,
    jobPid,
    signal(signal) {
      const procs = members();
      const who = named(procs);
      for (const p of procs) signalProcess(p.pid, signal);
      return who;
    },
    end,
  };
}

/**
 * SIGSTOP to every member, again and again, until each one found is stopped: a stopped
 * process cannot fork, so the list that comes out is everything there was.
 */
async function stopAll(members: () => ProcRef[]): Promise<ProcRef[]> {
  const stopped = new Map<number, ProcRef>();
  for (let round = 0; round < 200; round++) {
    const now = members();
    const fresh = now.filter((p) => !stopped.has(p.pid));
    for (const p of fresh) {
      signalProcess(p.pid, 'SIGSTOP');
      stopped.set(p.pid, p);
    }
    if (fresh.length === 0 && now.every((p) => isStopped(p.pid))) break;
    await pause(round < 10 ? 1 : 10);
  }
  return [...stopped.values()];
}

function isStopped(pid: number): boolean {
  const state = readProc(pid)?.state;
  return state === undefined || state === 'T' || state === 't' || state === 'Z' || state === 'X';
}

/** A job that never started: its containment could not be set up. */
function notStarted(plan: ContainmentPlan, failed: NonNullable<JobExit['failed']>): ContainedJob {
  return {
    plan,
    stdout: Readable.from([]),
    stderr: Readable.from([]),
    exit: Promise.resolve({ started: false, code: null, signal: null, failed }),
    jobPid: () => null,
    signal: () => [],
    end: () => Promise.resolve([]),
  };
}

/** Waits (bounded) until none of `procs` is alive; a zombie counts as gone. */
async function goneAll(procs: ProcRef[]): Promise<void> {
  for (let i = 0; i < 200 && procs.some(stillAlive); i++) await pause(10);
}
