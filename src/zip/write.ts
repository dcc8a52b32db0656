import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { CapsuleError } from '../errors.js';
import { ENTRY_MODE, STORE_FROM_BYTES, comparePaths } from './canonical.js';
import {
  METHOD_DEFLATE, METHOD_STORED, SIG_CENTRAL, SIG_DESCRIPTOR, SIG_EOCD, SIG_EOCD64, SIG_LOCAL, SIG_LOCATOR64, U32_MAX,
} from './format.js';

/** One file of the archive: where it is on disk and the digest recorded for it in the capsule manifest. */
export interface PackEntry {
  name: string;
  source: string;
  sha256: string;
}

/**
 * The DOS timestamp the writer stores for `iso` (UTC fields), so the archive does not depend
 * on the packing machine's clock or time zone.
 */
function entryDate(iso: string): Date {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    throw new CapsuleError('capsule_time_invalid', `capsule time ${JSON.stringify(iso)} is not a date`);
  }
  return date;
}

/** MS-DOS date and time in one 32-bit field (date high, time low), clamped to what it can hold. */
function dosTime(date: Date): number {
  const year = date.getUTCFullYear();
  if (year < 1980) return 0x00210000;
  if (year >= 2044) return 0x7f9fbf7d;
  return (((year - 1980) << 25) | ((date.getUTCMonth() + 1) << 21) | (date.getUTCDate() << 16)
    | (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1)) >>> 0;
}

/** Sizes in a data descriptor after the data; bit 11 (UTF-8) only on names that are not ASCII. */
const FLAG_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;
const VERSION = 20;
const VERSION_ZIP64 = 45;
/** Made by Unix (3), spec version 4.5. */
const MADE_BY = (3 << 8) | 45;
/** Regular file with ENTRY_MODE in the Unix half, the DOS archive bit in the other. */
const EXTERNAL_ATTRS = ((0o100000 | ENTRY_MODE) << 16 | 0x20) >>> 0;
const READ_CHUNK = 4 << 20;

interface Written {
  name: Buffer;
  flags: number;
  method: number;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
  zip64: boolean;
}

/**
 * Appends to a file descriptor, counting the offset and hashing what it writes (the archive is
 * written front to back, once), so the capsule's SHA-256 needs no second read of it.
 */
class Appender {
  offset = 0;
  readonly hash = createHash('sha256');
  constructor(readonly fd: number) {}
  write(bytes: Buffer): void {
    for (let done = 0; done < bytes.length;) done += writeSync(this.fd, bytes, done, bytes.length - done);
    this.hash.update(bytes);
    this.offset += bytes.length;
  }
}

/**
 * Writes a deterministic ZIP: entries in the given (sorted) order, no directory entries, fixed
 * time and mode, deflate at level 6 (entries from STORE_FROM_BYTES on stored), each entry's
 * sizes in a data descriptor after it, ZIP64 only where a size or offset needs it. The bytes are
 * those the archiver package wrote for the same entries (test/zip/write.test.ts compares them),
 * without loading it: stored entries are read once in 4 MiB pieces, hashed and copied, so memory
 * does not grow with artifact size. A file whose bytes differ from its recorded digest aborts
 * the pack. The archive is written beside `outPath` and renamed into place. Returns its SHA-256.
 */
export async function writeDeterministicZip(outPath: string, entries: PackEntry[], createdAt: string): Promise<string> {
  const names = entries.map((e) => e.name);
  const sorted = [...names].sort(comparePaths);
  if (names.some((n, i) => n !== sorted[i])) {
    throw new CapsuleError('capsule_entries_unsorted', 'capsule entries must be given sorted by path');
  }
  const time = dosTime(entryDate(createdAt));
  const tmp = join(dirname(outPath), `.${basename(outPath)}.${process.pid}.tmp`);
  const out = new Appender(openSync(tmp, 'w', 0o644));
  try {
    const written: Written[] = [];
    for (const entry of entries) written.push(await writeEntry(out, entry, time));
    writeCentralDirectory(out, written, time);
    closeSync(out.fd);
    renameSync(tmp, outPath);
    return out.hash.digest('hex');
  } catch (err) {
    try {
      closeSync(out.fd);
    } catch {
      // already closed
    }
    rmSync(tmp, { force: true });
    throw err;
  }
}

