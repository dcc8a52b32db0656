import type { RunRecord } from '../record/types.js';
import type { VerificationReport } from '../verify/report.js';
import { resolveRunManifestPath, verifyRunFolder } from '../verify/run-folder.js';
import { trustedKeysIn } from '../trust/policy.js';
import type { VerificationStatus } from './evaluate.js';
import { loadRunRecord } from '../record/load.js';

/** A run as the promotion verbs see it: its record, and what verifying its folder found. */
export interface AssessedRun {
  record: RunRecord;
  verification: VerificationReport;
  verificationStatus: VerificationStatus;
  /** The class the chain verifier found (not the one the manifest claims); undefined without a chain. */
  evidenceClass?: string;
}

export interface AssessOptions {
  /** Trust policy whose public-key anchors may seal the event chain; without one no seal is trusted (NON_AUTHORITATIVE). */
  trustPolicyPath?: string;
}

/**
 * Reads the manifest (a path, or a folder holding run_manifest.json or the snapshot) and
 * verifies its folder as `capsule verify` does, so a decision never rests on what the
 * manifest merely claims about its outputs or its chain.
 */
export async function assessRun(target: string, options: AssessOptions = {}): Promise<AssessedRun> {
  const manifestPath = resolveRunManifestPath(target);
  const record = await loadRunRecord(manifestPath);
  const verification = await verifyRunFolder(manifestPath, { trustedPublicKeySha256: trustedKeysIn(options.trustPolicyPath) });
  const chained = record.manifest.proof_capsule !== undefined;
  return {
    record,
    verification,
    verificationStatus: verification.status === 'pass' ? 'pass' : 'fail',
    // A capsule run whose chain could not be classified counts as non-authoritative, never as the claimed class.
    evidenceClass: chained ? (verification.evidence_class ?? 'NON_AUTHORITATIVE_EVIDENCE') : undefined,
  };
}
