import type { ValidatedBundle } from '../bundle/types.js';
import type { PromotionDecision } from '../promotion/types.js';
import { bundleRef } from './common.js';

/** agentplane PromotionArtifact; a manual-review decision points at the review session. */
export function buildPromotionArtifact(vb: ValidatedBundle, decision: PromotionDecision, promotedObjectRef: string): Record<string, unknown> {
  return {
    kind: 'PromotionArtifact',
    bundle: bundleRef(vb),
    capturedAt: decision.created_at,
    promotionReceiptRef: `urn:srcos:receipt:promotion:${decision.run_id}`,
    promotedObjectRef,
    reviewSessionRef: decision.decision === 'manual-review' ? `urn:srcos:session:${decision.run_id}` : null,
  };
}
