import { readFileCapped } from '../fsio/read.js';
import { parseJsonStrict, type JsonDocument } from '../json/parse.js';
import { assertValid } from '../schemas/registry.js';
import { sha256Hex } from '../hash/sha256.js';
import type { RunManifest } from './types.js';

export interface LoadedRunManifest {
  manifest: RunManifest;
  path: string;
  sha256: string;
  size: number;
  doc: JsonDocument;
}

/**
 * Reads and schema-validates a run manifest; errors name the file, pointer and line:column.
 * One read: the digest is of the very bytes parsed.
 */
export async function readRunManifest(path: string): Promise<LoadedRunManifest> {
  const bytes = readFileCapped(path);
  const doc = parseJsonStrict(bytes.toString('utf8'), path, { ijson: true });
  assertValid('run-manifest', doc.value, path, doc);
  return { manifest: doc.value as RunManifest, path, sha256: sha256Hex(bytes), size: bytes.length, doc };
}
