import type { Lane, ValidatedBundle } from '../bundle/types.js';
import type { Placement } from '../execute/placement.js';

export type AgentplaneIntent = 'qemu' | 'microvm' | 'lima-process';

/** Where the pipeline writes each artifact, relative to the run folder. */
export const AGENTPLANE_FILES = {
  validation: 'agentplane/validation-artifact.json',
  placementDecision: 'agentplane/placement-decision.json',
  placementReceipt: 'agentplane/placement-receipt.json',
  run: 'agentplane/run-artifact.json',
  replay: 'agentplane/replay-artifact.json',
  promotion: 'agentplane/promotion-artifact.json',
  session: 'agentplane/session-artifact.json',
} as const;

/** agentplane names a bundle `name@version`. */
export function bundleRef(vb: ValidatedBundle): string {
  return `${vb.bundle.metadata.name}@${vb.bundle.metadata.version}`;
}

/** What actually ran, in agentplane's vocabulary (it has no "auto"). */
export function agentplaneIntent(p: Placement): AgentplaneIntent {
  if (p.executor === 'process') return 'lima-process';
  return p.intent === 'microvm' || p.qemu?.machine === 'microvm' ? 'microvm' : 'qemu';
}

/** agentplane has no dev lane; dev runs are reported as staging (our own lane is kept in x-proofcapsule). */
export function agentplaneLane(lane: Lane): 'staging' | 'prod' {
  return lane === 'prod' ? 'prod' : 'staging';
}

export function governanceContext(vb: ValidatedBundle): Record<string, unknown> | undefined {
  const g = vb.bundle['x-agentplane']?.governanceContext;
  return g !== null && typeof g === 'object' ? (g as Record<string, unknown>) : undefined;
}
