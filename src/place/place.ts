import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CapsuleError } from '../errors.js';
import type { BackendIntent, ValidatedBundle } from '../bundle/types.js';
import type { Candidate, ExecutorChoice, Placement } from '../execute/placement.js';
import { executorFor, executors } from '../execute/registry.js';
import { readInventory } from './inventory.js';

export interface PlaceOptions {
  inventoryPath?: string;
  executorOverride?: ExecutorChoice;
  /** Decision time (ISO); defaults to now. */
  now?: string;
}

/** The local machine's sites: each executor probes its own, told what the bundle asks for. */
async function localCandidates(intent: BackendIntent): Promise<Candidate[]> {
  return (await Promise.all(executors().map((e) => e.probe(intent)))).flat();
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
  const candidates = inventory ? inventory.candidates : await localCandidates(intent);
  const ref = spec.executor.ref;
  if (ref !== undefined && !candidates.some((c) => c.name === ref)) {
    throw new CapsuleError('placement_impossible', `${vb.path}: executor.ref ${JSON.stringify(ref)} names no executor in ${inventory ? inventory.path : 'the probed local machine'} (have: ${candidates.map((c) => c.name).join(', ')})`, { file: vb.path, pointer: '/spec/executor/ref' });
  }
  const bundleKernel = spec.executor.vm?.kernel ? resolve(vb.dir, spec.executor.vm.kernel) : undefined;
  const kernelFor = (c: Candidate) => (bundleKernel !== undefined ? (existsSync(bundleKernel) ? bundleKernel : null) : (c.capabilities.kernels[0] ?? null));

  const fits = (c: Candidate) => executorFor(c.executor).fits(c, { intent, kernel: kernelFor(c) });
  const verdicts = candidates.map((c) => ({ c, why: ref !== undefined && c.name !== ref ? `bundle executor.ref names ${ref}` : fits(c) }));
  // Among fitting sites, each executor ranks its own (inventory order within a rank).
  const score = (c: Candidate) => executorFor(c.executor).rank(c);
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
  const initrd = spec.executor.vm?.initrd ? resolve(vb.dir, spec.executor.vm.initrd) : undefined;
  const site = executorFor(chosen.executor).place(chosen, { intent, kernel: kernelFor(chosen), initrd, probed: !inventory });
  const placement: Placement = {
    site: chosen.name, executor: chosen.executor, intent, accel: site.accel, rejected, warnings: site.warnings,
    inventory: source, decidedAt: options.now ?? new Date().toISOString(),
  };
  if (site.qemu) placement.qemu = site.qemu;
  return placement;
}
