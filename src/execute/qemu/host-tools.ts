import { execFileSync } from 'node:child_process';
import { accessSync, closeSync, constants, openSync, readFileSync, readSync } from 'node:fs';

const BUSYBOX_CANDIDATES = ['/bin/busybox', '/usr/bin/busybox'];

/** True when the ELF names no dynamic loader: it can run alone in the guest's bare initramfs. */
function isStatic(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(8192);
    const n = readSync(fd, head, 0, head.length, 0);
    return head.subarray(0, 4).toString('latin1') === '\x7fELF' && !head.subarray(0, n).includes('/ld-linux');
  } finally {
    closeSync(fd);
  }
}

/** A statically linked busybox (Debian's busybox-static) for the guest, or why there is none. */
export function findStaticBusybox(env: NodeJS.ProcessEnv = process.env): { path: string } | { problem: string } {
  const candidates = env.CAPSULE_GUEST_BUSYBOX ? [env.CAPSULE_GUEST_BUSYBOX] : BUSYBOX_CANDIDATES;
  for (const path of candidates) {
    try {
      accessSync(path, constants.R_OK);
      if (isStatic(path)) return { path };
    } catch {
      // Not here.
    }
  }
  return { problem: `no statically linked busybox at ${candidates.join(' or ')} (install the busybox-static package)` };
}

const versions = new Map<string, string>();

/** The first line of `qemu-system-* --version`, once per binary. */
export function qemuVersion(binary: string): string {
  let v = versions.get(binary);
  if (v === undefined) {
    try {
      v = execFileSync(binary, ['--version'], { encoding: 'utf8', timeout: 10_000 }).split('\n')[0]!.trim();
    } catch (err) {
      v = `unknown (${(err as Error).message.split('\n')[0]})`;
    }
    versions.set(binary, v);
  }
  return v;
}

/**
 * Under TCG the guest's PIT-based TSC calibration fails now and then on a busy host
 * (measured here: about one boot in three hung at "tsc: Unable to calibrate against PIT").
 * TCG's guest TSC is the host's, so its rate is given to the kernel instead.
 */
export function hostTscKhz(): number | null {
  try {
    const text = readFileSync('/proc/cpuinfo', 'utf8');
    const mhz = /^cpu MHz\s*:\s*([\d.]+)/m.exec(text);
    return mhz ? Math.round(Number(mhz[1]) * 1000) : null;
  } catch {
    return null;
  }
}
