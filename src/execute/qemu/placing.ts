import type { ExecutorPlacing } from '../types.js';
import { portableGuestKernelHint } from './kernels.js';
import { localKvmReason, localWithoutKvm, probeLocal } from './probe.js';

/** A QEMU site serves a VM, or auto when KVM makes a VM cheap; it needs a QEMU binary and a guest kernel. */
export const qemuPlacing: ExecutorPlacing = {
  async probe(intent) {
    // A process bundle never runs here: its placement lists this site as rejected for that
    // reason alone, so it is not worth the KVM probe's guest boot (seconds where KVM hangs).
    const capabilities = intent === 'process' ? localWithoutKvm() : await probeLocal();
    return [{ name: 'local-qemu', executor: 'qemu', capabilities }];
  },
  fits(site, { intent, kernel }) {
    if (intent === 'process') return 'qemu executor; the bundle asks for a process';
    if (site.capabilities.qemu === null) return 'no QEMU binary';
    // Recorded in the capsule (the placement's rejected sites): no path of this machine.
    if (kernel === null) return `no readable guest kernel (${portableGuestKernelHint()})`;
    // auto takes a VM only when it is cheap (KVM); TCG emulation is for bundles that ask for a VM.
    if (intent === 'auto' && !site.capabilities.kvm) {
      return 'auto prefers the process executor when KVM is not usable (TCG is slow)';
    }
    return null;
  },
  // A KVM-capable site first, then any QEMU site (both before a process site).
  rank: (site) => (site.capabilities.kvm ? 0 : 1),
  place(site, { intent, kernel, initrd, probed }) {
    const warnings: string[] = [];
    if (!site.capabilities.kvm) {
      const why = probed ? ` (${localKvmReason()})` : '';
      warnings.push(`KVM is not usable on ${site.name}${why}: falling back to TCG software emulation (much slower)`);
    }
    const machine = intent === 'microvm' || kernel!.includes('cloud') ? 'microvm' as const : 'pc' as const;
    const qemu = { binary: site.capabilities.qemu!, kernel: kernel!, ...(initrd ? { initrd } : {}), machine };
    return { accel: site.capabilities.kvm ? 'kvm' : 'tcg', qemu, warnings };
  },
};
