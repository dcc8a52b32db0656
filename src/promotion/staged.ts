import type { RunComparison } from '../manifest/run-diff.js';
import type { RunManifest } from '../manifest/types.js';
import { recordTime } from '../record/time.js';
import type { VerificationReport } from '../verify/report.js';
import { decidePromotion } from './decide.js';
import { evaluatePolicy, type PolicyReport } from './evaluate.js';
import type { PromotionPolicy } from './policy.js';
import type { PromotionDecision } from './types.js';

// A run decides promotion once, at its gate stage; the same decision then moves through the run.
// The stage it has reached is a type (the brand exists only at compile time), so a draft cannot
// be returned as the final decision, nor a final one packed.
declare const stage: unique symbol;
type Staged<S extends string> = PromotionDecision & { readonly [stage]: S };

/** Taken at the gate stage on the evidence as it will be once sealed with a trusted key; recorded in the chain. */
export type DraftDecision = Staged<'draft'>;
/** The draft, once the sealed chain and the run folder bear it out: what the capsule holds. */
export type PackedDecision = Staged<'packed'>;
/** What the run returns: the packed decision, or block when the capsule fails verification. */
export type FinalDecision = Staged<'final'>;

export interface Draft {
  decision: DraftDecision;
  /** The policy report the decision rests on; the pack writes it as it is. */
  policyReport: PolicyReport;
}

/**
 * The one decision of a run: `manifest` as the pipeline will write it, its evidence taken as
 * verified and authoritative (the pipeline seals the chain with its own key next), compared
 * with its verified baseline when it has one (for the policy's baseline gates).
 */
export function draftDecision(
  manifest: RunManifest,
  policy: PromotionPolicy,
  manifestPath: string,
  baseline?: RunComparison,
): Draft {
  const context = { evidenceClass: 'AUTHORITATIVE_EVIDENCE', verificationStatus: 'pass' as const, manifestPath };
  const policyReport = evaluatePolicy(manifest, policy, { ...context, baseline });
  const createdAt = recordTime(manifest, manifestPath);
  const decision = decidePromotion(manifest, policyReport, { ...context, createdAt });
  return { decision: decision as DraftDecision, policyReport };
}

/** The draft as packed: unchanged when the run folder verifies as the draft assumed, else block. */
export function packedDecision(draft: DraftDecision, folder: VerificationReport): PackedDecision {
  const borneOut = folder.status === 'pass' && folder.evidence_class === 'AUTHORITATIVE_EVIDENCE';
  return (borneOut ? draft : blockedBy(draft, folder)) as PromotionDecision as PackedDecision;
}

/** The packed decision, or block naming the checks the capsule failed. */
export function finalDecision(packed: PackedDecision, capsule: VerificationReport): FinalDecision {
  return (capsule.status === 'pass' ? packed : blockedBy(packed, capsule)) as PromotionDecision as FinalDecision;
}

function blockedBy(decision: PromotionDecision, report: VerificationReport): PromotionDecision {
  const failed = report.checks.filter((c) => c.status === 'fail').map((c) => c.id);
  const reason = failed.length > 0
    ? `the capsule failed verification: ${failed.join(', ')}`
    : `the evidence is ${report.evidence_class ?? 'unclassified'}, not AUTHORITATIVE_EVIDENCE`;
  const blockers = [...decision.blockers, ...failed];
  return { ...decision, decision: 'block', reason, verification_status: 'fail', blockers };
}
