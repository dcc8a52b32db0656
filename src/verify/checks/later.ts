// The checks that read what the pass established: their code (with the validators, the chain
// verifier and the key code they use) is loaded while the pass reads the file (src/verify/capsule.ts).
export {
  checkCapsuleEntriesValid, checkCapsuleManifestPresent, checkCapsuleManifestSchema, checkEntryHashes,
  checkEntryInventory,
} from './inventory.js';
export { checkProofPackManifest, checkRunManifestSnapshot } from './contents.js';
export {
  checkSignatureCryptographic, checkSignatureKey, checkSignatureKeyCanonical, checkSignaturePresent,
  checkSignatureSchema, checkSignatureSubject,
} from './signature.js';
export {
  checkOriginVerified, checkPublicKeyAllows, checkPublicKeyLoaded,
  checkTrustPolicyAllowsIssuer, checkTrustPolicyAllowsPublicKey, checkTrustPolicyAllowsSigner,
  checkTrustPolicyAllowsSubject, checkTrustPolicyEvidenceClass, checkTrustPolicyHasAnchor, checkTrustPolicyHasKeyAnchor,
  checkTrustPolicyLoaded,
} from './trust.js';
export { checkAgentplaneArtifacts, checkEventChain, checkProvenance } from './evidence.js';
export { checkOutputsMatch } from './outputs.js';
