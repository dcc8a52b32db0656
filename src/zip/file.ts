import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { CapsuleError, describeFsError } from '../errors.js';
import { OPEN_TO_READ } from '../fsio/read.js';

/**
 * One capsule, opened once. Every later read of it (layout, hashing, documents, unpacking,
 * rendering) goes through this descriptor, never through the path again, so replacing the
 * file on disk mid-command changes nothing a command reads. (Writes into the same inode are
 * the scan's concern: it compares and digests what it reads, see scan.ts.)
 */
export interface CapsuleFile {
  readonly path: string;
  readonly fd: number;
  /** Size at open: reads never go past it. */
  readonly size: number;
  /**
   * The whole file, read once at open when it is small (at most WHOLE_READ_MAX_BYTES): every
   * read of it then comes from these bytes, so it is read from disk exactly once. Null otherwise.
   */
  readonly bytes: Buffer | null;
  /** Exactly `length` bytes at `offset`, or a CapsuleError. */
  readAt(offset: number, length: number): Buffer;
  close(): void;
}

/** A capsule of at most this size is read whole at open (one read instead of one per header). */
export const WHOLE_READ_MAX_BYTES = 4 * 1024 ** 2;

export function openCapsuleFile(path: string): CapsuleFile {
  let fd: number;
  try {
    fd = openSync(path, OPEN_TO_READ);
  } catch (err) {
    throw new CapsuleError('file_unreadable', `${path}: cannot open: ${describeFsError(err)}`, { file: path });
  }
  const atOpen = fstatSync(fd);
  if (!atOpen.isFile()) {
    closeSync(fd);
    throw new CapsuleError('file_unreadable', `${path} is not a regular file`, { file: path });
  }
  const size = Number(atOpen.size);
  let closed = false;
  const readFromDisk = (offset: number, length: number): Buffer => {
    const buf = Buffer.alloc(length);
    for (let done = 0; done < length;) {
      const n = readSync(fd, buf, done, length - done, offset + done);
      if (n === 0) throw new CapsuleError('capsule_changed', `${path}: the file ended at ${offset + done}, shorter than the ${size} bytes it had when opened`, { file: path });
      done += n;
    }
    return buf;
  };
  let bytes: Buffer | null = null;
  try {
    bytes = size <= WHOLE_READ_MAX_BYTES ? readFromDisk(0, size) : null;
  } catch (err) {
    closeSync(fd);
    throw err;
  }
  return {
    path,
    fd,
    size,
    bytes,
    readAt(offset, length) {
      if (offset < 0 || length < 0 || offset + length > size) {
        throw new CapsuleError('zip_layout_invalid', `${path}: read of ${length} bytes at ${offset} runs past the end of the file (${size} bytes)`, { file: path });
      }
      return bytes ? bytes.subarray(offset, offset + length) : readFromDisk(offset, length);
    },
    close() {
      if (!closed) closeSync(fd);
      closed = true;
    },
  };
}
