import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { CapsuleError, describeFsError } from '../errors.js';

/**
 * Flags for opening any file a command was given or found in a folder it reads: O_NONBLOCK so the
 * open itself never waits (a FIFO planted where a file was expected would otherwise block it until
 * a writer comes, for ever), then fstat on the descriptor says what was opened. No effect on reads
 * of a regular file.
 */
export const OPEN_TO_READ = constants.O_RDONLY | constants.O_NONBLOCK;

/** A pipe with a writer that has written nothing yet is polled this often, for at most PIPE_WAIT_MS. */
const PIPE_POLL_MS = 10;
const PIPE_WAIT_MS = 30_000;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

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
    fd = openSync(path, OPEN_TO_READ);
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
    let waited = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(1 << 20, maxBytes + 1 - total));
      const n = readPatiently(fd, chunk, () => {
        waited += PIPE_POLL_MS;
        if (waited > PIPE_WAIT_MS) throw new CapsuleError('file_unreadable', `${path}: is a pipe nothing was written to for ${PIPE_WAIT_MS / 1000} s`, { file: path });
      });
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) throw tooLarge();
    }
    if (total === 0 && stat.isFIFO()) {
      throw new CapsuleError('file_unreadable', `${path}: is a FIFO (named pipe) nothing wrote to, not a file`, { file: path });
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

/**
 * One read; a pipe opened with O_NONBLOCK whose writer has not written yet says EAGAIN: wait a
 * little (`onWait` may give up) and read again. A FIFO with no writer reads as its end at once.
 */
function readPatiently(fd: number, chunk: Buffer, onWait: () => void): number {
  for (;;) {
    try {
      return readSync(fd, chunk, 0, chunk.length, null);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
      onWait();
      Atomics.wait(sleeper, 0, 0, PIPE_POLL_MS);
    }
  }
}

function unreadable(path: string, err: unknown): CapsuleError {
  return new CapsuleError('file_unreadable', `${path}: cannot read: ${describeFsError(err)}`, { file: path });
}
