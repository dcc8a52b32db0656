import { createHash } from 'node:crypto';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { inflateRawSync } from 'node:zlib';
import { CapsuleError } from '../errors.js';
import { openEntryData, readEntryBytes } from './entry.js';
import { openCapsuleFile, type CapsuleFile } from './file.js';
import { METHOD_DEFLATE } from './format.js';
import { sizeCapProblems, type ArchiveLimits } from './limits.js';
import { readZipLayout, type ZipEntryRecord, type ZipLayout } from './read.js';
import { scanCapsule, type CapsuleScan, type EntryScan } from './scan.js';

/** An entry and what the hashing pass made of its data (null: the pass did not read entries). */
export interface ScannedEntry {
  record: ZipEntryRecord;
  scan: EntryScan | null;
}

/**
 * A capsule opened once and read once: its layout, the hashing pass, and reads of single
 * entries that are checked against that pass, so whatever a command does with an entry
 * (parse it, unpack it, show it) uses the very bytes that were hashed and signed.
 */
export interface OpenedCapsule {
  readonly file: CapsuleFile;
  readonly layout: ZipLayout;
  /** The layout's problems and the size caps it breaks: entries are only digested when this is empty. */
  readonly structureProblems: string[];
  readonly scan: CapsuleScan;
  readonly entries: ScannedEntry[];
  /** The entry's bytes (at most `maxBytes` declared), identical to what the pass hashed, or a CapsuleError. */
  readEntry(entry: ScannedEntry, maxBytes: number): Promise<Buffer>;
  /** The entry's bytes in chunks; reading to the end throws unless they are what the pass hashed. */
  entryChunks(entry: ScannedEntry): AsyncIterable<Buffer>;
  /** Streams the entry into `sink`, failing (after the last byte) unless it is what the pass hashed. */
  copyEntry(entry: ScannedEntry, sink: Writable): Promise<void>;
  close(): void;
}

/** `whileScanning`: started once the layout is read, before the pass, so its work overlaps the pass's. */
export async function openCapsule(path: string, limits: ArchiveLimits, whileScanning?: (file: CapsuleFile) => void): Promise<OpenedCapsule> {
  const file = openCapsuleFile(path);
  try {
    const layout = readZipLayout(file);
    const structureProblems = [...layout.problems, ...sizeCapProblems(limits, layout.entries)];
    whileScanning?.(file);
    const scan = await scanCapsule(file, layout, structureProblems.length === 0);
    const entries = layout.entries.map((record, i) => ({ record, scan: scan.entries?.[i] ?? null }));
    const kept = new Map<ScannedEntry, Buffer>();
    for (const [i, bytes] of scan.contents) kept.set(entries[i]!, bytes);
    async function* entryChunks(entry: ScannedEntry): AsyncIterable<Buffer> {
      const digest = scanned(path, entry);
      const hash = createHash('sha256');
      for await (const chunk of openEntryData(file, entry.record, entry.record.uncompressedSize)) {
        hash.update(chunk as Buffer);
        yield chunk as Buffer;
      }
      if (hash.digest('hex') !== digest) throw changed(path, entry);
    }
    return {
      file,
      layout,
      structureProblems,
      scan,
      entries,
      async readEntry(entry, maxBytes) {
        const digest = scanned(path, entry);
        if (entry.record.uncompressedSize > maxBytes) {
          throw new CapsuleError('document_too_large', `${path}!/${entry.record.name}: ${entry.record.uncompressedSize} bytes, above the ${maxBytes}-byte document cap`, { file: `${path}!/${entry.record.name}` });
        }
        // The bytes the pass digested, when it kept them (a copy: a caller may change its own).
        const digested = kept.get(entry);
        if (digested) return Buffer.from(digested);
        const bytes = (file.bytes && entryBytesFrom(file.bytes, entry.record))
          ?? await readEntryBytes(file, entry.record, entry.record.uncompressedSize);
        if (createHash('sha256').update(bytes).digest('hex') !== digest) throw changed(path, entry);
        return bytes;
      },
      entryChunks,
      async copyEntry(entry, sink) {
        await pipeline(entryChunks(entry), sink);
      },
      close: () => file.close(),
    };
  } catch (err) {
    file.close();
    throw err;
  }
}

/**
 * The entry's bytes from the file as read at open (a small capsule is read whole, once): no
 * second read. Null if they cannot be had that way (the caller then reads them again).
 */
function entryBytesFrom(fileBytes: Uint8Array, record: ZipEntryRecord): Buffer | null {
  const data = fileBytes.subarray(record.dataOffset, record.dataOffset + record.compressedSize);
  if (record.method !== METHOD_DEFLATE) return Buffer.from(data);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, record.uncompressedSize) });
  } catch {
    return null;
  }
}

function scanned(path: string, entry: ScannedEntry): string {
  const s = entry.scan;
  if (s === null || 'error' in s) throw new CapsuleError('zip_entry_unreadable', `${path}!/${entry.record.name}: ${s === null ? 'not read: the archive failed its structure checks' : s.error}`, { file: `${path}!/${entry.record.name}` });
  return s.sha256;
}

function changed(path: string, entry: ScannedEntry): CapsuleError {
  return new CapsuleError('capsule_changed', `${path}!/${entry.record.name}: its bytes differ from those the hashing pass read (the file was written to during this command)`, { file: path });
}
