import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { CapsuleError, describeFsError } from '../errors.js';

/** Largest input document (policy, trust policy, bundle, inventory, signature) read from disk: a document, never a data set. */
export const MAX_DOCUMENT_FILE_BYTES = 16 * 1024 ** 2;

/**
 * A small input file read through one descriptor, at most `maxBytes` (a regular file is refused
 * by its size before reading; a pipe once it passes the cap). Unreadable or too large: a
 * CapsuleError naming the file.
 */
export function readFileCapped(path: string, maxBytes = MAX_DOCUMENT_FILE_BYTES): Buffer {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    throw unreadable(path, err);
  }
  const tooLarge = () => new CapsuleError('file_too_large', `${path}: larger than the ${maxBytes} bytes this file may be`, { file: path });
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new CapsuleError('file_unreadable', `${path}: is a directory, not a file`, { file: path });
    if (stat.isFile() && stat.size > maxBytes) throw tooLarge();
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(1 << 20, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) throw tooLarge();
    }
    return Buffer.concat(chunks, total);
  } catch (err) {
    if (err instanceof CapsuleError) throw err;
    throw unreadable(path, err);
  } finally {
    closeSync(fd);
  }
}

/** As readFileCapped, decoded as UTF-8. */
export function readTextFile(path: string, maxBytes = MAX_DOCUMENT_FILE_BYTES): string {
  return readFileCapped(path, maxBytes).toString('utf8');
}

function unreadable(path: string, err: unknown): CapsuleError {
  return new CapsuleError('file_unreadable', `${path}: cannot read: ${describeFsError(err)}`, { file: path });
}
