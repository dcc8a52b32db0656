import { readFileSync, readdirSync } from 'node:fs';

/** A process as /proc shows it; `start` (clock ticks since boot) tells a reused pid apart. */
export interface ProcRef {
  pid: number;
  ppid: number;
  pgid: number;
  sid: number;
  state: string;
  start: string;
}

export function readProc(pid: number): ProcRef | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name (which may itself hold spaces or parens).
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { pid, ppid: Number(f[1]), pgid: Number(f[2]), sid: Number(f[3]), state: f[0]!, start: f[19]! };
  } catch {
    return null;
  }
}

/** Every process this host shows, zombies left out (they are already dead). */
export function livingProcesses(): ProcRef[] {
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return [];
  }
  return names.filter((n) => /^\d+$/.test(n)).map((n) => readProc(Number(n))).filter((p): p is ProcRef => p !== null && p.state !== 'Z' && p.state !== 'X');
}

/** Every living process below `root` by parent links (root itself left out). */
export function descendantsOf(root: number, procs = livingProcesses()): ProcRef[] {
  const children = new Map<number, ProcRef[]>();
  for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const found: ProcRef[] = [];
  const queue = [root];
  while (queue.length > 0) {
    for (const c of children.get(queue.shift()!) ?? []) {
      found.push(c);
      queue.push(c.pid);
    }
  }
  return found;
}

/** The same process (pid and start time) still running, not a zombie. */
export function stillAlive(p: ProcRef): boolean {
  const now = readProc(p.pid);
  return now !== null && now.start === p.start && now.state !== 'Z' && now.state !== 'X';
}

/** The process's name as the kernel keeps it (`comm`, at most 15 bytes). */
export function processName(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '';
  }
}

/** The pid a process has in its own (innermost) PID namespace. */
export function innermostPid(pid: number): number | null {
  try {
    const line = /^NSpid:\s*(.+)$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return line ? Number(line[1]!.trim().split(/\s+/).pop()) : null;
  } catch {
    return null;
  }
}

/** Sends `signal`, ignoring processes that are already gone. */
export function signalProcess(pid: number, signal: NodeJS.Signals | number): void {
  try {
    process.kill(pid, signal);
  } catch {
    // Gone already: nothing left to signal.
  }
}
