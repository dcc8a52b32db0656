import type { Check, Origin, VerificationReport } from './report.js';
import { runSteps, type Step } from './steps.js';
import { DEFAULT_LIMITS, type CapsuleFacts, type CheckContext, type Outcome, type VerifyContextOptions } from './checks/context.js';
import { checkArchiveCanonicalForm, checkArchivePathsSafe, checkArchiveStructure, checkCapsuleExists, checkZipReadable } from './checks/archive.js';
import type { OpenedCapsule } from '../zip/opened.js';

type LaterChecks = typeof import('./checks/later.js');
let laterChecks: Promise<LaterChecks> | null = null;

/**
 * The code of every check after the archive's own, loaded once. The CLI's entry starts loading it
 * for a verify before the CLI itself has loaded, so it compiles while the hash worker boots; any
 * other caller's capsule_exists starts it when the pass starts. The pass never waits for it.
 */
export function loadLaterChecks(): Promise<LaterChecks> {
  laterChecks ??= import('./checks/later.js');
  return laterChecks;
}

/** A check whose code is in ./checks/later.js: the step waits for it (loading it, should it have to). */
function later(name: keyof LaterChecks): (ctx: CheckContext) => Promise<Outcome> {
  return async (ctx) => (await loadLaterChecks())[name](ctx);
}

/** Every capsule check id, in the order the checks run (AGILAB's ids kept, ours placed where their inputs are established). */
export const CAPSULE_CHECK_IDS = [
  'capsule_exists', 'zip_readable', 'archive_structure_strict', 'archive_canonical_form', 'archive_paths_safe',
  'capsule_manifest_present', 'capsule_manifest_schema_supported', 'capsule_entries_valid', 'capsule_entry_inventory_matches',
  'capsule_entry_hashes_match', 'run_manifest_snapshot_valid', 'proof_pack_manifest_valid',
  'capsule_signature_present', 'capsule_signature_schema_supported', 'capsule_signature_subject_matches', 'capsule_signature_key_supported',
  'capsule_signature_key_canonical', 'capsule_signature_cryptographic_valid',
  'capsule_trust_policy_loaded', 'capsule_trust_policy_has_anchor', 'capsule_trust_policy_has_key_anchor',
  'capsule_trust_policy_allows_public_key', 'capsule_trust_policy_allows_signer', 'capsule_trust_policy_allows_issuer', 'capsule_trust_policy_allows_subject',
  'capsule_public_key_loaded', 'capsule_public_key_allows', 'capsule_origin_verified',
  'event_chain_valid', 'capsule_trust_policy_allows_evidence_class', 'provenance_valid', 'agentplane_artifacts_valid', 'outputs_match_recorded_hashes',
] as const;

export type CapsuleCheckId = (typeof CAPSULE_CHECK_IDS)[number];

/** Which check establishes each fact: a check reads a fact only if it declares that check. */
export const CAPSULE_FACT_PRODUCERS: { readonly [K in keyof CapsuleFacts]-?: CapsuleCheckId } = {
  capsule: 'capsule_exists',
  entries: 'archive_paths_safe',
  manifest: 'capsule_manifest_schema_supported',
  snapshot: 'run_manifest_snapshot_valid',
  packIndex: 'proof_pack_manifest_valid',
  signatureText: 'capsule_signature_present',
  signature: 'capsule_signature_schema_supported',
  signingKey: 'capsule_signature_key_supported',
  policy: 'capsule_trust_policy_loaded',
  anchorKeys: 'capsule_public_key_loaded',
  origin: 'capsule_origin_verified',
  chain: 'event_chain_valid',
};

const TRUST_ANCHORS: CapsuleCheckId[] = [
  'capsule_trust_policy_loaded', 'capsule_trust_policy_allows_public_key', 'capsule_trust_policy_allows_signer', 'capsule_trust_policy_allows_issuer',
  'capsule_trust_policy_allows_subject', 'capsule_public_key_loaded', 'capsule_public_key_allows',
];
const ORIGIN: CapsuleCheckId[] = ['capsule_trust_policy_loaded', 'capsule_public_key_loaded', 'capsule_origin_verified'];
const SIGNED: CapsuleCheckId[] = ['capsule_trust_policy_has_anchor', 'capsule_signature_cryptographic_valid'];

