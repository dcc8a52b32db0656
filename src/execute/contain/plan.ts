import { spawnSync } from 'node:child_process';
import { accessSync, constants, rmdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { createJobCgroup, ownCgroupDir, removeStaleCgroups } from './cgroup.js';
import { REAPER_SCRIPT } from './reaper.js';

/** Strongest first: what keeps a job from outliving its run, and what lists exactly what it left. */
export const CONTAINMENT_KINDS = ['cgroup', 'pid-namespace', 'subreaper', 'process-group'] as const;
export type ContainmentKind = (typeof CONTAINMENT_KINDS)[number];
/** @public what CAPSULE_CONTAINMENT may name */
export type ContainmentChoice = ContainmentKind | 'auto';

/** Lets a user (or a test) ask for one kind: `CAPSULE_CONTAINMENT=subreaper capsule run …`. */
export const CONTAINMENT_ENV = 'CAPSULE_CONTAINMENT';

export interface ContainmentPlan {
  kind: ContainmentKind;
  /** The reaper's interpreter; null only for `process-group`. */
  perl: string | null;
  /** `cgroup`: the cgroup the job's own cgroup is made in. */
  cgroupParent?: string;
  /** `pid-namespace`: unshare and its flags. */
  unshare?: string[];
  /** What the job sees differently (a user namespace maps its uid), if anything. */
  note?: string;
  /** Why each stronger kind is not used here. */
  unavailable: Partial<Record<ContainmentKind, string>>;
}

type Probe = Omit<ContainmentPlan, 'kind' | 'unavailable'> | { problem: string };

function findOnPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    try {
      accessSync(join(dir, name), constants.X_OK);
      return join(dir, name);
    } catch {
      // Not in this PATH entry.
    }
  }
  return null;
}

const quietly = { stdio: 'ignore', timeout: 5000 } as const;

/** A reaper runs here: Perl is on PATH and the kernel lets it become a child subreaper. */
function probeReaper(): { perl: string } | { problem: string } {
  const perl = findOnPath('perl');
  if (perl === null) return { problem: 'no perl on PATH to run the reaper' };
  return spawnSync(perl, ['-e', REAPER_SCRIPT, 'probe', '-', '--'], quietly).status === 0 ? { perl } : { problem: 'prctl(PR_SET_CHILD_SUBREAPER) failed' };
}

function probeCgroup(perl: string): Probe {
  const own = ownCgroupDir();
  if ('problem' in own) return own;
  removeStaleCgroups(own.dir);
  let dir: string;
  try {
    dir = createJobCgroup(own.dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { problem: `cannot make a cgroup under this process's own cgroup (${code}${code === 'EACCES' ? ': not delegated to this user' : code === 'EROFS' ? ': mounted read-only' : ''})` };
  }
  const entered = spawnSync(perl, ['-e', REAPER_SCRIPT, 'probe', dir, '--'], quietly).status === 0;
  rmdirSync(dir);
  return entered ? { perl, cgroupParent: own.dir } : { problem: 'cannot move a process into a new cgroup (the common ancestor is not writable)' };
}

/** Root may make a PID namespace directly; anyone else needs a user namespace around it. */
const UNSHARE_FLAGS: { flags: string[]; note?: string }[] = [
  { flags: ['--pid', '--fork', '--kill-child'] },
  { flags: ['--user', '--map-current-user', '--pid', '--fork', '--kill-child'], note: 'in a user namespace that maps the user to itself' },
  { flags: ['--user', '--map-root-user', '--pid', '--fork', '--kill-child'], note: 'in a user namespace: the job sees itself as uid 0' },
];

function probePidNamespace(perl: string): Probe {
  const unshare = findOnPath('unshare');
  if (unshare === null) return { problem: 'no unshare (util-linux) on PATH' };
  for (const { flags, note } of UNSHARE_FLAGS) {
    if (spawnSync(unshare, [...flags, '--', perl, '-e', 'exit 0'], quietly).status === 0) return { perl, unshare: [unshare, ...flags], ...(note ? { note } : {}) };
  }
  return { problem: 'unshare --pid is not permitted (no CAP_SYS_ADMIN, and unprivileged user namespaces are off or restricted by AppArmor)' };
}

function probe(kind: ContainmentKind): Probe {
  if (kind === 'process-group') return { perl: null };
  if (process.platform !== 'linux') return { problem: 'only on Linux' };
  const reaper = probeReaper();
  if ('problem' in reaper) return reaper;
  if (kind === 'cgroup') return probeCgroup(reaper.perl);
  if (kind === 'pid-namespace') return probePidNamespace(reaper.perl);
  return { perl: reaper.perl };
}

const probed = new Map<ContainmentKind, Probe>();
const cachedProbe = (kind: ContainmentKind) => probed.get(kind) ?? probed.set(kind, probe(kind)).get(kind)!;

/**
 * The strongest containment this machine allows (probed once per process), or the one asked
 * for by `choice` / CAPSULE_CONTAINMENT, or why that one is not available.
 */
export function planContainment(choice: string = process.env[CONTAINMENT_ENV] || 'auto'): ContainmentPlan | { problem: string } {
  if (choice !== 'auto' && !(CONTAINMENT_KINDS as readonly string[]).includes(choice)) {
    return { problem: `${CONTAINMENT_ENV}=${choice} is not one of auto, ${CONTAINMENT_KINDS.join(', ')}` };
  }
  const unavailable: ContainmentPlan['unavailable'] = {};
  for (const kind of CONTAINMENT_KINDS) {
    if (choice !== 'auto' && kind !== choice) continue;
    const p = cachedProbe(kind);
    if (!('problem' in p)) return { kind, ...p, unavailable };
    if (choice !== 'auto') return { problem: `containment ${kind} (${CONTAINMENT_ENV}) is not available here: ${p.problem}` };
    unavailable[kind] = p.problem;
  }
  throw new Error('unreachable: process-group containment is always available');
}
