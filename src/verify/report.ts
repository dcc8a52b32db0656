/** `agilab.proof_capsule_verification.v1`: one entry per named check, in docs/verification.md's order. */
export interface Check {
  id: string;
  status: 'pass' | 'fail';
  summary: string;
  details: Record<string, unknown>;
}

export interface VerificationReport {
  schema: 'agilab.proof_capsule_verification.v1';
  status: 'pass' | 'fail';
  capsule: { path: string; sha256: string | null; size_bytes: number | null };
  strict: boolean;
  checks: Check[];
  warnings: string[];
  /** The event chain's class when the capsule has one (AUTHORITATIVE_EVIDENCE, ...). */
  evidence_class: string | null;
}

export interface VerifyOptions {
  signaturePath?: string;
  trustPolicyPath?: string;
  requireSignature?: boolean;
  strict?: boolean;
}
