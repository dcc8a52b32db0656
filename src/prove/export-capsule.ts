import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { sha256Hex } from '../hash/sha256.js';
import { stableJson } from '../json/write.js';
import type { PackedFile } from '../record/types.js';
import { comparePaths } from '../zip/canonical.js';
import { writeDeterministicZip } from '../zip/write.js';
import { CAPSULE_MANIFEST_NAME, PROOF_PACK_INDEX_NAME, type CapsuleManifest } from './capsule-manifest.js';
import type { ProofPackIndex } from './pack-index.js';

/**
 * Packs a proof pack directory into the `.agipack`: `agipack-manifest.json` (every entry but
 * itself, with the index's identity fields) plus the pack's files, sorted, streamed one by one.
 * A file named in `sources` is read from there instead of the pack directory (run files a
 * prove that only exports never copies). Returns the capsule's SHA-256 and its manifest.
 */
export async function exportCapsule(
  packDir: string,
  files: PackedFile[],
  index: ProofPackIndex,
  exportPath: string,
  sources: ReadonlyMap<string, string> = new Map(),
): Promise<{ sha256: string; manifest: CapsuleManifest }> {
  const manifest: CapsuleManifest = {
    schema: 'agilab.proof_capsule.v1',
    created_at: index.created_at,
    format: 'zip',
    signed: false,
    signature: null,
    integrity: 'sha256-per-entry',
    run_id: index.run_id,
    path_id: index.path_id,
    status: index.status,
    root: PROOF_PACK_INDEX_NAME,
    source_manifest: index.source_manifest,
    standards: index.standards,
    cards: index.cards,
    entry_count: files.length,
    entries: files,
    limitations: index.limitations,
  };
  const manifestText = stableJson(manifest);
  const scratch = mkdtempSync(join(tmpdir(), 'capsule-manifest-'));
  const manifestFile = join(scratch, CAPSULE_MANIFEST_NAME);
  writeFileSync(manifestFile, manifestText);
  try {
    const entries = [
      { name: CAPSULE_MANIFEST_NAME, source: manifestFile, sha256: sha256Hex(manifestText) },
      ...files.map((f) => {
        const source = sources.get(f.path) ?? join(packDir, ...f.path.split('/'));
        return { name: f.path, source, sha256: f.sha256 };
      }),
    ].sort((a, b) => comparePaths(a.name, b.name));
    mkdirSync(dirname(resolve(exportPath)), { recursive: true });
    return { sha256: await writeDeterministicZip(exportPath, entries, index.created_at), manifest };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
