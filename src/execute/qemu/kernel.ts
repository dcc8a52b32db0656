import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { findGuestKernelFiles } from './kernels.js';

/** A guest kernel and what the guest init can do with it. */
export interface GuestKernel {
  /** The kernel file as found (vmlinuz-<release>). */
  path: string;
  /** What QEMU boots: the decompressed ELF beside it when there is one (PVH entry, boots faster under TCG). */
  bootPath: string;
  release: string;
  kind: 'cloud' | 'generic';
  /** lib/modules/<release> for this kernel, when present. */
  modulesDir?: string;
  /** Has virtio-mmio (built in or as a module we can load): can boot on `-M microvm`. */
  microvm: boolean;
  /** Has virtio 9p (needed to share the host's userland). */
  ninep: boolean;
}

type Tristate = 'y' | 'm' | 'n';

/** CONFIG_* values from the kernel's config file (boot/config-<release>); empty when unreadable. */
function readConfig(bootDir: string, release: string): Map<string, Tristate> {
  const config = new Map<string, Tristate>();
  try {
    for (const m of readFileSync(join(bootDir, `config-${release}`), 'utf8').matchAll(/^(CONFIG_\w+)=([ym])$/gm)) config.set(m[1]!, m[2] as Tristate);
  } catch {
    // No config beside the kernel: nothing is known, so nothing is claimed.
  }
  return config;
}

/** Debian's layout: <root>/boot/vmlinuz-<release> pairs with <root>/lib/modules/<release> (root is / for the host's own). */
function modulesDirOf(path: string, release: string): string | undefined {
  const root = dirname(dirname(path));
  const dir = join(root, 'lib', 'modules', release);
  return existsSync(join(dir, 'modules.dep')) ? dir : undefined;
}

function describe(path: string): GuestKernel {
  const release = basename(path).replace(/^vmlinuz-/, '');
  const bootDir = dirname(path);
  const config = readConfig(bootDir, release);
  const modulesDir = modulesDirOf(path, release);
  // A module-built feature counts only when the modules are there to load.
  const has = (...keys: string[]) => keys.every((k) => config.get(k) === 'y' || (config.get(k) === 'm' && modulesDir !== undefined));
  const elf = join(bootDir, `vmlinux-${release}`);
  return {
    path,
    bootPath: existsSync(elf) ? elf : path,
    release,
    kind: release.includes('cloud') ? 'cloud' : 'generic',
    ...(modulesDir ? { modulesDir } : {}),
    microvm: has('CONFIG_VIRTIO_MMIO', 'CONFIG_VIRTIO_BLK'),
    ninep: has('CONFIG_NET_9P_VIRTIO', 'CONFIG_9P_FS', 'CONFIG_OVERLAY_FS'),
  };
}

/**
 * Readable guest kernels (guestKernelDirs(): $CAPSULE_GUEST_KERNEL_DIR, beside the tool, the
 * per-user cache; then /boot/vmlinuz-*), in the placement's order, with what each supports.
 */
export function findGuestKernels(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): GuestKernel[] {
  return findGuestKernelFiles(env, cwd).map(describe);
}

/**
 * The kernel to boot: the preferred one (bundle or placement) when it can do what the run
 * needs, else the first found that can. Null when none can.
 */
export function chooseGuestKernel(preferred: string | undefined, found: GuestKernel[], needs: { ninep: boolean }): GuestKernel | null {
  const fits = (k: GuestKernel) => k.modulesDir !== undefined && (!needs.ninep || k.ninep);
  const candidates = preferred !== undefined && existsSync(preferred) ? [describe(preferred), ...found] : found;
  return candidates.find(fits) ?? null;
}
