import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { placeBundle } from '../../src/place/place.js';
import { readInventory } from '../../src/place/inventory.js';
import { probeKvm } from '../../src/execute/qemu/probe.js';
import { validateBundle } from '../../src/bundle/validate.js';
import { CapsuleError } from '../../src/errors.js';
import type { ValidatedBundle } from '../../src/bundle/types.js';
import { reference, titled } from '../reference.js';

const AGENTPLANE = reference('agentplane', 'fleet-inventory.example.json');
const NOW = '2026-01-01T00:00:00.000Z';
function withIntent(intent: 'auto' | 'process' | 'qemu' | 'microvm', ref?: string): ValidatedBundle {
  const vb = validateBundle('examples/hello/bundle.json');
  return { ...vb, bundle: { ...vb.bundle, spec: { ...vb.bundle.spec, executor: { backendIntent: intent, ...(ref ? { ref } : {}) } } } };
}

describe('placeBundle', () => {
  it('honours the inventory and records every rejected candidate with its reason', async () => {
    const p = await placeBundle(withIntent('process'), { inventoryPath: 'test/fixtures/place/inventory.json', now: NOW });
    expect(p).toMatchObject({ site: 'runner-proc', executor: 'process', accel: null, intent: 'process', decidedAt: NOW });
    expect(p.inventory).toMatchObject({ source: 'file', path: resolve('test/fixtures/place/inventory.json') });
    expect(p.rejected).toEqual([
      { candidate: 'vm-tcg (qemu)', reason: 'qemu executor; the bundle asks for a process' },
      { candidate: 'vm-noqemu (qemu)', reason: 'qemu executor; the bundle asks for a process' },
    ]);
  });

  it('falls back from KVM to TCG explicitly, with a warning', async () => {
    const p = await placeBundle(withIntent('qemu'), { inventoryPath: 'test/fixtures/place/inventory.json', now: NOW });
    expect(p).toMatchObject({ site: 'vm-tcg', executor: 'qemu', accel: 'tcg', qemu: { binary: '/usr/bin/qemu-system-x86_64', kernel: '/boot/vmlinuz-test', machine: 'pc' } });
    expect(p.warnings).toEqual(['KVM is not usable on vm-tcg: falling back to TCG software emulation (much slower)']);
    expect(p.rejected).toContainEqual({ candidate: 'vm-noqemu (qemu)', reason: 'no QEMU binary' });
    expect(p.rejected).toContainEqual({ candidate: 'runner-proc (process)', reason: 'process executor; the bundle asks for a qemu VM' });
  });

  it('prefers a KVM site, takes it for auto, and honours executor.ref', async () => {
    const inv = 'test/fixtures/place/kvm-inventory.json';
    const vm = await placeBundle(withIntent('microvm'), { inventoryPath: inv, now: NOW });
    expect(vm).toMatchObject({ site: 'vm-kvm', accel: 'kvm', warnings: [], qemu: { machine: 'microvm' } });
    expect(vm.rejected).toContainEqual({ candidate: 'vm-tcg (qemu)', reason: 'fits, but vm-kvm (qemu) ranks first' });
    expect((await placeBundle(withIntent('auto'), { inventoryPath: inv, now: NOW })).site).toBe('vm-kvm');
    expect((await placeBundle(withIntent('auto'), { inventoryPath: inv, executorOverride: 'process', now: NOW })).site).toBe('runner-proc');
    const pinned = await placeBundle(withIntent('qemu', 'vm-tcg'), { inventoryPath: inv, now: NOW });
    expect(pinned).toMatchObject({ site: 'vm-tcg', accel: 'tcg' });
    expect(pinned.rejected).toContainEqual({ candidate: 'vm-kvm (qemu)', reason: 'bundle executor.ref names vm-tcg' });
  });

  it('an intent nothing can serve is a clear error listing the rejections', async () => {
    const err = await placeBundle(withIntent('microvm'), { inventoryPath: 'test/fixtures/place/process-only.json' }).catch((e) => e);
    expect(err).toBeInstanceOf(CapsuleError);
    expect(err.code).toBe('placement_impossible');
    expect(err.message).toContain('no executor can serve backendIntent microvm');
    expect(err.message).toContain('runner-proc (process): process executor; the bundle asks for a microvm VM');
    const unknownRef = await placeBundle(withIntent('process', 'nowhere'), { inventoryPath: 'test/fixtures/place/process-only.json' }).catch((e) => e);
    expect(unknownRef.message).toMatch(/executor.ref "nowhere" names no executor/);
  });

  it.skipIf(!AGENTPLANE.present)(titled('reads agentplane fleet inventories (example short form)', AGENTPLANE), () => {
    const inv = readInventory(AGENTPLANE.path);
    expect(inv.candidates).toEqual([{ name: 'lima-nixbuilder', executor: 'process', capabilities: { os: 'linux', arch: 'aarch64', kvm: false, qemu: null, kernels: [], labels: [] } }]);
  });

  it('rejects an invalid inventory with its location', () => {
    expect(() => readInventory('test/fixtures/place/bad-inventory.json')).toThrow(/bad-inventory.json:4:44 \/executors\/0\/executor/);
  });
});

describe('probeKvm', () => {
  const fake = (name: string) => resolve('test/fixtures/place/fake-qemu', name);
  it.runIf(existsSync('/dev/kvm'))('a guest that never finishes booting means no KVM (timeout)', async () => {
    expect(await probeKvm(fake('hang.sh'), '/boot/k', 500)).toEqual({ usable: false, reason: 'a guest kernel did not finish booting under KVM within 0.5 s' });
  });
  it.runIf(existsSync('/dev/kvm'))('a guest that boots means KVM; an init failure means none', async () => {
    expect((await probeKvm(fake('boots.sh'), '/boot/k', 2000)).usable).toBe(true);
    expect(await probeKvm(fake('fails.sh'), '/boot/k', 2000)).toEqual({ usable: false, reason: 'QEMU with -accel kvm exited 1' });
  });
  it('no qemu or no kernel: KVM unproven, so not used', async () => {
    expect((await probeKvm(null, '/boot/k')).usable).toBe(false);
    expect((await probeKvm(fake('boots.sh'), null)).usable).toBe(false);
  });
});
