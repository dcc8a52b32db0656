import { arch, platform } from 'node:os';
import type { ExecutorPlacing } from './types.js';

/** The process executor serves a process, or auto; it never boots a VM. */
export const processPlacing: ExecutorPlacing = {
  async probe() {
    const capabilities = { os: platform(), arch: arch(), kvm: false, qemu: null, kernels: [], labels: [] };
    return [{ name: 'local-process', executor: 'process', capabilities }];
  },
  fits(_site, { intent }) {
    if (intent === 'qemu' || intent === 'microvm') return `process executor; the bundle asks for a ${intent} VM`;
    return null;
  },
  rank: () => 2,
  place: () => ({ accel: null, warnings: [] }),
};
