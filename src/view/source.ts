import { closeSync, existsSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { readZipLayout, type ZipEntryRecord } from '../zip/read.js';
import { openEntryData } from '../zip/entry.js';
import { dropPartialFirstLine, readFileTail } from '../fsio/tail.js';

/** The first bytes of a file in the capsule or run folder, and how large it says it is. */
export interface ReadResult {
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

/**
 * Reads entries straight from the archive (nothing is unpacked to disk), so a capsule that
 * failed verification can still be shown, bounded by `maxBytes` per read. Duplicate names
 * resolve to the first entry; the page already says such a capsule is not to be trusted.
 */
export function capsuleSource(capsulePath: string): ViewSource {
  const entries = new Map<string, ZipEntryRecord>();
  try {
    for (const entry of readZipLayout(capsulePath).entries) if (!entries.has(entry.name)) entries.set(entry.name, entry);
  } catch {
    // unreadable archive: verification names why; the page shows no contents
  }
  return {
    async read(path, maxBytes) {
      const entry = entries.get(path);
      if (!entry) return null;
      const chunks: Buffer[] = [];
      let size = 0;
      const stream = openEntryData(capsulePath, entry, Number.MAX_SAFE_INTEGER);
      try {
        for await (const chunk of stream) {
          chunks.push(chunk as Buffer);
          size += (chunk as Buffer).length;
          if (size > maxBytes) break;
        }
      } catch {
        return null;
      } finally {
        stream.destroy();
      }
      const bytes = Buffer.concat(chunks);
      const truncated = bytes.length > maxBytes;
      return { bytes: truncated ? bytes.subarray(0, maxBytes) : bytes, totalBytes: truncated ? entry.uncompressedSize : bytes.length, truncated };
    },
    async tail(path, maxBytes) {
      const entry = entries.get(path);
      if (!entry) return null;
      // Streamed through with only the last maxBytes kept: memory stays bounded whatever the entry says.
      let kept = Buffer.alloc(0);
      let total = 0;
      const stream = openEntryData(capsulePath, entry, Number.MAX_SAFE_INTEGER);
      try {
        for await (const chunk of stream) {
          total += (chunk as Buffer).length;
          kept = Buffer.concat([kept, chunk as Buffer]);
          if (kept.length > maxBytes) kept = kept.subarray(kept.length - maxBytes);
        }
      } catch {
        return null;
      } finally {
        stream.destroy();
      }
      const cut = total > kept.length;
      return { text: dropPartialFirstLine(kept.toString('utf8'), cut), cut };
    },
  };
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
      const fd = openSync(target, 'r');
      try {
        const read = readSync(fd, bytes, 0, bytes.length, 0);
        return { bytes: bytes.subarray(0, read), totalBytes, truncated: totalBytes > maxBytes };
      } finally {
        closeSync(fd);
      }
    },
  };
}
