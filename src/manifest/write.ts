import { writeFileAtomic } from '../fsio/atomic.js';
import { sha256Hex } from '../hash/sha256.js';
import { parseJsonStrict } from '../json/parse.js';
import { stableJson } from '../json/write.js';
import { assertValid } from '../schemas/registry.js';
import type { LoadedRunManifest } from './read.js';
import type { RunManifest } from './types.js';

/**
 * Writes a run manifest and returns it as `readRunManifest` would load it (validated, hashed,
 * its text parsed), from the bytes written: what comes next need not read it back.
 */
export function writeRunManifest(path: string, manifest: RunManifest): LoadedRunManifest {
  const text = stableJson(manifest);
  const doc = parseJsonStrict(text, path, { ijson: true });
  assertValid('run-manifest', doc.value, path, doc);
  writeFileAtomic(path, text);
  const size = Buffer.byteLength(text, 'utf8');
  return { manifest: doc.value as RunManifest, path, sha256: sha256Hex(text), size, doc };
}
