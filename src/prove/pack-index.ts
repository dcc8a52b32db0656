import { posix } from 'node:path';
import type { PackedFile } from '../record/types.js';
import type { ArtifactRecord } from './artifacts.js';

/** `agilab_proof_pack.json` (docs/capsule.md): the root index of a proof pack. */
export interface ProofPackIndex {
  schema: 'agilab.proof_pack.v1';
  run_id: string;
  path_id: string;
  status: string;
  created_at: string;
  source_manifest: { path: string; sha256: string };
  output_dir: string;
  files: { name: string; path: string; sha256: string; size_bytes: number }[];
  standards: Record<string, string>;
  cards: Record<string, string>;
  limitations: string[];
  /** Each artifact the manifest records and how the pack holds it (ours; AGILAB's packs have none). */
  artifacts?: ArtifactRecord[];
  /** When the snapshot re-points absolute artifact paths: the manifest as the run wrote it. */
  original_manifest?: { path: string; sha256: string };
}

export const STANDARDS = { openlineage: 'openlineage.json', ro_crate: 'ro-crate-metadata.json', opentelemetry: 'otel-trace.json' };
export const CARDS = { model: 'model-card.json', dataset: 'dataset-card.json', prompt: 'prompt-card.json', eval: 'eval-card.json' };

/** Index entries: every pack file but the index, sorted by path (the caller sorts), named by basename. */
export function indexFiles(files: PackedFile[]): ProofPackIndex['files'] {
  return files.map((f) => ({ name: posix.basename(f.path), path: f.path, sha256: f.sha256, size_bytes: f.size_bytes }));
}
