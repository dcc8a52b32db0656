import { accessSync, constants, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

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
 * Readable guest kernels: `<dir>/<release>/boot/vmlinuz-*` under $CAPSULE_GUEST_KERNEL_DIR
 * (default .cache/guest-kernel, where the kernel download script unpacks Debian's
 * packages), then the host's /boot/vmlinuz-*. Cloud kernels first: they boot on microvm.
 */
export function findGuestKernelFiles(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string[] {
  const dir = resolve(cwd, env.CAPSULE_GUEST_KERNEL_DIR ?? '.cache/guest-kernel');
  const cached = list(dir).flatMap((release) => list(join(dir, release, 'boot')).filter((f) => f.startsWith('vmlinuz-')).map((f) => join(dir, release, 'boot', f)));
  const host = list('/boot').filter((f) => f.startsWith('vmlinuz-')).map((f) => join('/boot', f));
  const cloudFirst = (a: string, b: string) => Number(!a.includes('cloud')) - Number(!b.includes('cloud'));
  return [...cached.sort(cloudFirst), ...host].filter(readable);
}
