import type { RunRecord } from '../record/types.js';
import { byText } from './order.js';

/** A file the run read or wrote, as the exports describe it. Paths are relative to the manifest (and the pack root). */
export interface RunFile {
  path: string;
  kind: string;
  sha256: string | null;
  size_bytes: number | null;
}

/** What the run consumed: the bundle, when the manifest says which (AGILAB manifests do not). */
export function runInputs(record: RunRecord): RunFile[] {
  const bundle = record.manifest.proof_capsule?.bundle;
  if (!bundle) return [];
  return [{ path: bundle.path, kind: 'bundle', sha256: bundle.sha256, size_bytes: packedSize(record, bundle.path) }];
}

/**
 * What the run produced: our extension's hashed outputs, else the AGILAB artifacts that exist,
 * hashed from the pack's file list where the pack holds them.
 */
export function runOutputs(record: RunRecord): RunFile[] {
  const outputs = record.manifest.proof_capsule?.outputs;
  if (outputs) return outputs.map((o) => ({ path: o.path, kind: o.kind, sha256: o.sha256, size_bytes: o.size_bytes })).sort(byText((f) => f.path));
  return record.manifest.artifacts
    .filter((a) => a.exists)
    .map((a) => {
      const packed = record.files.find((f) => f.path === normalize(a.path));
      return { path: normalize(a.path), kind: a.kind, sha256: packed?.sha256 ?? null, size_bytes: packed?.size_bytes ?? a.size_bytes };
    })
    .sort(byText((f) => f.path));
}

function packedSize(record: RunRecord, path: string): number | null {
  return record.files.find((f) => f.path === path)?.size_bytes ?? null;
}

function normalize(path: string): string {
  return path.replace(/^(\.\/)+/, '');
}
