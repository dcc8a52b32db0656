import { parseJsonStrict } from '../json/parse.js';
import { assertValid } from '../schemas/registry.js';
import type { PackedFile } from '../record/types.js';
import type { ProofPackIndex } from './pack-index.js';

/** `agipack-manifest.json` (docs/capsule.md): the archive's own inventory, every entry but itself. */
export interface CapsuleManifest {
  schema: 'agilab.proof_capsule.v1';
  created_at: string;
  format: 'zip';
  signed: false;
  signature: null;
  integrity: 'sha256-per-entry';
  run_id: string;
  path_id: string;
  status: string;
  root: 'agilab_proof_pack.json';
  source_manifest: { path: string; sha256: string };
  standards: Record<string, string>;
  cards: Record<string, string>;
  entry_count: number;
  entries: PackedFile[];
  limitations: string[];
}

export const CAPSULE_MANIFEST_NAME = 'agipack-manifest.json';
export const PROOF_PACK_INDEX_NAME = 'agilab_proof_pack.json';
export const SNAPSHOT_NAME = 'run_manifest.snapshot.json';

/** Parses with the signed-document rules (no duplicate keys, I-JSON numbers) and the exact schema. */
export function parseCapsuleManifest(text: string, file: string): CapsuleManifest {
  const doc = parseJsonStrict(text, file, { ijson: true });
  assertValid('capsule-manifest', doc.value, file, doc);
  return doc.value as CapsuleManifest;
}

/** The capsule manifest of a pack: every entry but itself (`files`, sorted), with the index's identity fields. */
export function capsuleManifestOf(index: ProofPackIndex, files: PackedFile[]): CapsuleManifest {
  return {
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
}
