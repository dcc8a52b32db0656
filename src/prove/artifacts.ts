import { statSync } from 'node:fs';
import { join } from 'node:path';
import { sha256File } from '../hash/sha256.js';
import { treeDigest, walkTree } from '../hash/tree.js';
import { packPathOf, placeArtifacts } from '../manifest/artifacts.js';
import type { RunManifest } from '../manifest/types.js';
import type { PackedFile } from '../record/types.js';

/**
 * How a proof pack holds one artifact the manifest records (the index's `artifacts`): the
 * verifier checks packed ones against these digests, and says of the others why they are not
 * in the capsule.
 */
export interface ArtifactRecord {
  name: string;
  /** As the manifest recorded it. */
  path: string;
  kind: string;
  packed: 'file' | 'directory' | 'referenced' | 'not packed';
  /** Where the pack holds it (a directory: the prefix of its files). */
  pack_path: string | null;
  /** A file's SHA-256, or a directory's tree digest (one `path\tsize\tsha256\n` line per file, sorted, hashed). */
  sha256: string | null;
  /** A file's size; a directory's total over its files. */
  size_bytes: number | null;
  /** Directories: how many files the digest covers. */
  file_count?: number;
  note?: string;
}

export interface ArtifactPlan {
  /** Pack path → file on disk. */
  copies: Map<string, string>;
  records: ArtifactRecord[];
  /** Absolute artifact paths inside the run folder, re-pointed (by manifest index) to where the pack holds them. */
  repointed: Map<number, string>;
  limitations: string[];
}

/**
 * Which recorded artifacts the pack copies, read as AGILAB's writer means them: a file or a
 * whole directory inside the run folder is packed (an absolute path under `artifacts/`), one
 * outside the run folder is recorded and not packed, and the record says which.
 * `reserved` are pack paths taken by generated documents; above `cap` a file is referenced.
 */
export async function planArtifacts(
  manifest: RunManifest, manifestPath: string, cap: number, reserved: Set<string>,
): Promise<ArtifactPlan> {
  const plan: ArtifactPlan = { copies: new Map(), records: [], repointed: new Map(), limitations: [] };
  type Artifact = RunManifest['artifacts'][number];
  const record = (a: Artifact, rest: Omit<ArtifactRecord, 'name' | 'path' | 'kind'>) => {
    plan.records.push({ name: a.name, path: a.path, kind: a.kind, ...rest });
  };
  const notPacked = (a: Artifact, note: string, limitation = true) => {
    record(a, { packed: 'not packed', pack_path: null, sha256: null, size_bytes: a.size_bytes, note });
    if (limitation) plan.limitations.push(`artifact ${JSON.stringify(a.path)} ${note}`);
  };
  for (const place of placeArtifacts(manifest, manifestPath)) {
    const a = place.artifact;
    const packPath = packPathOf(place);
    if (!a.exists) notPacked(a, 'is recorded as not produced (exists: false)', false);
    else if (packPath === null) notPacked(a, 'is outside the run folder: recorded, not packed');
    else if (reserved.has(packPath)) notPacked(a, 'shadows a file the proof pack generates: not copied');
    else if (place.found === 'file') {
      const size = statSync(place.location).size;
      if (size > cap) {
        const { sha256 } = await sha256File(place.location);
        const over = `above the copy cap of ${cap} bytes`;
        record(a, { packed: 'referenced', pack_path: null, sha256, size_bytes: size, note: over });
        const what = `artifact ${JSON.stringify(packPath)} (${size} bytes)`;
        plan.limitations.push(`${what} is ${over}: referenced by hash, not copied`);
      } else {
        plan.copies.set(packPath, place.location);
        record(a, { packed: 'file', pack_path: packPath, sha256: null, size_bytes: size });
      }
    } else if (place.found === 'directory') {
      const { files, skipped } = walkTree(place.location);
      for (const f of files) plan.copies.set(`${packPath}/${f}`, join(place.location, ...f.split('/')));
      const note = skipped.length > 0 ? `not packed (not regular files): ${skipped.join(', ')}` : undefined;
      record(a, {
        packed: 'directory', pack_path: packPath, sha256: null, size_bytes: null, file_count: files.length,
        ...(note ? { note } : {}),
      });
      if (note) plan.limitations.push(`artifact ${JSON.stringify(a.path)}: ${note}`);
    } else if (place.found === 'missing') notPacked(a, 'is marked existing but is missing: not copied');
    else notPacked(a, `is a ${place.found}, not a file or folder: not copied`);
    const packed = plan.records.at(-1)!.packed;
    if (place.absolute && (packed === 'file' || packed === 'directory')) plan.repointed.set(place.index, packPath!);
  }
  return plan;
}

/** Fills in each packed artifact's digest from the files as placed (a folder's from its files' digests). */
export function completeRecords(records: ArtifactRecord[], files: PackedFile[]): ArtifactRecord[] {
  const byPath = new Map(files.map((f) => [f.path, f]));
  return records.map((r) => {
    if (r.packed === 'file') {
      const f = byPath.get(r.pack_path!)!;
      return { ...r, sha256: f.sha256, size_bytes: f.size_bytes };
    }
    if (r.packed !== 'directory') return r;
    const prefix = `${r.pack_path}/`;
    const tree = files.filter((f) => f.path.startsWith(prefix))
      .map((f) => ({ path: f.path.slice(prefix.length), size_bytes: f.size_bytes, sha256: f.sha256 }));
    return { ...r, sha256: treeDigest(tree), size_bytes: tree.reduce((n, f) => n + f.size_bytes, 0) };
  });
}
