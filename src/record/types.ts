import type { RunManifest } from '../manifest/types.js';

/** A file the proof pack gets, generated rather than copied. JSON is already rendered (stableJson). */
export interface GeneratedFile {
  path: string;
  content: string | Buffer;
}

/** A file copied into the pack, with its digest. */
export interface PackedFile {
  path: string;
  sha256: string;
  size_bytes: number;
}

/**
 * Everything the document builders (exports, promotion, provenance) read. Built by `prove`
 * from the run manifest and the run folder beside it; a plain AGILAB manifest has no `proof_capsule`.
 */
export interface RunRecord {
  manifest: RunManifest;
  manifestPath: string;
  manifestSha256: string;
  /** Deterministic time for every document: the run's finish time (or SOURCE_DATE_EPOCH). */
  createdAt: string;
  /** The files copied into the pack so far (evidence/, logs/, artifacts/, bundle/, agentplane/). */
  files: PackedFile[];
}
