import type { ValidatedBundle } from '../bundle/types.js';
import { BUNDLE_CHECKS, type BundleIssue } from '../bundle/issues.js';
import { formatIssue } from '../bundle/validate.js';
import { agentplaneLane, bundleRef, governanceContext } from './common.js';

export interface ValidationArtifactInput {
  capturedAt: string;
  bundlePath: string;
  /** Present when the bundle validated. */
  bundle?: ValidatedBundle;
  /** The issues of a bundle that did not validate (CapsuleError details). */
  issues?: BundleIssue[];
}

/** agentplane ValidationArtifact: one check per named bundle check, failed when any issue belongs to it. */
export function buildValidationArtifact(input: ValidationArtifactInput): Record<string, unknown> {
  const issues = input.issues ?? [];
  const vb = input.bundle;
  const checks = BUNDLE_CHECKS.map((name) => {
    const mine = issues.filter((i) => i.check === name);
    return { name, status: mine.length > 0 ? 'fail' : 'pass', message: mine.length > 0 ? mine.map(formatIssue).join('\n') : null };
  });
  const meta = vb?.bundle.metadata;
  return {
    kind: 'ValidationArtifact',
    bundle: vb ? bundleRef(vb) : input.bundlePath,
    bundlePath: input.bundlePath,
    capturedAt: input.capturedAt,
    valid: vb !== undefined && issues.length === 0,
    lane: vb ? agentplaneLane(vb.bundle.spec.policy.lane) : null,
    governanceContext: (vb && governanceContext(vb)) ?? null,
    checks,
    bundleMetadata: { name: meta?.name ?? null, version: meta?.version ?? null, createdAt: meta?.createdAt ?? null },
  };
}
