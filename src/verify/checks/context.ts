import type { Check, VerifyOptions } from '../report.js';
import type { ZipEntryRecord, ZipLayout } from '../../zip/read.js';
import type { CapsuleManifest } from '../../prove/capsule-manifest.js';
import type { LoadedSignature } from '../../sign/signature.js';
import type { TrustPolicy } from '../../trust/policy.js';
import type { RunManifest } from '../../manifest/types.js';
import { STORE_FROM_BYTES } from '../../zip/canonical.js';

/** Size caps applied before and while reading entries (decompression bombs: docs/verification.md). */
export interface ArchiveLimits {
  maxEntryBytes: number;
  maxTotalBytes: number;
  /**
   * Largest uncompressed/compressed ratio for entries of at least `ratioFloorBytes`. Smaller
   * entries may compress as well as deflate allows (zeros, repeated lines): the absolute
   * caps bound what they can cost.
   */
  maxRatio: number;
  ratioFloorBytes: number;
  /** Largest JSON/text document read into memory (manifests, signatures, reports). */
  maxDocumentBytes: number;
}

export const DEFAULT_LIMITS: ArchiveLimits = {
  maxEntryBytes: 8 * 1024 ** 3,
  maxTotalBytes: 16 * 1024 ** 3,
  maxRatio: 500,
  // Our writer stores every entry from this size on (ratio 1), so its own capsules always pass.
  ratioFloorBytes: STORE_FROM_BYTES,
  maxDocumentBytes: 64 * 1024 ** 2,
};

export interface VerifyContextOptions extends VerifyOptions {
  limits?: Partial<ArchiveLimits>;
}

/** What the checks learn, in order; a later check reads what an earlier one established. */
export interface CapsuleContext {
  path: string;
  options: VerifyOptions;
  limits: ArchiveLimits;
  warnings: string[];
  capsuleSha256?: string;
  capsuleSize?: number;
  layout?: ZipLayout;
  /** By name; only set once names are known unique. */
  entries?: Map<string, ZipEntryRecord>;
  manifest?: CapsuleManifest;
  snapshot?: RunManifest;
  signature?: LoadedSignature;
  signaturePath?: string;
  policy?: TrustPolicy;
  evidenceClass?: string | null;
}

export type CheckResult = Omit<Check, 'id'>;

export function pass(summary: string, details: Record<string, unknown> = {}): CheckResult {
  return { status: 'pass', summary, details };
}

export function fail(summary: string, details: Record<string, unknown> = {}): CheckResult {
  return { status: 'fail', summary, details };
}
