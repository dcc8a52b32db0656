import { existsSync, mkdirSync, readFileSync, readdirSync, rmdirSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

/**
 * cgroup v2: the job's own cgroup is made under the CLI's own cgroup, the one place an
 * unprivileged user can have been delegated (a systemd user session) and root always can.
 */

/** Where this process's cgroup v2 lives in the file system, or why there is none. */
export function ownCgroupDir(): { dir: string } | { problem: string } {
  let path: string | undefined;
  let mountinfo: string;
  try {
    path = /^0::(\/.*)$/m.exec(readFileSync('/proc/self/cgroup', 'utf8'))?.[1];
    mountinfo = readFileSync('/proc/self/mountinfo', 'utf8');
  } catch {
    return { problem: 'no /proc/self/cgroup (not Linux?)' };
  }
  if (path === undefined) return { problem: 'this process is in no cgroup v2 hierarchy' };
  for (const line of mountinfo.split('\n')) {
    const [left, right] = line.split(' - ');
    if (!right?.startsWith('cgroup2 ')) continue;
    const [, , , root, mountPoint] = left!.split(' ');
    const rel = root === '/' ? path : path === root || path.startsWith(`${root}/`) ? path.slice(root!.length) : null;
    if (rel !== null && mountPoint) return { dir: join(unescapeMount(mountPoint), rel) };
  }
  return { problem: 'no cgroup2 file system is mounted' };
}

/** mountinfo writes space, tab, newline and backslash as octal escapes. */
function unescapeMount(s: string): string {
  return s.replace(/\\([0-7]{3})/g, (_m, o: string) => String.fromCharCode(parseInt(o, 8)));
}

/** A new, empty cgroup for one job, named after the CLI's pid so stale ones can be told apart. */
export function createJobCgroup(parent: string): string {
  const dir = join(parent, `capsule-${process.pid}-${randomBytes(4).toString('hex')}`);
  mkdirSync(dir);
  if (!existsSync(join(dir, 'cgroup.kill'))) {
    rmdirSync(dir);
    throw Object.assign(new Error('this kernel has no cgroup.kill (Linux 5.14 or later needed)'), { code: 'ENOSYS' });
  }
  return dir;
}

/** Every pid in the cgroup and the cgroups below it (a root job may make sub-cgroups). */
export function cgroupPids(dir: string): number[] {
  const pids: number[] = [];
  const walk = (d: string) => {
    try {
      for (const line of readFileSync(join(d, 'cgroup.procs'), 'utf8').split('\n')) if (line) pids.push(Number(line));
      for (const e of readdirSync(d, { withFileTypes: true })) if (e.isDirectory()) walk(join(d, e.name));
    } catch {
      // Removed while we looked: nothing in it any more.
    }
  };
  walk(dir);
  return pids;
}

function events(dir: string): Record<string, string> {
  try {
    return Object.fromEntries(readFileSync(join(dir, 'cgroup.events'), 'utf8').trim().split('\n').map((l) => l.split(' ') as [string, string]));
  } catch {
    return {};
  }
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls cgroup.events until `key` has `value` or `ms` pass; true when it did. */
async function until(dir: string, key: string, value: string, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await pause(5)) if (events(dir)[key] === value) return true;
  return events(dir)[key] === value;
}

/** Stops every process in the cgroup (none can fork while frozen); true once the kernel says so. */
export function freezeCgroup(dir: string): Promise<boolean> {
  try {
    writeFileSync(join(dir, 'cgroup.freeze'), '1');
  } catch {
    return Promise.resolve(false);
  }
  return until(dir, 'frozen', '1', 1000);
}

/** SIGKILL to everything in the cgroup at once, then waits (bounded) for it to empty. */
export async function killCgroup(dir: string): Promise<boolean> {
  try {
    writeFileSync(join(dir, 'cgroup.kill'), '1');
  } catch {
    return !existsSync(dir);
  }
  return until(dir, 'populated', '0', 5000);
}

/** Removes an emptied cgroup (the kernel refuses while a process is still leaving it). */
export async function removeCgroup(dir: string): Promise<void> {
  for (let i = 0; i < 100 && existsSync(dir); i++) {
    try {
      rmdirSync(dir);
    } catch {
      await pause(10);
    }
  }
}

/** Removes empty cgroups left by CLIs that are gone (one killed with its reaper, say). */
export function removeStaleCgroups(parent: string): void {
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = /^capsule-(\d+)-[0-9a-f]+$/.exec(name)?.[1];
    if (pid === undefined || existsSync(`/proc/${pid}`)) continue;
    try {
      rmdirSync(join(parent, name));
    } catch {
      // Still populated, or someone else's: leave it.
    }
  }
}
