import { describe, expect, test } from 'vitest';
import { buildQemuArgv, optionValue, type QemuLaunch } from '../../../src/execute/qemu/argv.js';

const base: QemuLaunch = {
  kernel: '/k/vmlinuz',
  initrd: '/t/initrd.cpio',
  machine: 'microvm',
  accel: 'tcg',
  memMiB: 256,
  vcpu: 1,
  kernelParams: [],
  disks: [{ id: 'results', path: '/t/results.img', readonly: false }],
  shares: [],
  network: false,
};

/** The value following `flag` for each occurrence. */
function valuesOf(argv: string[], flag: string): string[] {
  return argv.flatMap((a, i) => (a === flag ? [argv[i + 1]!] : []));
}

describe('buildQemuArgv', () => {
  test('microvm, TCG, direct kernel boot, no network, virtio-mmio devices', () => {
    const argv = buildQemuArgv(base);
    expect(valuesOf(argv, '-M')).toEqual(['microvm']);
    expect(valuesOf(argv, '-accel')).toEqual(['tcg']);
    expect(valuesOf(argv, '-append')).toEqual(['console=ttyS0 quiet panic=-1 reboot=t']);
    expect(valuesOf(argv, '-nic')).toEqual(['none']);
    expect(argv).toEqual(expect.arrayContaining(['-nographic', '-no-reboot']));
    expect(valuesOf(argv, '-device')).toEqual(['virtio-blk-device,drive=results']);
  });

  test('kvm when placed on kvm; pc machine uses PCI devices; network only when asked', () => {
    const argv = buildQemuArgv({ ...base, accel: 'kvm', machine: 'pc', network: true, shares: [{ tag: 'hostroot', path: '/', readonly: true }] });
    expect(valuesOf(argv, '-accel')).toEqual(['kvm']);
    expect(valuesOf(argv, '-device')).toEqual(['virtio-blk-pci,drive=results', 'virtio-9p-pci,fsdev=hostroot,mount_tag=hostroot', 'virtio-net-pci,netdev=net0']);
    expect(valuesOf(argv, '-fsdev')).toEqual(['local,id=hostroot,path=/,security_model=none,multidevs=remap,readonly=on']);
    expect(valuesOf(argv, '-nic')).toEqual([]);
  });

  test('a comma in a path cannot add an option: it is doubled, which QEMU reads as a literal comma', () => {
    const argv = buildQemuArgv({ ...base, disks: [{ id: 'results', path: '/t/x.img,readonly=off,file=/etc/shadow', readonly: true }] });
    expect(valuesOf(argv, '-drive')).toEqual(['id=results,file=/t/x.img,,readonly=off,,file=/etc/shadow,format=raw,if=none,readonly=on']);
    // Splitting on single commas (QEMU's parser, with ",," kept as an escaped comma) yields exactly our keys.
    const keys = valuesOf(argv, '-drive')[0]!.split(/(?<!,),(?!,)/).map((kv) => kv.split('=')[0]);
    expect(keys).toEqual(['id', 'file', 'format', 'if', 'readonly']);
  });

  test.each([
    ['a newline in a disk path', { disks: [{ id: 'results', path: '/t/a\n-monitor stdio', readonly: false }] }],
    ['a NUL in the kernel path', { kernel: '/k/vm\0linuz' }],
    ['a newline in the initrd path', { initrd: '/t/i\nrd' }],
    ['a space in a kernel parameter (would add another parameter)', { kernelParams: ['quiet init=/bin/sh'] }],
    ['a quote in a kernel parameter', { kernelParams: ['a="b c"'] }],
    ['a disk id with a comma', { disks: [{ id: 'r,file=/etc/passwd', path: '/t/r.img', readonly: false }] }],
    ['a 9p tag with a comma', { shares: [{ tag: 'x,path=/etc', path: '/', readonly: true }] }],
    ['memory that is not an integer', { memMiB: 1.5 }],
    ['zero vcpus', { vcpu: 0 }],
  ])('refuses %s', (_why, change) => {
    expect(() => buildQemuArgv({ ...base, ...change } as QemuLaunch)).toThrow(expect.objectContaining({ code: 'qemu_unsafe_argument' }));
  });

  test('paths are taken literally as whole arguments (never through a shell)', () => {
    const argv = buildQemuArgv({ ...base, kernel: '/k/$(reboot) `id`;,x', kernelParams: ['tsc_early_khz=2100000'] });
    expect(valuesOf(argv, '-kernel')).toEqual(['/k/$(reboot) `id`;,x']);
    expect(valuesOf(argv, '-append')).toEqual(['console=ttyS0 quiet panic=-1 reboot=t tsc_early_khz=2100000']);
  });

  test('optionValue doubles every comma', () => {
    expect(optionValue('p', 'a,,b,c')).toBe('a,,,,b,,c');
  });
});
