import { closeSync, fstatSync, openSync, readSync, renameSync, rmSync, writeSync, type Stats } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';
import { CapsuleError } from '../errors.js';
import { createTempBeside } from '../fsio/atomic.js';
import { inlineSlotDigest, workerSlotDigest, type SlotDigest } from '../hash/slot-digest.js';
import { sha256Hex, type FileDigest } from '../hash/sha256.js';
import { ENTRY_MODE, STORE_FROM_BYTES } from './canonical.js';
import {
  METHOD_DEFLATE, METHOD_STORED, SIG_CENTRAL, SIG_DESCRIPTOR, SIG_EOCD, SIG_EOCD64, SIG_LOCAL, SIG_LOCATOR64, U32_MAX,
} from './format.js';

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
/**
 * Stored data moves through eight shared 256 KiB slots (a read, two hashes and a write in flight),
 * 2 MiB in all, so a chunk stays in a core's L2 cache between them, as verify's pass reads
 * (src/zip/scan.ts). With four 4 MiB slots a 256 MiB prove took ~20% more CPU on an interleaved A/B
 * with other work on the machine (0.95–1.12 s against 0.77–0.81 s), for the same bytes.
 */
const CHUNK_BYTES = 256 * 1024;
const SLOTS = 8;
/** From this size a hash runs on a worker thread (its start, ~20 ms, costs more below). */
const WORKER_MIN_BYTES = 32 * 1024 ** 2;

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

export interface ZipWriterOptions {
  /** The bytes the archive will roughly hold: from WORKER_MIN_BYTES on, its SHA-256 runs on a worker. */
  expectedBytes?: number;
}

/**
 * Writes a deterministic ZIP, front to back, once: no directory entries, fixed time and mode,
 * deflate at level 6 (entries from STORE_FROM_BYTES on stored), each entry's sizes in a data
 * descriptor after it, ZIP64 only where a size or offset needs it. Entries lie in the file in
 * the order they are added, and the central directory lists them sorted by path: so a caller
 * can add files first and then documents that name their digests. Added in sorted order, the
 * bytes are those the archiver package wrote (test/zip/write.test.ts compares them).
 *
 * Each file is read once: its SHA-256 and CRC-32 are taken of the very bytes written (large
 * files stream through shared slots, hashed on worker threads while the main thread writes),
 * and the archive's own SHA-256 as it is written. Memory does not grow with file size. The
 * archive is written beside `outPath` and renamed into place by `close`; `abort` leaves nothing.
 */
export class ZipWriter {
  private readonly written: Written[] = [];
  private readonly names = new Set<string>();
  private readonly time: number;
  private readonly tmp: string;
  private readonly fd: number;
  private readonly slots = Array.from({ length: SLOTS }, () => new SharedArrayBuffer(CHUNK_BYTES));
  private readonly views = this.slots.map((s) => new Uint8Array(s));
  /** Settles when both hashes are done with the slot. */
  private readonly released: Promise<unknown>[] = this.views.map(() => Promise.resolve());
  private readonly archive: SlotDigest;
  private slot = 0;
  /** Bytes waiting in the current slot (headers, small entries) to be written and hashed. */
  private fill = 0;
  private offset = 0;

  constructor(private readonly outPath: string, createdAt: string, options: ZipWriterOptions = {}) {
    this.time = dosTime(entryDate(createdAt));
    // The folder may be one others write to (a run folder a job could plant links in).
    ({ tmp: this.tmp, fd: this.fd } = createTempBeside(outPath));
    const threaded = (options.expectedBytes ?? 0) >= WORKER_MIN_BYTES;
    this.archive = threaded ? workerSlotDigest(this.slots, false) : inlineSlotDigest(this.views, false);
  }

  /** Adds the file at `source` as `name`, reading it once; `copyTo` also gets its bytes. Returns their digest. */
  async addFile(name: string, source: string, copyTo?: string): Promise<FileDigest> {
    const fd = openSync(source, 'r');
    const copy = copyTo === undefined ? null : openSync(copyTo, 'w', 0o644);
    try {
      const before = fstatSync(fd);
      if (before.size < STORE_FROM_BYTES) {
        const data = readExactly(fd, before.size, source);
        unchanged(source, fd, before);
        if (copy !== null) writeAll(copy, data, data.length);
        return await this.addDeflated(name, data);
      }
      return await this.addStored(name, fd, before, source, copy);
    } finally {
      closeSync(fd);
      if (copy !== null) closeSync(copy);
    }
  }

