import type { ValidatedBundle } from '../bundle/types.js';
import type { Placement } from '../execute/placement.js';
import { recordedKernelPath } from '../execute/qemu/kernels.js';
import { canonicalBytes } from '../json/canonical.js';
import { sha256Hex } from '../hash/sha256.js';
import { agentplaneIntent, bundleRef } from './common.js';

/** agentplane PlacementDecision. KVM is never required: without it a VM runs on TCG (with a warning). */
export function buildPlacementDecision(placement: Placement): Record<string, unknown> {
  return {
    kind: 'PlacementDecision',
    capturedAt: placement.decidedAt,
    backendIntent: agentplaneIntent(placement),
    requiresKvm: false,
    chosenExecutor: placement.site,
    sshRef: placement.site,
    caps: {
      executor: placement.executor,
      accel: placement.accel,
      kvm: placement.accel === 'kvm',
      ...(placement.qemu ? { qemu: placement.qemu.binary, kernel: recordedKernelPath(placement.qemu.kernel), machine: placement.qemu.machine } : {}),
      warnings: placement.warnings,
    },
    rejected: placement.rejected.map((r) => ({ name: r.candidate, sshRef: null, reason: r.reason })),
  };
}

/** Our PlacementReceipt: the decision in agentplane's receipt shape, bound to the decision by its JCS hash. */
export function buildPlacementReceipt(vb: ValidatedBundle, placement: Placement): Record<string, unknown> {
  return {
    kind: 'PlacementReceipt',
    bundle: bundleRef(vb),
    createdAt: placement.decidedAt,
    decision: {
      chosenSite: placement.site,
      backend: placement.executor,
      accel: placement.accel,
      constraints: {
        backendIntent: placement.intent,
        lane: vb.bundle.spec.policy.lane,
        networkMode: vb.bundle.spec.executor.vm?.network ? 'user' : 'none',
      },
      rejectedSites: placement.rejected.map((r) => ({ site: r.candidate, reason: r.reason })),
      warnings: placement.warnings,
    },
    placementDecisionHash: `sha256:${sha256Hex(canonicalBytes(buildPlacementDecision(placement)))}`,
    inventory: placement.inventory,
    signedBy: null,
  };
}
