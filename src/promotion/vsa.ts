import type { GeneratedFile, RunRecord } from '../record/types.js';
import type { SigningKey } from '../keys/ed25519.js';
import type { PromotionDecision } from './types.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { PRODUCER_URI } from '../exports/identity.js';
import { envelopeFile, inTotoStatement, type Subject } from '../exports/statement.js';
import { recordInstant } from '../record/time.js';

export const VSA_PATH = 'promotion/promotion_decision.intoto.dsse.json';
export const SLSA_VSA_V1 = 'https://slsa.dev/verification_summary/v1';
/** The policy a promotion decision applies: AGILAB's promotion rules (docs/policy.md) and our gates. */
export const PROMOTION_POLICY_URI = 'https://proofcapsule.dev/policies/agilab.promotion_decision.v1';

/**
 * `promotion/promotion_decision.intoto.dsse.json`: the decision as an in-toto statement with the
 * SLSA Verification Summary v1 predicate. Only `promote` is PASSED (manual-review is not a pass);
 * a pass claims SLSA Build L1 (provenance exists and was checked), nothing higher, since the
 * builder is whatever machine ran `capsule` rather than a hardened build platform.
 */
export function buildVerificationSummaryStatement(decision: PromotionDecision, record: RunRecord, subjects: Subject[], key?: SigningKey): GeneratedFile[] {
  const passed = decision.decision === 'promote';
  const predicate = {
    verifier: { id: PRODUCER_URI, version: { [TOOL_NAME]: TOOL_VERSION } },
    timeVerified: recordInstant(record).iso,
    resourceUri: `urn:proofcapsule:run:${encodeURIComponent(record.manifest.run_id)}`,
    policy: { uri: PROMOTION_POLICY_URI },
    verificationResult: passed ? 'PASSED' : 'FAILED',
    verifiedLevels: passed ? ['SLSA_BUILD_LEVEL_1'] : ['FAILED'],
    slsaVersion: '1.0',
  };
  return [envelopeFile(VSA_PATH, inTotoStatement(subjects, SLSA_VSA_V1, predicate), key)];
}