export const CAPSULE_STEPS: Step<CapsuleCheckId, CheckContext>[] = [
  { id: 'capsule_exists', needs: [], run: (ctx) => checkCapsuleExists(ctx, () => void loadLaterChecks().catch(() => undefined)) },
  { id: 'zip_readable', needs: ['capsule_exists'], run: checkZipReadable },
  { id: 'archive_structure_strict', needs: ['capsule_exists'], run: checkArchiveStructure },
  { id: 'archive_canonical_form', needs: ['archive_structure_strict'], run: checkArchiveCanonicalForm },
  { id: 'archive_paths_safe', needs: ['zip_readable', 'archive_structure_strict'], run: checkArchivePathsSafe },
  { id: 'capsule_manifest_present', needs: ['archive_paths_safe', 'archive_canonical_form'], run: later('checkCapsuleManifestPresent') },
  { id: 'capsule_manifest_schema_supported', needs: ['capsule_manifest_present'], run: later('checkCapsuleManifestSchema') },
  { id: 'capsule_entries_valid', needs: ['capsule_manifest_schema_supported'], run: later('checkCapsuleEntriesValid') },
  { id: 'capsule_entry_inventory_matches', needs: ['capsule_entries_valid'], run: later('checkEntryInventory') },
  { id: 'capsule_entry_hashes_match', needs: ['capsule_entry_inventory_matches'], run: later('checkEntryHashes') },
  { id: 'run_manifest_snapshot_valid', needs: ['capsule_entry_hashes_match'], run: later('checkRunManifestSnapshot') },
  { id: 'proof_pack_manifest_valid', needs: ['capsule_entry_hashes_match'], run: later('checkProofPackManifest') },
  { id: 'capsule_signature_present', needs: ['capsule_exists'], run: later('checkSignaturePresent') },
  { id: 'capsule_signature_schema_supported', needs: ['capsule_signature_present'], run: later('checkSignatureSchema') },
  { id: 'capsule_signature_subject_matches', needs: ['capsule_signature_schema_supported'], run: later('checkSignatureSubject') },
  { id: 'capsule_signature_key_supported', needs: ['capsule_signature_schema_supported'], run: later('checkSignatureKey') },
  { id: 'capsule_signature_key_canonical', needs: ['capsule_signature_key_supported'], run: later('checkSignatureKeyCanonical') },
  { id: 'capsule_signature_cryptographic_valid', needs: ['capsule_signature_key_canonical'], run: later('checkSignatureCryptographic') },
  { id: 'capsule_trust_policy_loaded', needs: [], run: later('checkTrustPolicyLoaded') },
  { id: 'capsule_trust_policy_has_anchor', needs: ['capsule_trust_policy_loaded'], run: later('checkTrustPolicyHasAnchor') },
  { id: 'capsule_trust_policy_has_key_anchor', needs: ['capsule_trust_policy_loaded'], run: later('checkTrustPolicyHasKeyAnchor') },
  { id: 'capsule_trust_policy_allows_public_key', needs: SIGNED, run: later('checkTrustPolicyAllowsPublicKey') },
  { id: 'capsule_trust_policy_allows_signer', needs: SIGNED, run: later('checkTrustPolicyAllowsSigner') },
  { id: 'capsule_trust_policy_allows_issuer', needs: SIGNED, run: later('checkTrustPolicyAllowsIssuer') },
  { id: 'capsule_trust_policy_allows_subject', needs: SIGNED, run: later('checkTrustPolicyAllowsSubject') },
  { id: 'capsule_public_key_loaded', needs: [], run: later('checkPublicKeyLoaded') },
  { id: 'capsule_public_key_allows', needs: ['capsule_public_key_loaded', 'capsule_signature_cryptographic_valid'], run: later('checkPublicKeyAllows') },
  { id: 'capsule_origin_verified', needs: ['capsule_signature_cryptographic_valid'], uses: TRUST_ANCHORS, run: later('checkOriginVerified') },
  { id: 'event_chain_valid', needs: ['run_manifest_snapshot_valid'], uses: [...ORIGIN, 'proof_pack_manifest_valid'], run: later('checkEventChain') },
  { id: 'capsule_trust_policy_allows_evidence_class', needs: ['capsule_trust_policy_loaded'], uses: ['event_chain_valid'], run: later('checkTrustPolicyEvidenceClass') },
  { id: 'provenance_valid', needs: ['capsule_entry_hashes_match'], uses: ORIGIN, run: later('checkProvenance') },
  { id: 'agentplane_artifacts_valid', needs: ['capsule_entry_hashes_match'], run: later('checkAgentplaneArtifacts') },
  { id: 'outputs_match_recorded_hashes', needs: ['run_manifest_snapshot_valid', 'proof_pack_manifest_valid'], run: later('checkOutputsMatch') },
];

