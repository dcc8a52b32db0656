import type { RunRecord } from './types.js';
import { readRunManifest } from '../manifest/read.js';

/**
 * A RunRecord for the promotion verbs run on a manifest (no pack yet): documents take their
 * time from the run's finish (`YYYY-MM-DDTHH:MM:SSZ`), falling back to the manifest's created_at.
 */
export async function loadRunRecord(manifestPath: string): Promise<RunRecord> {
  const loaded = await readRunManifest(manifestPath);
  return {
    manifest: loaded.manifest,
    manifestPath,
    manifestSha256: loaded.sha256,
    createdAt: recordTime(loaded.manifest.timing.finished_at, loaded.manifest.created_at),
    files: [],
  };
}

export function recordTime(finishedAt: string, fallback: string): string {
  const ms = Date.parse(finishedAt);
  return Number.isNaN(ms) ? fallback : `${new Date(ms).toISOString().slice(0, 19)}Z`;
}
