import { basename } from 'node:path';
import { stableJson } from '../json/write.js';
import type { SigningKey } from '../keys/ed25519.js';
import { readRunManifest, type LoadedRunManifest } from '../manifest/read.js';
import { buildPromotionFiles, type PromotionFiles } from '../promotion/files.js';
import { loadPromotionPolicy } from '../promotion/policy.js';
import type { PromotionDecision } from '../promotion/types.js';
import { buildProofPack, type PackResult } from '../prove/proof-pack.js';
import type { GeneratedFile, RunRecord } from '../record/types.js';
import { appendToMetadataStore, type MetadataStoreEntry } from '../promotion/metadata-store.js';
import type { VerificationReport } from '../verify/report.js';
import { verifyRunFolder } from '../verify/run-folder.js';

export interface ProveOptions {
  /** Write the proof pack directory here (replacing a previous pack there, never other content). */
  outputDir?: string;
  /** Write the `.agipack` archive here. */
  exportPath?: string;
  /** Promotion policy for the policy report and decision. */
  policyPath?: string;
  /** Signs the DSSE provenance and the decision statement; its seal on the chain is trusted. */
  key?: SigningKey;
  /** Further keys whose chain seals count as trusted (sha256 of the SPKI PEM). */
  trustedPublicKeySha256?: string[];
  /** Files above this size are referenced by hash instead of packed (default: the verifier's per-entry cap, 8 GiB). */
  copyCapBytes?: number;
  /** Also add the pack's metadata-store-entry.json to this store (AGILAB's `prove --metadata-store`). */
  metadataStorePath?: string;
}

export interface ProveResult extends PackResult {
  /** The promotion decision written into the pack. */
  decision: PromotionDecision;
}

/**
 * `capsule prove M`: verifies the run folder beside the manifest, decides promotion on what
 * verification found, and packs both with the run's evidence. The decision rests on what
 * verification finds, not on what the manifest claims: the chain counts as authoritative
 * only if sealed by a key trusted here.
 */
export async function proveManifest(manifestPath: string, options: ProveOptions): Promise<ProveResult> {
  const loaded = await readRunManifest(manifestPath);
  const policy = loadPromotionPolicy(options.policyPath);
  const trusted = [...(options.key ? [options.key.publicKeySha256] : []), ...(options.trustedPublicKeySha256 ?? [])];
  const report = await verifyRunFolder(manifestPath, {
    displayPath: basename(manifestPath),
    trustedPublicKeySha256: trusted,
  });
  return packVerifiedRun(loaded, report, options, (record) => buildPromotionFiles(record, undefined, {
    policy,
    verificationStatus: report.status,
    evidenceClass: report.evidence_class ?? undefined,
    key: options.key,
  }));
}

/** Packs a run with its verification report and the promotion documents `promotion` builds from its record. */
export async function packVerifiedRun(
  loaded: LoadedRunManifest,
  report: VerificationReport,
  options: Omit<ProveOptions, 'policyPath' | 'trustedPublicKeySha256'>,
  promotion: (record: RunRecord) => PromotionFiles,
): Promise<ProveResult> {
  let decision: PromotionDecision | undefined;
  let storeEntry: GeneratedFile | undefined;
  const pack = await buildProofPack(loaded, {
    outputDir: options.outputDir,
    exportPath: options.exportPath,
    key: options.key,
    copyCapBytes: options.copyCapBytes,
    documents: (record) => {
      const built = promotion(record);
      decision = built.decision;
      storeEntry = built.files.find((f) => f.path === 'metadata-store-entry.json');
      return [{ path: 'verification-report.json', content: stableJson(report) }, ...built.files];
    },
  });
  // After the pack is written, so the store never names a pack that was not.
  if (options.metadataStorePath && storeEntry) {
    appendToMetadataStore(options.metadataStorePath, JSON.parse(storeEntry.content.toString()) as MetadataStoreEntry);
  }
  return { ...pack, decision: decision! };
}