async function writeEntry(out: Appender, entry: PackEntry, time: number): Promise<Written> {
  const name = Buffer.from(entry.name, 'utf8');
  const flags = FLAG_DESCRIPTOR | (name.length !== entry.name.length ? FLAG_UTF8 : 0);
  const declared = statSync(entry.source).size;
  const method = declared >= STORE_FROM_BYTES ? METHOD_STORED : METHOD_DEFLATE;
  const offset = out.offset;
  const zip64 = declared >= U32_MAX || offset >= U32_MAX;
  const local = Buffer.alloc(30 + name.length + (zip64 ? 20 : 0));
  local.writeUInt32LE(SIG_LOCAL, 0);
  local.writeUInt16LE(zip64 ? VERSION_ZIP64 : VERSION, 4);
  local.writeUInt16LE(flags, 6);
  local.writeUInt16LE(method, 8);
  local.writeUInt32LE(time, 10);
  local.writeUInt16LE(name.length, 26);
  local.writeUInt16LE(zip64 ? 20 : 0, 28);
  name.copy(local, 30);
  if (zip64) {
    local.writeUInt16LE(0x0001, 30 + name.length);
    local.writeUInt16LE(16, 32 + name.length);
  }
  out.write(local);
  const hash = createHash('sha256');
  let crc = 0;
  let size = 0;
  let compressed = 0;
  if (method === METHOD_DEFLATE) {
    const data = readFileSync(entry.source);
    hash.update(data);
    crc = crc32(data);
    size = data.length;
    const deflated = deflateRawSync(data, { level: 6 });
    compressed = deflated.length;
    out.write(deflated);
  } else {
    const source = await open(entry.source, 'r');
    try {
      const buffer = Buffer.allocUnsafe(READ_CHUNK);
      for (let n; (n = (await source.read(buffer, 0, READ_CHUNK, null)).bytesRead) > 0; size += n) {
        const piece = buffer.subarray(0, n);
        hash.update(piece);
        crc = crc32(piece, crc);
        out.write(piece);
      }
    } finally {
      await source.close();
    }
    compressed = size;
  }
  const actual = hash.digest('hex');
  if (actual !== entry.sha256) {
    const message = `${entry.source}: changed while packing (sha256 ${actual}, recorded ${entry.sha256})`;
    throw new CapsuleError('capsule_source_changed', message, { file: entry.source });
  }
  if (!zip64 && size >= U32_MAX) {
    // Its header was written without ZIP64 room: the file grew past 4 GiB after it was measured.
    throw new CapsuleError('capsule_source_changed', `${entry.source}: grew past 4 GiB while packing`, {
      file: entry.source,
    });
  }
  const descriptor = Buffer.alloc(zip64 ? 24 : 16);
  descriptor.writeUInt32LE(SIG_DESCRIPTOR, 0);
  descriptor.writeUInt32LE(crc >>> 0, 4);
  if (zip64) {
    descriptor.writeBigUInt64LE(BigInt(compressed), 8);
    descriptor.writeBigUInt64LE(BigInt(size), 16);
  } else {
    descriptor.writeUInt32LE(compressed, 8);
    descriptor.writeUInt32LE(size, 12);
  }
  out.write(descriptor);
  return { name, flags, method, crc: crc >>> 0, compressed, size, offset, zip64 };
}

function writeCentralDirectory(out: Appender, written: Written[], time: number): void {
  const start = out.offset;
  for (const e of written) {
    const record = Buffer.alloc(46 + e.name.length + (e.zip64 ? 28 : 0));
    record.writeUInt32LE(SIG_CENTRAL, 0);
    record.writeUInt16LE(MADE_BY, 4);
    record.writeUInt16LE(e.zip64 ? VERSION_ZIP64 : VERSION, 6);
    record.writeUInt16LE(e.flags, 8);
    record.writeUInt16LE(e.method, 10);
    record.writeUInt32LE(time, 12);
    record.writeUInt32LE(e.crc, 16);
    record.writeUInt32LE(e.zip64 ? U32_MAX : e.compressed, 20);
    record.writeUInt32LE(e.zip64 ? U32_MAX : e.size, 24);
    record.writeUInt16LE(e.name.length, 28);
    record.writeUInt16LE(e.zip64 ? 28 : 0, 30);
    record.writeUInt32LE(EXTERNAL_ATTRS, 38);
    record.writeUInt32LE(e.zip64 ? U32_MAX : e.offset, 42);
    e.name.copy(record, 46);
    if (e.zip64) {
      const at = 46 + e.name.length;
      record.writeUInt16LE(0x0001, at);
      record.writeUInt16LE(24, at + 2);
      record.writeBigUInt64LE(BigInt(e.size), at + 4);
      record.writeBigUInt64LE(BigInt(e.compressed), at + 12);
      record.writeBigUInt64LE(BigInt(e.offset), at + 20);
    }
    out.write(record);
  }
  const length = out.offset - start;
  const zip64 = written.length > 0xffff || start > U32_MAX || length > U32_MAX;
  if (zip64) {
    const record = Buffer.alloc(56 + 20);
    const at = out.offset;
    record.writeUInt32LE(SIG_EOCD64, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(VERSION_ZIP64, 12);
    record.writeUInt16LE(VERSION_ZIP64, 14);
    record.writeBigUInt64LE(BigInt(written.length), 24);
    record.writeBigUInt64LE(BigInt(written.length), 32);
    record.writeBigUInt64LE(BigInt(length), 40);
    record.writeBigUInt64LE(BigInt(start), 48);
    record.writeUInt32LE(SIG_LOCATOR64, 56);
    record.writeBigUInt64LE(BigInt(at), 64);
    record.writeUInt32LE(1, 72);
    out.write(record);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(SIG_EOCD, 0);
  end.writeUInt16LE(zip64 ? 0xffff : written.length, 8);
  end.writeUInt16LE(zip64 ? 0xffff : written.length, 10);
  end.writeUInt32LE(zip64 ? U32_MAX : length, 12);
  end.writeUInt32LE(zip64 ? U32_MAX : start, 16);
  out.write(end);
}
