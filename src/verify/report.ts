/** `agilab.proof_capsule_verification.v1`: one entry per named check, in order. */
export interface Check {
  id: string;
  status: 'pass' | 'fail';
  summary: string;
  details: Record<string, unknown>;
}

export interface VerificationReport {
  schema: 'agilab.proof_capsule_verification.v1';
  status: 'pass' | 'fail';
  /** The bytes that were verified: their sha256 and size as the one pass read them. */
  capsule: { path: string; sha256: string | null; size_bytes: number | null };
  strict: boolean;
  checks: Check[];
  warnings: string[];
  /** The event chain's class when the capsule has one; never above NON_AUTHORITATIVE unless origin is verified and every check passed. */
  evidence_class: string | null;
  /** Whether a signature verified under a trust anchor: without that, a pass proves integrity only. */
  origin: Origin;
}

export interface Origin {
  verified: boolean;
  /** The signer's key identity, when verified. */
  public_key_sha256: string | null;
  summary: string;
}

export interface VerifyOptions {
  signaturePath?: string;
  trustPolicyPath?: string;
  /** Ed25519 SPKI PEM files whose keys are trust anchors, as a policy's allowed_public_key_sha256 would be. */
  publicKeyPaths?: string[];
  /** Origin must be proven: a signature that verifies under a trust anchor. */
  requireSignature?: boolean;
  strict?: boolean;
}
