import type { RunRecord } from '../record/types.js';

/** One artifact of the run as cards, story and dossier show it; sha256 when the run recorded it. */
export interface ArtifactRow {
  name: string;
  path: string;
  kind: string;
  exists: boolean;
  size_bytes: number | null;
  sha256: string | null;
}

/**
 * The manifest's artifacts with their digests, taken from the record (the run's output
 * hashes, or the files already packed): builders never read the disk, so documents are
 * the same wherever they are built.
 */
export function artifactRows(record: RunRecord): ArtifactRow[] {
  const digests = new Map<string, string>();
  for (const file of record.files) digests.set(file.path, file.sha256);
  for (const output of record.manifest.proof_capsule?.outputs ?? []) digests.set(output.path, output.sha256);
  return record.manifest.artifacts.map((a) => ({
    name: a.name,
    path: a.path,
    kind: a.kind,
    exists: a.exists,
    size_bytes: a.size_bytes,
    sha256: digests.get(a.path) ?? null,
  }));
}