/** A verified (or failed) capsule still open: its report, and its bytes as the pass read them, for replay and view. */
export interface VerifiedCapsule {
  report: VerificationReport;
  /** Null when the file could not be opened. */
  capsule: OpenedCapsule | null;
  close(): void;
}

/**
 * Opens the capsule once, reads it once, and runs every named check on those bytes. The
 * caller uses `capsule` for anything further (unpack, render) and closes it. Never throws
 * for a bad capsule.
 */
export async function openVerifiedCapsule(path: string, options: VerifyContextOptions = {}): Promise<VerifiedCapsule> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const result = await runSteps<CapsuleCheckId, CapsuleFacts, CheckContext>(CAPSULE_STEPS, CAPSULE_FACT_PRODUCERS, (facts, warnings): CheckContext => ({ ...facts, path, options, limits, warnings }));
  const capsule = result.fact('capsule') ?? null;
  const status = result.checks.every((c) => c.status === 'pass') ? 'pass' : 'fail';
  const origin = originOf(result.fact('origin')?.identity ?? null, options, result.checks);
  const chainClass = result.fact('chain')?.classification ?? null;
  // Never more than the checks prove: no verified origin, or any failure, caps the class.
  const evidenceClass = chainClass === null ? null : status === 'pass' && origin.verified ? chainClass : 'NON_AUTHORITATIVE_EVIDENCE';
  const warnings = origin.verified ? result.warnings : [...result.warnings, origin.summary];
  const report: VerificationReport = {
    schema: 'agilab.proof_capsule_verification.v1',
    status,
    capsule: { path, sha256: capsule?.scan.sha256 ?? null, size_bytes: capsule?.file.size ?? null },
    strict: options.strict ?? false,
    checks: result.checks,
    warnings,
    evidence_class: evidenceClass,
    origin,
  };
  return { report, capsule, close: () => capsule?.close() };
}

/** `capsule verify X.agipack`: every named check, on one read of the file. */
export async function verifyCapsule(path: string, options: VerifyContextOptions = {}): Promise<VerificationReport> {
  const verified = await openVerifiedCapsule(path, options);
  verified.close();
  return verified.report;
}

function originOf(identity: string | null, options: VerifyContextOptions, checks: Check[]): Origin {
  if (identity !== null) return { verified: true, public_key_sha256: identity, summary: `origin verified: signed by key ${identity}, admitted by the trust anchor given` };
  const status = (id: CapsuleCheckId) => checks.find((c) => c.id === id)?.status;
  const anchored = options.trustPolicyPath !== undefined || (options.publicKeyPaths?.length ?? 0) > 0;
  let why: string;
  if (status('capsule_signature_present') !== 'pass') why = 'the capsule is not signed';
  else if (status('capsule_signature_cryptographic_valid') !== 'pass') why = 'its signature does not verify';
  else if (!anchored) why = 'no trust anchor was given (--trust-policy or --public-key)';
  else if (status('capsule_origin_verified') === undefined) why = 'the trust policy anchors no public key or subject hash';
  else why = 'no trust anchor given admits its key';
  return { verified: false, public_key_sha256: null, summary: `origin not verified: ${why}; this verifies integrity only` };
}
