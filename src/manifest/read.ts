import { readJsonFile, type JsonDocument } from '../json/parse.js';
import { assertValid } from '../schemas/registry.js';
import { sha256File } from '../hash/sha256.js';
import type { RunManifest } from './types.js';

export interface LoadedRunManifest {
  manifest: RunManifest;
  path: string;
  sha256: string;
  size: number;
  doc: JsonDocument;
}

/** Reads and schema-validates a run manifest; errors name the file, pointer and line:column. */
export async function readRunManifest(path: string): Promise<LoadedRunManifest> {
  const doc = readJsonFile(path, { ijson: true });
  assertValid('run-manifest', doc.value, path, doc);
  const { sha256, size } = await sha256File(path);
  return { manifest: doc.value as RunManifest, path, sha256, size, doc };
}
