/**
 * What makes a capsule's ZIP canonical, shared by the writer and the verifier (which must
 * not pull the writer in): one entry mode, which entries are stored, and entries in byte
 * order of their UTF-8 paths.
 */

/** Every entry gets this mode and no owner, so the bytes depend only on content. */
export const ENTRY_MODE = 0o644;

/** Byte order of UTF-8 paths: the same on every platform and locale. */
export function comparePaths(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/**
 * Entries from this size on are stored, not deflated. Large artifacts (weights, datasets,
 * archives) rarely shrink much, and deflate ran at ~7 MiB/s on incompressible data here
 * (bench/RESULTS.md), against the disk's speed for stored data. The rule depends only on
 * the entry's size, so capsules stay deterministic; the verifier's compression-ratio cap
 * applies from the same size, so every capsule we write passes it.
 */
export const STORE_FROM_BYTES = 8 * 1024 * 1024;
