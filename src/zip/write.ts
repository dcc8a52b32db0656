import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, renameSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { basename, dirname, join } from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { finished } from 'node:stream/promises';
import { ZipArchive } from 'archiver';
import { CapsuleError } from '../errors.js';
import { ENTRY_MODE, STORE_FROM_BYTES, comparePaths } from './canonical.js';

/** One file of the archive: where it is on disk and the digest recorded for it in the capsule manifest. */
export interface PackEntry {
  name: string;
  source: string;
  sha256: string;
}

/**
 * The DOS timestamp the writer stores for `iso` (UTC fields; the writer uses UTC), so
 * the archive does not depend on the packing machine's clock or time zone.
 */
function entryDate(iso: string): Date {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new CapsuleError('capsule_time_invalid', `capsule time ${JSON.stringify(iso)} is not a date`);
  return date;
}

/** Hashes bytes as they pass, so every entry is checked against its recorded digest without a second read. */
class HashingPassThrough extends Transform {
  readonly hash = createHash('sha256');
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.hash.update(chunk);
    done(null, chunk);
  }
}

/**
 * Writes a deterministic ZIP: entries in the given (sorted) order, no directory entries,
 * fixed time and mode, deflate at a fixed level (large entries stored). One entry is streamed at a time (the
 * next is appended only when the previous is written), so memory does not grow with
 * artifact size. A file whose bytes differ from its recorded digest aborts the pack.
 * The archive is written beside `outPath` and renamed into place.
 */
export async function writeDeterministicZip(outPath: string, entries: PackEntry[], createdAt: string): Promise<void> {
  const names = entries.map((e) => e.name);
  const sorted = [...names].sort(comparePaths);
  if (names.some((n, i) => n !== sorted[i])) throw new CapsuleError('capsule_entries_unsorted', 'capsule entries must be given sorted by path');
  const date = entryDate(createdAt);
  const tmp = join(dirname(outPath), `.${basename(outPath)}.${process.pid}.tmp`);
  const out = createWriteStream(tmp, { mode: 0o644 });
  const archive = new ZipArchive({ zlib: { level: 6 }, forceZip64: false });
  archive.pipe(out);
  let failure: Error | undefined;
  archive.on('error', (err: Error) => { failure = err; });
  try {
    for (const entry of entries) {
      const hashing = new HashingPassThrough();
      createReadStream(entry.source).on('error', (err) => hashing.destroy(err)).pipe(hashing);
      const written = once(archive, 'entry');
      archive.append(hashing, { name: entry.name, date, mode: ENTRY_MODE, store: statSync(entry.source).size >= STORE_FROM_BYTES });
      await written;
      if (failure) throw failure;
      const actual = hashing.hash.digest('hex');
      if (actual !== entry.sha256) {
        throw new CapsuleError('capsule_source_changed', `${entry.source}: changed while packing (sha256 ${actual}, recorded ${entry.sha256})`, { file: entry.source });
      }
    }
    await archive.finalize();
    await finished(out);
    if (failure) throw failure;
    renameSync(tmp, outPath);
  } catch (err) {
    archive.abort();
    out.destroy();
    rmSync(tmp, { force: true });
    throw err;
  }
}