  /** Adds generated bytes (deflated below STORE_FROM_BYTES, as a file of that size would be). */
  async addBytes(name: string, content: string | Buffer): Promise<FileDigest> {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    if (data.length < STORE_FROM_BYTES) return this.addDeflated(name, data);
    const start = await this.startEntry(name, data.length, METHOD_STORED);
    for (let at = 0; at < data.length; at += CHUNK_BYTES) await this.put(data.subarray(at, at + CHUNK_BYTES));
    return this.endEntry(start, sha256Hex(data), crc32(data), data.length, data.length);
  }

  /** Writes the central directory (sorted by path) and the end records, and renames the archive into place. */
  async close(): Promise<string> {
    const sorted = [...this.written].sort((a, b) => Buffer.compare(a.name, b.name));
    const start = this.offset;
    for (const e of sorted) await this.put(centralRecord(e, this.time));
    await this.put(endRecords(sorted.length, start, this.offset - start));
    this.flush();
    await Promise.all(this.released);
    const { sha256 } = await this.archive.digest();
    closeSync(this.fd);
    renameSync(this.tmp, this.outPath);
    return sha256;
  }

  /** Stops, removing the partial archive (an archive already at `outPath` stays as it was). */
  abort(): void {
    this.archive.abort();
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
    rmSync(this.tmp, { force: true });
  }

  private async addDeflated(name: string, data: Buffer): Promise<FileDigest> {
    const start = await this.startEntry(name, data.length, METHOD_DEFLATE);
    const deflated = deflateRawSync(data, { level: 6 });
    await this.put(deflated);
    return this.endEntry(start, sha256Hex(data), crc32(data), data.length, deflated.length);
  }

  /** Streams `declared` bytes from `fd` through the slots: each is hashed for the entry and the archive, and written. */
  private async addStored(name: string, fd: number, before: Stats, source: string, copy: number | null): Promise<FileDigest> {
    const start = await this.startEntry(name, before.size, METHOD_STORED);
    this.flush();
    const entry = before.size >= WORKER_MIN_BYTES ? workerSlotDigest(this.slots, true) : inlineSlotDigest(this.views, true);
    try {
      let done = 0;
      while (done < before.size) {
        const slot = await this.nextSlot();
        const view = this.views[slot]!;
        const n = readSync(fd, view, 0, Math.min(CHUNK_BYTES, before.size - done), null);
        if (n === 0) throw changed(source, `it ended at ${done} bytes, ${before.size} when packing began`);
        done += n;
        const hashed = Promise.all([entry.update(slot, n), this.archive.update(slot, n)]);
        hashed.catch(() => undefined);
        this.released[slot] = hashed;
        writeAll(this.fd, view, n);
        if (copy !== null) writeAll(copy, view, n);
        this.offset += n;
      }
      if (readSync(fd, Buffer.alloc(1), 0, 1, null) !== 0) throw changed(source, `it grew past the ${before.size} bytes it had when packing began`);
      unchanged(source, fd, before);
      const digest = await entry.digest();
      return await this.endEntry(start, digest.sha256, digest.crc32, before.size, before.size);
    } catch (err) {
      entry.abort();
      throw err;
    }
  }

