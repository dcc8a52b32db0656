import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LogRecord } from './types.js';
import { createRedactor } from './redact.js';

export interface LogSink {
  /** Redacted bytes of this chunk as far as they are final (for live output). */
  write(chunk: Buffer): Buffer;
  /** Flushes held-back bytes; returns them (redacted) with the record. */
  close(): { record: LogRecord; tail: Buffer };
}

/**
 * A log file that stores the stream redacted and capped. The recorded sha256 and byte
 * count are of the WHOLE redacted stream (before the cap): hashing the raw stream would
 * put a digest of secret-bearing bytes in the capsule, which the evidence rules forbid;
 * and this way an untruncated stored log verifies against its record byte for byte.
 */
export function createLogSink(path: string, options: { capBytes: number; secretValues: string[] }): LogSink {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w', 0o644);
  const redactor = createRedactor(options.secretValues);
  const hash = createHash('sha256');
  let bytes = 0;
  let stored = 0;

  // Written synchronously on purpose: the job's pipe is not read again until this chunk is
  // on disk, so a job that writes faster than the disk waits on its full pipe (backpressure)
  // instead of its output piling up in our memory.
  const take = (data: Buffer) => {
    hash.update(data);
    bytes += data.length;
    const room = Math.max(0, options.capBytes - stored);
    if (room > 0 && data.length > 0) {
      const part = data.subarray(0, room);
      writeSync(fd, part);
      stored += part.length;
    }
    return data;
  };

  return {
    write: (chunk) => take(redactor.push(chunk)),
    close() {
      const tail = take(redactor.end());
      closeSync(fd);
      return { record: { path, sha256: hash.digest('hex'), bytes, storedBytes: stored, truncated: bytes > stored }, tail };
    },
  };
}
