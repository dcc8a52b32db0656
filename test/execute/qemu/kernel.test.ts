import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { chooseGuestKernel, findGuestKernels } from '../../../src/execute/qemu/kernel.js';
import { GUEST_MODULES, moduleLoadOrder } from '../../../src/execute/qemu/modules.js';
import { guestKernelDirs, guestKernelHint, toolRoot } from '../../../src/execute/qemu/kernels.js';

const tree = resolve('test', 'fixtures', 'qemu', 'kernels');
const env = { CAPSULE_GUEST_KERNEL_DIR: tree };
const cloud = `${tree}/6.1.0-9-cloud-amd64/boot/vmlinuz-6.1.0-9-cloud-amd64`;
const generic = `${tree}/6.1.0-9-amd64/boot/vmlinuz-6.1.0-9-amd64`;

describe('findGuestKernels', () => {
  const found = findGuestKernels(env).filter((k) => k.path.startsWith(tree));

  test('lists the unpacked kernels, cloud first, with what each can do from its config and modules', () => {
    expect(found.map((k) => [k.release, k.kind, k.microvm, k.ninep])).toEqual([
      ['6.1.0-9-cloud-amd64', 'cloud', true, false],
      ['5.0.0-nomods', 'generic', false, false],
      ['6.1.0-9-amd64', 'generic', true, true],
    ]);
    expect(found[0]!.modulesDir).toBe(`${tree}/6.1.0-9-cloud-amd64/lib/modules/6.1.0-9-cloud-amd64`);
    // Module-built features do not count without the modules to load.
    expect(found[1]!.modulesDir).toBeUndefined();
  });

  test('chooseGuestKernel: the preferred kernel when it fits, else the first that does', () => {
    expect(chooseGuestKernel(cloud, found, { ninep: false })?.path).toBe(cloud);
    expect(chooseGuestKernel(cloud, found, { ninep: true })?.path).toBe(generic);
    expect(chooseGuestKernel(undefined, found.slice(0, 2), { ninep: true })).toBeNull();
  });
});

describe('moduleLoadOrder', () => {
  const mods = `${tree}/6.1.0-9-amd64/lib/modules/6.1.0-9-amd64`;

  test('dependencies before the modules that need them, each once', () => {
    expect(moduleLoadOrder(mods, [...GUEST_MODULES.blockMmio, ...GUEST_MODULES.ninep])).toEqual([
      'kernel/drivers/virtio/virtio_ring.ko',
      'kernel/drivers/virtio/virtio.ko',
      'kernel/drivers/virtio/virtio_mmio.ko',
      'kernel/drivers/block/virtio_blk.ko',
      'kernel/net/9p/9pnet.ko',
      'kernel/net/9p/9pnet_virtio.ko',
      'kernel/fs/netfs/netfs.ko',
      'kernel/fs/fscache/fscache.ko',
      'kernel/fs/9p/9p.ko',
      'kernel/fs/overlayfs/overlay.ko',
    ]);
  });

  test('built-in modules need nothing; a missing one names itself and the fix', () => {
    const cloudMods = `${tree}/6.1.0-9-cloud-amd64/lib/modules/6.1.0-9-cloud-amd64`;
    expect(moduleLoadOrder(cloudMods, ['virtio_pci'])).toEqual([]);
    expect(() => moduleLoadOrder(cloudMods, GUEST_MODULES.ninep)).toThrow(/kernel module 9pnet_virtio is neither built in nor listed.*scripts\/guest-kernel.sh/);
    expect(() => moduleLoadOrder(cloudMods, GUEST_MODULES.net)).toThrow(expect.objectContaining({ code: 'qemu_module_compressed' }));
  });
});

describe('guestKernelDirs', () => {
  const repo = resolve('.');

  test('beside the tool, then the per-user cache; never the working folder', () => {
    const env = { HOME: '/home/u' };
    expect(guestKernelDirs(env, '/somewhere/else')).toEqual([`${repo}/.cache/guest-kernel`, '/home/u/.cache/proof-capsule/guest-kernel']);
    expect(guestKernelDirs({ ...env, XDG_CACHE_HOME: '/xdg' }, '/')).toEqual([`${repo}/.cache/guest-kernel`, '/xdg/proof-capsule/guest-kernel']);
  });

  test('CAPSULE_GUEST_KERNEL_DIR alone when set: an explicit choice, so an empty one finds nothing there', () => {
    expect(guestKernelDirs({ CAPSULE_GUEST_KERNEL_DIR: 'k', HOME: '/home/u' }, '/w')).toEqual(['/w/k']);
    expect(findGuestKernels({ CAPSULE_GUEST_KERNEL_DIR: '/nonexistent' }).filter((k) => !k.path.startsWith('/boot/'))).toEqual([]);
  });

  test('the tool is the folder holding scripts/guest-kernel.sh, and the hint names that script', () => {
    expect(toolRoot()).toBe(repo);
    expect(toolRoot('/')).toBeUndefined();
    expect(guestKernelHint({ CAPSULE_GUEST_KERNEL_DIR: '/k' })).toBe(`run ${repo}/scripts/guest-kernel.sh (unpacks a Debian or Ubuntu kernel), or set CAPSULE_GUEST_KERNEL_DIR; looked in /k and /boot`);
  });
});