  private async startEntry(nameText: string, size: number, method: number): Promise<Written> {
    if (this.names.has(nameText)) throw new CapsuleError('pack_path_collision', `${nameText}: added to the capsule twice`);
    this.names.add(nameText);
    const name = Buffer.from(nameText, 'utf8');
    const flags = FLAG_DESCRIPTOR | (name.length !== nameText.length ? FLAG_UTF8 : 0);
    const offset = this.offset;
    const zip64 = size >= U32_MAX || offset >= U32_MAX;
    const local = Buffer.alloc(30 + name.length + (zip64 ? 20 : 0));
    local.writeUInt32LE(SIG_LOCAL, 0);
    local.writeUInt16LE(zip64 ? VERSION_ZIP64 : VERSION, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(this.time, 10);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(zip64 ? 20 : 0, 28);
    name.copy(local, 30);
    if (zip64) {
      local.writeUInt16LE(0x0001, 30 + name.length);
      local.writeUInt16LE(16, 32 + name.length);
    }
    await this.put(local);
    return { name, flags, method, crc: 0, compressed: 0, size, offset, zip64 };
  }

  private async endEntry(e: Written, sha256: string, crc: number, size: number, compressed: number): Promise<FileDigest> {
    const descriptor = Buffer.alloc(e.zip64 ? 24 : 16);
    descriptor.writeUInt32LE(SIG_DESCRIPTOR, 0);
    descriptor.writeUInt32LE(crc >>> 0, 4);
    if (e.zip64) {
      descriptor.writeBigUInt64LE(BigInt(compressed), 8);
      descriptor.writeBigUInt64LE(BigInt(size), 16);
    } else {
      descriptor.writeUInt32LE(compressed, 8);
      descriptor.writeUInt32LE(size, 12);
    }
    await this.put(descriptor);
    this.written.push({ ...e, crc: crc >>> 0, compressed, size });
    return { sha256, size };
  }

  /** Appends bytes through the current slot, writing and hashing each slot as it fills. */
  private async put(bytes: Uint8Array): Promise<void> {
    for (let at = 0; at < bytes.length;) {
      if (this.fill === 0) this.slot = await this.nextSlot();
      const n = Math.min(CHUNK_BYTES - this.fill, bytes.length - at);
      this.views[this.slot]!.set(bytes.subarray(at, at + n), this.fill);
      this.fill += n;
      this.offset += n;
      at += n;
      if (this.fill === CHUNK_BYTES) this.flush();
    }
  }

  /** Writes and hashes what waits in the current slot. */
  private flush(): void {
    if (this.fill === 0) return;
    const view = this.views[this.slot]!;
    const hashed = this.archive.update(this.slot, this.fill);
    hashed.catch(() => undefined);
    this.released[this.slot] = hashed;
    writeAll(this.fd, view, this.fill);
    this.fill = 0;
  }

  /** The next slot, once both hashes are done with what it held. */
  private async nextSlot(): Promise<number> {
    const slot = (this.slot + 1) % SLOTS;
    this.slot = slot;
    await this.released[slot];
    return slot;
  }
}

function writeAll(fd: number, bytes: Uint8Array, length: number): void {
  for (let done = 0; done < length;) done += writeSync(fd, bytes, done, length - done);
}

function readExactly(fd: number, size: number, source: string): Buffer {
  const data = Buffer.allocUnsafe(size);
  let done = 0;
  for (let n; done < size && (n = readSync(fd, data, done, size - done, null)) > 0;) done += n;
  if (done < size) throw changed(source, `it ended at ${done} bytes, ${size} when packing began`);
  if (readSync(fd, Buffer.alloc(1), 0, 1, null) !== 0) throw changed(source, `it grew past the ${size} bytes it had when packing began`);
  return data;
}

/** The file's size and change times after the read are those before it: no write happened in between. */
function unchanged(source: string, fd: number, before: Stats): void {
  const after = fstatSync(fd);
  if (after.size !== before.size || after.mtimeMs !== before.mtimeMs || after.ctimeMs !== before.ctimeMs) {
    throw changed(source, 'it was written to while being read');
  }
}

function changed(source: string, what: string): CapsuleError {
  return new CapsuleError('capsule_source_changed', `${source}: changed while packing (${what}); nothing was written`, { file: source });
}

function centralRecord(e: Written, time: number): Buffer {
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
  return record;
}

/** The ZIP64 end record and locator where a count, offset or length needs them, then the end record. */
function endRecords(count: number, start: number, length: number): Buffer {
  const zip64 = count > 0xffff || start > U32_MAX || length > U32_MAX;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(SIG_EOCD, 0);
  end.writeUInt16LE(zip64 ? 0xffff : count, 8);
  end.writeUInt16LE(zip64 ? 0xffff : count, 10);
  end.writeUInt32LE(zip64 ? U32_MAX : length, 12);
  end.writeUInt32LE(zip64 ? U32_MAX : start, 16);
  if (!zip64) return end;
  const record = Buffer.alloc(56 + 20);
  const at = start + length;
  record.writeUInt32LE(SIG_EOCD64, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE(VERSION_ZIP64, 12);
  record.writeUInt16LE(VERSION_ZIP64, 14);
  record.writeBigUInt64LE(BigInt(count), 24);
  record.writeBigUInt64LE(BigInt(count), 32);
  record.writeBigUInt64LE(BigInt(length), 40);
  record.writeBigUInt64LE(BigInt(start), 48);
  record.writeUInt32LE(SIG_LOCATOR64, 56);
  record.writeBigUInt64LE(BigInt(at), 64);
  record.writeUInt32LE(1, 72);
  return Buffer.concat([record, end]);
}
