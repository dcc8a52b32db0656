import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CapsuleError } from '../../errors.js';
import { guestKernelHint } from './kernels.js';

/** What the guest init needs, by feature. */
export const GUEST_MODULES = {
  blockMmio: ['virtio_mmio', 'virtio_blk'],
  blockPci: ['virtio_pci', 'virtio_blk'],
  ninep: ['9pnet_virtio', '9p', 'overlay'],
  net: ['virtio_net'],
} as const;

/**
 * Module files to insmod, dependencies first, for the named modules (from depmod's
 * modules.dep). Modules built into the kernel (modules.builtin) need nothing.
 */
export function moduleLoadOrder(modulesDir: string, names: readonly string[]): string[] {
  const depFile = join(modulesDir, 'modules.dep');
  const deps = new Map<string, string[]>();
  for (const line of readFileSync(depFile, 'utf8').split('\n')) {
    const [mod, rest] = line.split(':');
    if (mod && rest !== undefined) deps.set(moduleName(mod), [mod, ...rest.trim().split(/\s+/).filter(Boolean)]);
  }
  const builtin = readBuiltin(modulesDir);
  const order: string[] = [];
  const visit = (name: string, trail: string[]) => {
    if (builtin.has(name)) return;
    const entry = deps.get(name);
    if (!entry) throw new CapsuleError('qemu_module_missing', `${depFile}: kernel module ${name} is neither built in nor listed (needed for ${trail.join(' → ')}); ${guestKernelHint()}`, { file: depFile });
    const [file, ...needs] = entry;
    if (!file!.endsWith('.ko')) throw new CapsuleError('qemu_module_compressed', `${depFile}: ${file} is compressed; the guest's busybox insmod loads plain .ko files only`, { file: depFile });
    for (const dep of needs) visit(moduleName(dep), [...trail, moduleName(dep)]);
    if (!order.includes(file!)) order.push(file!);
  };
  for (const name of names) visit(name, [name]);
  return order;
}

/** "kernel/fs/9p/9p.ko" → "9p"; modules.dep spells names with either - or _. */
function moduleName(path: string): string {
  return basename(path).replace(/\.ko(\.\w+)?$/, '').replace(/-/g, '_');
}

function readBuiltin(modulesDir: string): Set<string> {
  try {
    return new Set(readFileSync(join(modulesDir, 'modules.builtin'), 'utf8').split('\n').filter(Boolean).map(moduleName));
  } catch {
    return new Set();
  }
}
