/** `agilab.promotion_decision.v1` (docs/policy.md). */
export type DecisionKind = 'promote' | 'block' | 'manual-review';

export interface PromotionDecision {
  schema: 'agilab.promotion_decision.v1';
  decision: DecisionKind;
  reason: string;
  status: string;
  run_id: string;
  path_id: string;
  label: string;
  manifest_status: string;
  policy_status: string;
  verification_status: string;
  blockers: string[];
  next_action: string;
  created_at: string;
}
