import { closeSync, existsSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CapsuleError } from '../errors.js';
import { OPEN_TO_READ } from '../fsio/read.js';
import { dropPartialFirstLine, readFileTail } from '../fsio/tail.js';
import { openEntryData } from '../zip/entry.js';
import type { OpenedCapsule, ScannedEntry } from '../zip/opened.js';

/** The first bytes of a file in the capsule or run folder, and how large it says it is. */
interface ReadResult {
  bytes: Buffer;
  totalBytes: number;
  truncated: boolean;
}

/** Read access to one capsule's entries or one folder's files, by capsule-relative path. */
export interface ViewSource {
  read(path: string, maxBytes: number): Promise<ReadResult | null>;
  /** The last `maxBytes` of a file, from its first whole line: where a failed job says why. */
  tail(path: string, maxBytes: number): Promise<{ text: string; cut: boolean } | null>;
}

/** How far an entry of a capsule that failed its structure checks is inflated to find its end. */
const MAX_RAW_TAIL_BYTES = 64 * 1024 ** 2;

/**
 * Reads entries through the capsule's one descriptor (nothing is unpacked to disk). An entry
 * the verifying pass hashed is streamed whole and must hash the same, so the page shows the
 * bytes that were verified; a capsule that failed its structure checks is still shown from
 * its raw entries, under the page's "not verified" banner. Either way only `maxBytes` are
 * kept. Duplicate names resolve to the first entry.
 */
export function capsuleSource(capsule: OpenedCapsule | null): ViewSource {
  const entries = new Map<string, ScannedEntry>();
  for (const entry of capsule?.entries ?? []) if (!entries.has(entry.record.name)) entries.set(entry.record.name, entry);
  /**
   * Streams the entry into `sink`; null when it cannot be read (the page shows it absent). An
   * unverified entry is read no further than `rawLimit`: its declared size may be a lie.
   */
  const readInto = async (path: string, sink: Kept, rawLimit: number): Promise<ScannedEntry | null> => {
    const entry = entries.get(path);
    if (!capsule || !entry) return null;
    try {
      if (entry.scan !== null && !('error' in entry.scan)) await capsule.copyEntry(entry, sink);
      else await pipeline(openEntryData(capsule.file, entry.record, rawLimit), sink);
    } catch (err) {
      if (err instanceof CapsuleError && err.code === 'capsule_changed') throw err;
      if (!(err instanceof CapsuleError && err.code === 'zip_entry_too_large')) return null;
    }
    return entry;
  };
  return {
    async read(path, maxBytes) {
      const kept = new Kept(maxBytes, 'head');
      const entry = await readInto(path, kept, maxBytes + 1);
      if (!entry) return null;
      const truncated = kept.total > maxBytes;
      return { bytes: kept.bytes(), totalBytes: kept.total, truncated };
    },
    async tail(path, maxBytes) {
      const kept = new Kept(maxBytes, 'tail');
      if (!(await readInto(path, kept, MAX_RAW_TAIL_BYTES))) return null;
      const cut = kept.total > maxBytes;
      return { text: dropPartialFirstLine(kept.bytes().toString('utf8'), cut), cut };
    },
  };
}

/** Keeps the first (or last) `max` bytes written to it and counts them all: memory stays bounded whatever the entry says. */
class Kept extends Writable {
  private buf = Buffer.alloc(0);
  total = 0;
  constructor(private readonly max: number, private readonly keep: 'head' | 'tail') {
    super();
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, done: (err?: Error | null) => void): void {
    this.total += chunk.length;
    if (this.keep === 'tail') {
      this.buf = Buffer.concat([this.buf, chunk]);
      if (this.buf.length > this.max) this.buf = this.buf.subarray(this.buf.length - this.max);
    } else if (this.buf.length < this.max) {
      this.buf = Buffer.concat([this.buf, chunk.subarray(0, this.max - this.buf.length)]);
    }
    done();
  }
  bytes(): Buffer {
    return this.buf;
  }
}

/**
 * Files under `folder`; a path that would leave it (`..`, absolute, or a symlink pointing
 * out) reads as absent, so a crafted folder cannot copy other local files into the page.
 */
export function folderSource(folder: string): ViewSource {
  const root = realpathSync(folder);
  const inside = (path: string): string | null => {
    const candidate = resolve(root, path);
    if (!existsSync(candidate)) return null;
    const target = realpathSync(candidate);
    return target.startsWith(root + sep) && statSync(target).isFile() ? target : null;
  };
  return {
    async tail(path, maxBytes) {
      const target = inside(path);
      return target === null ? null : readFileTail(target, maxBytes);
    },
    async read(path, maxBytes) {
      const target = inside(path);
      if (target === null) return null;
      const totalBytes = statSync(target).size;
      const bytes = Buffer.alloc(Math.min(totalBytes, maxBytes));
      const fd = openSync(target, OPEN_TO_READ);
      try {
        const read = readSync(fd, bytes, 0, bytes.length, 0);
        return { bytes: bytes.subarray(0, read), totalBytes, truncated: totalBytes > maxBytes };
      } finally {
        closeSync(fd);
      }
    },
  };
}
