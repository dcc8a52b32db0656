import type { BackendIntent } from '../bundle/types.js';

/** Every executor kind, spelled once: each has one executor in `registry.ts` (the type checks it). */
export const EXECUTOR_KINDS = ['process', 'qemu'] as const;
export type ExecutorKind = (typeof EXECUTOR_KINDS)[number];
/** What a user may ask for: a kind, or `auto` (placement decides). */
export type ExecutorChoice = 'auto' | ExecutorKind;
export const EXECUTOR_CHOICES: readonly ExecutorChoice[] = ['auto', ...EXECUTOR_KINDS];

/** What an executor site can do: from an inventory file or probed on this machine. */
export interface Capabilities {
  os: string;
  arch: string;
  kvm: boolean;
  qemu: string | null;
  kernels: string[];
  labels: string[];
}

export interface Candidate {
  name: string;
  executor: ExecutorKind;
  capabilities: Capabilities;
}

export interface Placement {
  site: string;
  executor: ExecutorKind;
  intent: BackendIntent;
  /** For qemu: kvm when proven usable, else tcg (with a warning recorded). */
  accel: 'kvm' | 'tcg' | null;
  qemu?: { binary: string; kernel: string; initrd?: string; machine: 'microvm' | 'pc' };
  rejected: { candidate: string; reason: string }[];
  warnings: string[];
  inventory: { source: 'probe' | 'file'; path?: string; sha256?: string };
  decidedAt: string;
}
