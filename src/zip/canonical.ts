/**
 * What makes a capsule's ZIP canonical, shared by the writer and the verifier (which must
 * not pull the writer in): one entry mode, and entries in byte order of their UTF-8 paths.
 */

/** Every entry gets this mode and no owner, so the bytes depend only on content. */
export const ENTRY_MODE = 0o644;

/** Byte order of UTF-8 paths: the same on every platform and locale. */
export function comparePaths(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
