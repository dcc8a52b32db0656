import { CapsuleError } from '../errors.js';
import { stableJson } from '../json/write.js';
import { DEFAULT_LIMITS, type SizedFile } from '../zip/limits.js';
import { entryNameCollisions, entryNameProblem } from '../zip/names.js';
import { CAPSULE_MANIFEST_NAME } from './capsule-manifest.js';

/** What the verifier finds wrong with `name` as the writer stores it (UTF-8 flag set when not ASCII), or null. */
export function entryProblem(name: string): string | null {
  return entryNameProblem({ raw: Buffer.from(name, 'utf8'), utf8Flag: Buffer.byteLength(name) !== name.length });
}

/**
 * Refuses, before the archive is begun, run files the verifier would refuse as capsule entries:
 * names it does not take (a Windows device name, a trailing dot, a name over 512 bytes, two
 * names one case-insensitive file system makes one), or so many that the capsule manifest
 * listing them would be larger than the verifier reads of a document.
 */
export function refuseUnpackable(files: SizedFile[], manifestPath: string): void {
  const names = files.map((f) => f.path);
  const problems = names.map(entryProblem).filter((p) => p !== null);
  problems.push(...entryNameCollisions(names));
  if (problems.length > 0) {
    const more = problems.length > 3 ? ` and ${problems.length - 3} more` : '';
    throw new CapsuleError('zip_entry_unsafe',
      `${manifestPath}: ${problems.length === 1 ? 'a file' : 'files'} of the run cannot be capsule entries `
      + `(capsule verify refuses ${problems.length === 1 ? 'it' : 'them'}): ${problems.slice(0, 3).join('; ')}${more}; `
      + 'no capsule was written. Rename or leave out those files; the run folder itself is unchanged.',
      { file: manifestPath }, { problems });
  }
  // The listing holds at least each entry's record as one JSON object (nested deeper, it is longer).
  const cap = DEFAULT_LIMITS.maxDocumentBytes;
  let least = 0;
  for (const f of files) least += stableJson({ path: f.path, sha256: '0'.repeat(64), size_bytes: f.size }).length;
  if (least > cap) {
    throw new CapsuleError('capsule_too_large',
      `${manifestPath}: the run has ${files.length} files to pack; ${CAPSULE_MANIFEST_NAME}, which lists them, `
      + `would be more than ${least} bytes, above the ${cap} bytes capsule verify reads of a document; `
      + 'no capsule was written. Pack fewer, larger files (one archive of a folder, say); '
      + 'the run folder itself is unchanged.',
      { file: manifestPath }, { files: files.length, cap_bytes: cap });
  }
}
