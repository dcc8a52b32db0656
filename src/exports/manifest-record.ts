import type { RunRecord } from '../record/types.js';
import { CapsuleError } from '../errors.js';
import { readRunManifest } from '../manifest/read.js';
import { parseInstant } from '../record/time.js';

/**
 * A RunRecord for exporting straight from a run manifest (no proof pack yet): the deterministic
 * time is the run's finish (else `created_at`), and no pack files are known.
 */
export async function recordFromManifest(path: string): Promise<RunRecord> {
  const loaded = await readRunManifest(path);
  const { manifest, doc } = loaded;
  const at = parseInstant(manifest.timing.finished_at) ?? parseInstant(manifest.created_at);
  if (!at) {
    const pointer = '/timing/finished_at';
    const { line, column } = doc.locate(pointer);
    throw new CapsuleError('manifest_time_invalid', `${path}:${line}:${column}: ${pointer} ${JSON.stringify(manifest.timing.finished_at)} is not an RFC 3339 timestamp (nor is /created_at)`, { file: path, pointer, line, column });
  }
  return { manifest, manifestPath: path, manifestSha256: loaded.sha256, createdAt: at.iso, files: [] };
}
