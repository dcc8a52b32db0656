import { STORE_FROM_BYTES } from './canonical.js';
import type { ZipEntryRecord } from './read.js';

/** Size caps applied to what the central directory declares, before anything is inflated (decompression bombs, memory). */
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
  /** Largest JSON/text document read into memory (manifests, snapshot, index, provenance). */
  maxDocumentBytes: number;
}

export const DEFAULT_LIMITS: ArchiveLimits = {
  maxEntryBytes: 8 * 1024 ** 3,
  maxTotalBytes: 16 * 1024 ** 3,
  maxRatio: 500,
  // Our writer stores every entry from this size on (ratio 1), so its own capsules always pass.
  ratioFloorBytes: STORE_FROM_BYTES,
  maxDocumentBytes: 16 * 1024 ** 2,
};

/** Every declared size above a cap, by entry. */
export function sizeCapProblems(limits: ArchiveLimits, entries: ZipEntryRecord[]): string[] {
  const { maxEntryBytes, maxTotalBytes, maxRatio, ratioFloorBytes } = limits;
  const problems: string[] = [];
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    if (e.uncompressedSize > maxEntryBytes) problems.push(`${JSON.stringify(e.name)}: declares ${e.uncompressedSize} bytes, above the per-entry cap ${maxEntryBytes}`);
    const ratio = e.uncompressedSize / Math.max(e.compressedSize, 1);
    if (e.uncompressedSize >= ratioFloorBytes && ratio > maxRatio) problems.push(`${JSON.stringify(e.name)}: compression ratio ${ratio.toFixed(0)} above the cap ${maxRatio} (decompression bomb)`);
  }
  if (total > maxTotalBytes) problems.push(`entries declare ${total} bytes in total, above the cap ${maxTotalBytes}`);
  return problems;
}
