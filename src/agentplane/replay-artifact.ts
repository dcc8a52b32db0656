import type { ValidatedBundle } from '../bundle/types.js';
import type { Placement } from '../execute/placement.js';
import { agentplaneIntent, bundleRef, governanceContext } from './common.js';

export interface ReplayArtifactInput {
  capturedAt: string;
  /** The bundle file as recorded in the run folder (e.g. bundle/bundle.json). */
  bundlePath: string;
  /** Where the run's artifacts are, relative to the run folder. */
  artifactDir: string;
}

/** agentplane ReplayArtifact: what a re-run needs (bundle, revision, executor, policy pack, secret names). */
export function buildReplayArtifact(vb: ValidatedBundle, placement: Placement, input: ReplayArtifactInput): Record<string, unknown> {
  const policy = (vb.bundle['x-agentplane']?.policy ?? {}) as Record<string, unknown>;
  const g = governanceContext(vb);
  return {
    kind: 'ReplayArtifact',
    bundle: bundleRef(vb),
    capturedAt: input.capturedAt,
    executor: placement.site,
    backendIntent: agentplaneIntent(placement),
    inputs: {
      bundlePath: input.bundlePath,
      bundleRev: vb.bundle.metadata.source?.git?.rev ?? null,
      artifactDir: input.artifactDir,
      policyPackRef: typeof policy.policyPackRef === 'string' ? policy.policyPackRef : null,
      policyPackHash: typeof policy.policyPackHash === 'string' ? policy.policyPackHash : null,
      secretsRequired: vb.bundle.spec.secrets?.required ?? [],
      ...(g ? { governanceContext: g } : {}),
    },
  };
}
