import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { CapsuleError, describeFsError } from '../errors.js';

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
  /** Exactly `length` bytes at `offset`, or a CapsuleError. */
  readAt(offset: number, length: number): Buffer;
  close(): void;
}

export function openCapsuleFile(path: string): CapsuleFile {
  let fd: number;
  try {
    fd = openSync(path, 'r');
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
  return {
    path,
    fd,
    size,
    readAt(offset, length) {
      if (offset < 0 || length < 0 || offset + length > size) {
        throw new CapsuleError('zip_layout_invalid', `${path}: read of ${length} bytes at ${offset} runs past the end of the file (${size} bytes)`, { file: path });
      }
      const buf = Buffer.alloc(length);
      for (let done = 0; done < length;) {
        const n = readSync(fd, buf, done, length - done, offset + done);
        if (n === 0) throw new CapsuleError('capsule_changed', `${path}: the file ended at ${offset + done}, shorter than the ${size} bytes it had when opened`, { file: path });
        done += n;
      }
      return buf;
    },
    close() {
      if (!closed) closeSync(fd);
      closed = true;
    },
  };
}
