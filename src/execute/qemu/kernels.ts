import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPT = join('scripts', 'guest-kernel.sh');

function readable(p: string): boolean {
  try {
    accessSync(p, constants.R_OK);
    return true;
  } catch {
    return false;
  }
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/**
 * The proof-capsule folder this code runs from (a clone, the action's checkout on a runner, an
 * npm-installed package): the nearest folder above this module that holds the kernel script.
 * None for a lone copy of the bundled CLI.
 */
export function toolRoot(from = dirname(fileURLToPath(import.meta.url))): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, SCRIPT))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Where guest kernels are looked for: $CAPSULE_GUEST_KERNEL_DIR alone when set (an explicit
 * choice); else beside the tool (<tool>/.cache/guest-kernel, where scripts/guest-kernel.sh
 * unpacks by default), then the per-user cache (where it unpacks when the tool's folder is not
 * writable). The working folder plays no part: a run started anywhere finds the same kernels.
 */
export function guestKernelDirs(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string[] {
  if (env.CAPSULE_GUEST_KERNEL_DIR) return [resolve(cwd, env.CAPSULE_GUEST_KERNEL_DIR)];
  const root = toolRoot();
  const user = join(env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache'), 'proof-capsule', 'guest-kernel');
  return root ? [join(root, '.cache', 'guest-kernel'), user] : [user];
}

/**
 * A guest kernel's path as evidence records it: inside one of guestKernelDirs() (the tool's
 * folder or the user's cache, both this machine's) as `<guest-kernels>/<release>/boot/...`;
 * anywhere else (a system path such as /boot) as it is. The kernel's sha256 says which it was.
 */
export function recordedKernelPath(path: string, env: NodeJS.ProcessEnv = process.env): string {
  const dir = guestKernelDirs(env).find((d) => path.startsWith(`${d}/`));
  return dir === undefined ? path : `<guest-kernels>/${path.slice(dir.length + 1)}`;
}

/**
 * What a placement records of a site with no usable guest kernel: what to do, in words that hold on
 * any machine (the capsule goes to reviewers elsewhere; guestKernelHint names this machine's folders).
 */
export function portableGuestKernelHint(): string {
  return `run ${SCRIPT} from the proof-capsule repository or its npm package (it unpacks a Debian or Ubuntu kernel), `
    + 'or set CAPSULE_GUEST_KERNEL_DIR';
}

/** What to tell someone with no usable guest kernel: the script to run, by its path when known. */
export function guestKernelHint(env: NodeJS.ProcessEnv = process.env): string {
  const root = toolRoot();
  const script = root ? join(root, SCRIPT) : `${SCRIPT} (from the proof-capsule repository or its npm package)`;
  return `run ${script} (unpacks a Debian or Ubuntu kernel), or set CAPSULE_GUEST_KERNEL_DIR; looked in ${guestKernelDirs(env).join(', ')} and /boot`;
}

/**
 * Readable guest kernels: `<dir>/<release>/boot/vmlinuz-*` in each of guestKernelDirs(), then
 * the host's /boot/vmlinuz-*. Within a folder cloud kernels come first: they boot on microvm.
 */
export function findGuestKernelFiles(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string[] {
  const cloudFirst = (a: string, b: string) => Number(!a.includes('cloud')) - Number(!b.includes('cloud'));
  const cached = guestKernelDirs(env, cwd).flatMap((dir) =>
    list(dir)
      .flatMap((release) => list(join(dir, release, 'boot')).filter((f) => f.startsWith('vmlinuz-')).map((f) => join(dir, release, 'boot', f)))
      .sort(cloudFirst),
  );
  const host = list('/boot').filter((f) => f.startsWith('vmlinuz-')).map((f) => join('/boot', f));
  return [...cached, ...host].filter(readable);
}
