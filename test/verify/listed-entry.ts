import { openCapsule } from '../../src/zip/opened.js';
import { DEFAULT_LIMITS } from '../../src/zip/limits.js';
import { sha256Hex } from '../../src/hash/sha256.js';
import { stableJson } from '../../src/json/write.js';
import { buildTinyCapsule } from '../prove/build-capsule.js';
import type { RawEntry } from '../zip/zip-bytes.js';

export const MANIFEST = 'agipack-manifest.json';

/** The entries of a tiny valid capsule built in `dir`, as byte-level ZIP entries to rebuild from. */
export async function tinyCapsuleEntries(dir: string): Promise<RawEntry[]> {
  const opened = await openCapsule(await buildTinyCapsule(dir), DEFAULT_LIMITS);
  try {
    const read = async (e: (typeof opened.entries)[number]) => ({
      name: e.record.name,
      data: await opened.readEntry(e, 1 << 20),
    });
    return await Promise.all(opened.entries.map(read));
  } finally {
    opened.close();
  }
}

/** `base` with one entry added to (or replaced in) the archive and the manifest: only the entry itself is wrong. */
export function withListedEntry(base: RawEntry[], extra: RawEntry): RawEntry[] {
  const others = base.filter((e) => e.name !== MANIFEST && e.name !== extra.name);
  const manifest = JSON.parse(base.find((e) => e.name === MANIFEST)!.data.toString('utf8'));
  const name = typeof extra.name === 'string' ? extra.name : extra.name.toString('utf8');
  const listed = { path: name, sha256: sha256Hex(extra.data), size_bytes: extra.data.length };
  manifest.entries = [...manifest.entries.filter((e: { path: string }) => e.path !== name), listed]
    .sort((a: { path: string }, b: { path: string }) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
  manifest.entry_count = manifest.entries.length;
  return sortEntries([{ name: MANIFEST, data: Buffer.from(stableJson(manifest)) }, ...others, extra]);
}

export function sortEntries(entries: RawEntry[]): RawEntry[] {
  const key = (e: RawEntry) => (typeof e.name === 'string' ? Buffer.from(e.name) : e.name);
  return [...entries].sort((a, b) => Buffer.compare(key(a), key(b)));
}
