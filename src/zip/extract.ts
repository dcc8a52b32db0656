import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { crc32 } from 'node:zlib';
import { CapsuleError } from '../errors.js';
import { openEntryData } from './entry.js';
import { openCapsuleFile } from './file.js';
import { entryNameProblem } from './names.js';
import { FLAG_UTF8, readZipLayout } from './read.js';

/** Passes bytes through while computing their CRC-32 (a ZIP entry's stored checksum). */
class Crc32 extends Transform {
  value = 0;
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.value = crc32(chunk, this.value);
    done(null, chunk);
  }
}

/**
 * Writes every file of the ZIP archive at `zipPath` under `dir` (folder entries only make
 * folders) and returns the files' names. A malformed archive, a name a capsule could not hold
 * (one that would land outside `dir`, say), an entry over `limit` bytes or a CRC mismatch is an
 * error naming `what` and the entry.
 */
export async function extractZip(zipPath: string, dir: string, what: string, limit: number): Promise<string[]> {
  const file = openCapsuleFile(zipPath);
  try {
    const layout = readZipLayout(file);
    if (layout.problems.length > 0) {
      const problem = layout.problems[0];
      throw new CapsuleError('zip_readable', `${what}: not a readable ZIP archive (${problem})`, { file: zipPath });
    }
    const files: string[] = [];
    for (const entry of layout.entries) {
      const unsafe = entryNameProblem({ raw: entry.rawName, utf8Flag: (entry.flags & FLAG_UTF8) !== 0 });
      if (unsafe) throw new CapsuleError('zip_entry_unsafe', `${what}: ${unsafe}`);
      const target = path.join(dir, entry.name);
      if (entry.name.endsWith('/')) {
        mkdirSync(target, { recursive: true });
        continue;
      }
      mkdirSync(path.dirname(target), { recursive: true });
      const crc = new Crc32();
      await pipeline(openEntryData(file, entry, limit), crc, createWriteStream(target, { flags: 'wx' }));
      if (crc.value >>> 0 !== entry.crc32) {
        const name = JSON.stringify(entry.name);
        throw new CapsuleError('zip_entry_corrupt', `${what}: entry ${name} does not match its CRC-32`);
      }
      files.push(entry.name);
    }
    return files;
  } finally {
    file.close();
  }
}
