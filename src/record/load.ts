import { readRunManifest, type LoadedRunManifest } from '../manifest/read.js';
import { recordTime } from './time.js';
import type { PackedFile, RunRecord } from './types.js';

/**
 * The one way to make a RunRecord: read and validate the manifest, take its time by the one
 * rule (`recordTime`). `files` are the pack files known so far (none before a pack exists).
 */
export async function loadRunRecord(manifestPath: string, files: PackedFile[] = []): Promise<RunRecord> {
  return recordOf(await readRunManifest(manifestPath), files);
}

/** A RunRecord from a manifest already read (the caller needed the load for more than the record). */
export function recordOf(loaded: LoadedRunManifest, files: PackedFile[] = []): RunRecord {
  return {
    manifest: loaded.manifest,
    manifestPath: loaded.path,
    manifestSha256: loaded.sha256,
    createdAt: recordTime(loaded.manifest, loaded.path, loaded.doc),
    files,
  };
}
