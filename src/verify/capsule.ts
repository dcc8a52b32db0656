import type { VerificationReport } from './report.js';
import { runSteps, type Step } from './steps.js';
import { DEFAULT_LIMITS, type CapsuleContext, type VerifyContextOptions } from './checks/context.js';
import { checkArchiveCanonicalForm, checkArchivePathsSafe, checkArchiveStructure, checkCapsuleExists, checkZipReadable } from './checks/archive.js';
import { checkCapsuleEntriesValid, checkCapsuleManifestPresent, checkCapsuleManifestSchema, checkEntryHashes, checkEntryInventory } from './checks/inventory.js';
import { checkProofPackManifest, checkRunManifestSnapshot } from './checks/contents.js';
import { checkSignatureCryptographic, checkSignatureKey, checkSignaturePresent, checkSignatureSchema, checkSignatureSubject } from './checks/signature.js';
import {
  checkTrustPolicyAllowsIssuer, checkTrustPolicyAllowsPublicKey, checkTrustPolicyAllowsSigner, checkTrustPolicyAllowsSubject,
  checkTrustPolicyEvidenceClass, checkTrustPolicyHasAnchor, checkTrustPolicyHasKeyAnchor, checkTrustPolicyLoaded,
} from './checks/trust.js';
import { checkAgentplaneArtifacts, checkEventChain, checkOutputsMatch, checkProvenance } from './checks/evidence.js';

/** docs/verification.md's order and AGILAB's ids, with ours placed where their inputs are established. */
export const CAPSULE_STEPS: Step<CapsuleContext>[] = [
  { id: 'capsule_exists', needs: [], run: checkCapsuleExists },
  { id: 'zip_readable', needs: ['capsule_exists'], run: checkZipReadable },
  { id: 'archive_structure_strict', needs: ['capsule_exists'], run: checkArchiveStructure },
  { id: 'archive_canonical_form', needs: ['archive_structure_strict'], run: checkArchiveCanonicalForm },
  { id: 'archive_paths_safe', needs: ['zip_readable', 'archive_structure_strict'], run: checkArchivePathsSafe },
  { id: 'capsule_manifest_present', needs: ['archive_paths_safe', 'archive_canonical_form'], run: checkCapsuleManifestPresent },
  { id: 'capsule_manifest_schema_supported', needs: ['capsule_manifest_present'], run: checkCapsuleManifestSchema },
  { id: 'capsule_entries_valid', needs: ['capsule_manifest_schema_supported'], run: checkCapsuleEntriesValid },
  { id: 'capsule_entry_inventory_matches', needs: ['capsule_entries_valid'], run: checkEntryInventory },
  { id: 'capsule_entry_hashes_match', needs: ['capsule_entry_inventory_matches'], run: checkEntryHashes },
  { id: 'run_manifest_snapshot_valid', needs: ['capsule_entry_hashes_match'], run: checkRunManifestSnapshot },
  { id: 'proof_pack_manifest_valid', needs: ['capsule_entry_hashes_match'], run: checkProofPackManifest },
  { id: 'capsule_signature_present', needs: ['capsule_exists'], run: checkSignaturePresent },
  { id: 'capsule_signature_schema_supported', needs: ['capsule_signature_present'], run: checkSignatureSchema },
  { id: 'capsule_signature_subject_matches', needs: ['capsule_signature_schema_supported'], run: checkSignatureSubject },
  { id: 'capsule_signature_key_supported', needs: ['capsule_signature_schema_supported'], run: checkSignatureKey },
  { id: 'capsule_signature_cryptographic_valid', needs: ['capsule_signature_key_supported'], run: checkSignatureCryptographic },
  { id: 'capsule_trust_policy_loaded', needs: [], run: checkTrustPolicyLoaded },
  { id: 'capsule_trust_policy_has_anchor', needs: ['capsule_trust_policy_loaded'], run: checkTrustPolicyHasAnchor },
  { id: 'capsule_trust_policy_has_key_anchor', needs: ['capsule_trust_policy_loaded'], run: checkTrustPolicyHasKeyAnchor },
  { id: 'capsule_trust_policy_allows_public_key', needs: ['capsule_trust_policy_has_anchor', 'capsule_signature_cryptographic_valid'], run: checkTrustPolicyAllowsPublicKey },
  { id: 'capsule_trust_policy_allows_signer', needs: ['capsule_trust_policy_has_anchor', 'capsule_signature_cryptographic_valid'], run: checkTrustPolicyAllowsSigner },
  { id: 'capsule_trust_policy_allows_issuer', needs: ['capsule_trust_policy_has_anchor', 'capsule_signature_cryptographic_valid'], run: checkTrustPolicyAllowsIssuer },
  { id: 'capsule_trust_policy_allows_subject', needs: ['capsule_trust_policy_has_anchor', 'capsule_signature_cryptographic_valid'], run: checkTrustPolicyAllowsSubject },
  { id: 'event_chain_valid', needs: ['run_manifest_snapshot_valid'], run: checkEventChain },
  { id: 'capsule_trust_policy_allows_evidence_class', needs: ['capsule_trust_policy_loaded'], run: checkTrustPolicyEvidenceClass },
  { id: 'provenance_valid', needs: ['capsule_entry_hashes_match'], run: checkProvenance },
  { id: 'agentplane_artifacts_valid', needs: ['capsule_entry_hashes_match'], run: checkAgentplaneArtifacts },
  { id: 'outputs_match_recorded_hashes', needs: ['run_manifest_snapshot_valid'], run: checkOutputsMatch },
];

/** `capsule verify X.agipack`: every named check of docs/verification.md, in order. Never throws for a bad capsule. */
export async function verifyCapsule(path: string, options: VerifyContextOptions = {}): Promise<VerificationReport> {
  const ctx: CapsuleContext = { path, options, limits: { ...DEFAULT_LIMITS, ...options.limits }, warnings: [] };
  const checks = await runSteps(CAPSULE_STEPS, ctx);
  return {
    schema: 'agilab.proof_capsule_verification.v1',
    status: checks.every((c) => c.status === 'pass') ? 'pass' : 'fail',
    capsule: { path, sha256: ctx.capsuleSha256 ?? null, size_bytes: ctx.capsuleSize ?? null },
    strict: options.strict ?? false,
    checks,
    warnings: ctx.warnings,
    evidence_class: ctx.evidenceClass ?? null,
  };
}
