import type { VerifyOptions } from '../report.js';
import type { FactAccess } from '../steps.js';
import type { ArchiveLimits } from '../../zip/limits.js';
import type { OpenedCapsule, ScannedEntry } from '../../zip/opened.js';
import type { CapsuleManifest } from '../../prove/capsule-manifest.js';
import type { CapsuleSignature } from '../../sign/signature.js';
import type { TrustPolicy } from '../../trust/anchors.js';
import type { RunManifest } from '../../manifest/types.js';
import type { ChainReport } from '../../chain/report.js';
import type { ProofPackIndex } from '../../prove/pack-index.js';

export interface VerifyContextOptions extends VerifyOptions {
  limits?: Partial<ArchiveLimits>;
}

/** The signing key, as the key itself says (never as the document's text claims). */
export interface SigningKeyFact {
  raw: Buffer;
  /** sha256 of the key's canonical PEM: its identity. */
  identity: string;
}

/** Every fact a check establishes, named by the check that establishes it (CAPSULE_FACT_PRODUCERS). */
export interface CapsuleFacts {
  /** The file opened once, its layout and the one hashing pass over it. */
  capsule: OpenedCapsule;
  /** Entries by name, with their digests from the pass; names are known safe and unique. */
  entries: Map<string, ScannedEntry>;
  manifest: CapsuleManifest;
  snapshot: RunManifest;
  /** The root index agilab_proof_pack.json, as proof_pack_manifest_valid read it. */
  packIndex: ProofPackIndex;
  signatureText: string;
  signature: CapsuleSignature;
  signingKey: SigningKeyFact;
  policy: TrustPolicy;
  /** Identities of the `--public-key` anchors. */
  anchorKeys: string[];
  /** The signer's key, once a signature verified under every anchor given. */
  origin: SigningKeyFact;
  chain: ChainReport;
}

/** What every capsule check is handed: the command's options, its limits, and its declared facts. */
export interface CheckContext extends FactAccess<CapsuleFacts> {
  path: string;
  options: VerifyContextOptions;
  limits: ArchiveLimits;
  warnings: string[];
}

export { fail, pass, type Outcome } from '../steps.js';
export { DEFAULT_LIMITS, type ArchiveLimits } from '../../zip/limits.js';
