import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CapsuleError } from '../errors.js';
import type { BackendIntent, ValidatedBundle } from '../bundle/types.js';
import type { Candidate, Placement } from '../execute/placement.js';
import { readInventory } from './inventory.js';
import { guestKernelHint } from '../execute/qemu/kernels.js';
import { localKvmReason, probeLocal } from '../execute/qemu/probe.js';

export interface PlaceOptions {
  inventoryPath?: string;
  executorOverride?: 'auto' | 'process' | 'qemu';
  /** Decision time (ISO); defaults to now. */
  now?: string;
}

/** The local machine as two candidate sites: a process executor, and a qemu one. */
async function localCandidates(): Promise<Candidate[]> {
  const capabilities = await probeLocal();
  return [
    { name: 'local-qemu', executor: 'qemu', capabilities },
    { name: 'local-process', executor: 'process', capabilities },
  ];
}

/** Why a candidate cannot serve the intent, or null when it can. */
function unfit(c: Candidate, intent: BackendIntent, kernel: string | null): string | null {
  if (intent === 'process') return c.executor === 'process' ? null : `${c.executor} executor; the bundle asks for a process`;
  const vm = intent === 'qemu' || intent === 'microvm';
  if (c.executor === 'process') return vm ? `process executor; the bundle asks for a ${intent} VM` : null;
  if (c.capabilities.qemu === null) return 'no QEMU binary';
  if (kernel === null) return `no readable guest kernel (${guestKernelHint()})`;
  // auto takes a VM only when it is cheap (KVM); TCG emulation is for bundles that ask for a VM.
  if (intent === 'auto' && !c.capabilities.kvm) return 'auto prefers the process executor when KVM is not usable (TCG is slow)';
  return null;
}

/**
 * Picks the executor site for a bundle: honours backendIntent (or the override) and
 * executor.ref, records every rejected candidate with its reason, and falls back from KVM
 * to TCG with a warning. No fitting site is a CapsuleError before anything runs.
 */
export async function placeBundle(vb: ValidatedBundle, options: PlaceOptions = {}): Promise<Placement> {
  const spec = vb.bundle.spec;
  const intent: BackendIntent = options.executorOverride && options.executorOverride !== 'auto' ? options.executorOverride : spec.executor.backendIntent;
  const inventory = options.inventoryPath ? readInventory(options.inventoryPath) : undefined;
  const candidates = inventory ? inventory.candidates : await localCandidates();
  const ref = spec.executor.ref;
  if (ref !== undefined && !candidates.some((c) => c.name === ref)) {
    throw new CapsuleError('placement_impossible', `${vb.path}: executor.ref ${JSON.stringify(ref)} names no executor in ${inventory ? inventory.path : 'the probed local machine'} (have: ${candidates.map((c) => c.name).join(', ')})`, { file: vb.path, pointer: '/spec/executor/ref' });
  }
  const bundleKernel = spec.executor.vm?.kernel ? resolve(vb.dir, spec.executor.vm.kernel) : undefined;
  const kernelFor = (c: Candidate) => (bundleKernel !== undefined ? (existsSync(bundleKernel) ? bundleKernel : null) : (c.capabilities.kernels[0] ?? null));

  const verdicts = candidates.map((c) => ({ c, why: ref !== undefined && c.name !== ref ? `bundle executor.ref names ${ref}` : unfit(c, intent, kernelFor(c)) }));
  // Among fitting sites: a KVM-capable qemu first, then any qemu, then process (inventory order within each).
  const score = (c: Candidate) => (c.executor === 'qemu' ? (c.capabilities.kvm ? 0 : 1) : 2);
  const fitting = verdicts.filter((v) => v.why === null).sort((a, b) => score(a.c) - score(b.c));
  const chosen = fitting[0]?.c;
  const rejected = verdicts.filter((v) => v.c !== chosen).map((v) => ({ candidate: `${v.c.name} (${v.c.executor})`, reason: v.why ?? `fits, but ${chosen!.name} (${chosen!.executor}) ranks first` }));
  const source = inventory ? { source: 'file' as const, path: inventory.path, sha256: inventory.sha256 } : { source: 'probe' as const };
  if (!chosen) {
    throw new CapsuleError(
      'placement_impossible',
      `${vb.path}: no executor can serve backendIntent ${intent}:\n${rejected.map((r) => `  ${r.candidate}: ${r.reason}`).join('\n')}`,
      { file: vb.path, pointer: '/spec/executor' },
      { rejected, intent },
    );
  }
  const warnings: string[] = [];
  const placement: Placement = { site: chosen.name, executor: chosen.executor, intent, accel: null, rejected, warnings, inventory: source, decidedAt: options.now ?? new Date().toISOString() };
  if (chosen.executor === 'qemu') {
    placement.accel = chosen.capabilities.kvm ? 'kvm' : 'tcg';
    if (!chosen.capabilities.kvm) warnings.push(`KVM is not usable on ${chosen.name}${inventory ? '' : ` (${localKvmReason()})`}: falling back to TCG software emulation (much slower)`);
    placement.qemu = {
      binary: chosen.capabilities.qemu!,
      kernel: kernelFor(chosen)!,
      ...(spec.executor.vm?.initrd ? { initrd: resolve(vb.dir, spec.executor.vm.initrd) } : {}),
      machine: intent === 'microvm' || kernelFor(chosen)!.includes('cloud') ? 'microvm' : 'pc',
    };
  }
  return placement;
}
