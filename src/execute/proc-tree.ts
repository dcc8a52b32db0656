import { readdirSync, readFileSync } from 'node:fs';

/** A process as seen in /proc: pid plus its start time, so a reused pid is never mistaken for it. */
export interface ProcRef {
  pid: number;
  ppid: number;
  pgid: number;
  start: string;
}

function readStat(pid: number): ProcRef | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name (which may itself hold spaces or parens).
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { pid, ppid: Number(f[1]), pgid: Number(f[2]), start: f[19]! };
  } catch {
    return null;
  }
}

function allProcesses(): ProcRef[] {
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return [];
  }
  return names.filter((n) => /^\d+$/.test(n)).map((n) => readStat(Number(n))).filter((p): p is ProcRef => p !== null);
}

/** `root` and every process below it (by parent links), plus every member of its process group. */
export function processTree(root: number): ProcRef[] {
  const procs = allProcesses();
  const found = new Map<number, ProcRef>();
  for (const p of procs) if (p.pid === root || p.pgid === root) found.set(p.pid, p);
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of procs) {
      if (!found.has(p.pid) && found.has(p.ppid)) {
        found.set(p.pid, p);
        grew = true;
      }
    }
  }
  return [...found.values()];
}

/** Still the same process (same pid and start time), and not a zombie-reaped ghost. */
export function stillAlive(p: ProcRef): boolean {
  const now = readStat(p.pid);
  if (now === null || now.start !== p.start) return false;
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${p.pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}

export function signalAll(procs: ProcRef[], signal: NodeJS.Signals): void {
  for (const p of procs) {
    if (!stillAlive(p)) continue;
    try {
      process.kill(p.pid, signal);
    } catch {
      // Already gone or not ours: nothing left to stop.
    }
  }
}
