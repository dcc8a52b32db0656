import type { DecisionKind } from '../promotion/types.js';
import type { FailOn } from './inputs.js';

/**
 * Whether a decision turns the check red. `block` always does unless fail-on is `never`;
 * `manual-review` does only when the workflow asked for it (fail-on: manual-review).
 */
export function decisionFailsCheck(decision: DecisionKind, failOn: FailOn): boolean {
  if (failOn === 'never' || decision === 'promote') return false;
  if (decision === 'block') return true;
  return failOn === 'manual-review';
}
