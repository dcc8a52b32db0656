import { CapsuleError } from '../errors.js';
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

/** A file a capsule is to hold, by its path in the capsule (or as the user named it) and size. */
export interface SizedFile {
  path: string;
  size: number;
}

const gib = (n: number) => `${(n / 1024 ** 3).toFixed(2)} GiB`;

/**
 * Refuses files a capsule is to hold that add up to more than the verifier's total cap (a capsule
 * above it would be refused by `capsule verify`, and by this tool's own run), so that the writer
 * stops before it writes one. `file` is what the message is about (the manifest, the run folder);
 * the largest files are named, and `hint` says what to do.
 */
export function refuseAboveTotalCap(list: SizedFile[], file: string, hint: string, cap = DEFAULT_LIMITS.maxTotalBytes): void {
  const total = list.reduce((n, f) => n + f.size, 0);
  if (total <= cap) return;
  const largest = [...list].sort((a, b) => b.size - a.size || (a.path < b.path ? -1 : 1)).slice(0, 3)
    .map((f) => `${f.path} (${f.size} bytes)`);
  const more = list.length > 3 ? ` and ${list.length - 3} more` : '';
  const message = `${file}: the files to pack add up to ${total} bytes (${gib(total)}), above the ${cap} bytes `
    + `(${gib(cap)}) a capsule may hold in total (capsule verify refuses a larger one); no capsule was written. `
    + `Largest: ${largest.join(', ')}${more}. ${hint}`;
  throw new CapsuleError('capsule_too_large', message, { file }, { total_bytes: total, cap_bytes: cap });
}
