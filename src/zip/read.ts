import type { CapsuleFile } from './file.js';
import {
  METHOD_DEFLATE, METHOD_STORED, SIG_CENTRAL, SIG_DESCRIPTOR, SIG_EOCD, SIG_EOCD64, SIG_LOCAL, SIG_LOCATOR64, U32_MAX,
} from './format.js';

/**
 * The strict ZIP layout reader. It reads the end record, the central directory and every
 * local header and data descriptor itself (nothing is decompressed here), and reports each
 * disagreement between them as a problem, so an archive that different unzip tools could
 * read differently is rejected by name rather than read one way.
 */

export interface ZipEntryRecord {
  /** Raw name bytes as stored in the central directory. */
  rawName: Buffer;
  /** Name decoded as UTF-8 (lossy; paths checks use rawName to reject non-UTF-8). */
  name: string;
  versionMadeBy: number;
  versionNeeded: number;
  flags: number;
  method: number;
  dosTime: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  internalAttributes: number;
  externalAttributes: number;
  localHeaderOffset: number;
  /** Offset of the first data byte (after the local header, name and extra). */
  dataOffset: number;
  zip64: boolean;
}

export interface ZipLayout {
  size: number;
  entries: ZipEntryRecord[];
  /** Everything found wrong; empty for a well-formed archive. */
  problems: string[];
  /** Every byte range read to find this layout, for the hashing pass to compare with what it reads. */
  reads: LayoutRead[];
}

export interface LayoutRead {
  offset: number;
  bytes: Buffer;
}

const EOCD_SIZE = 22;
const U16_MAX = 0xffff;
/** Flag bits a capsule may use: 3 (data descriptor), 11 (UTF-8 names), 1-2 (deflate level hints). */
const ALLOWED_FLAGS = 0x0008 | 0x0800 | 0x0002 | 0x0004;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_STRONG_ENCRYPTION = 0x0040;
const FLAG_DESCRIPTOR = 0x0008;
export const FLAG_UTF8 = 0x0800;

/** Reads through the capsule's one descriptor, remembering every range it read for the scan to compare. */
class Reader {
  readonly reads: LayoutRead[] = [];
  readonly size: number;
  constructor(private readonly file: CapsuleFile) {
    this.size = file.size;
  }
  read(offset: number, length: number): Buffer {
    if (offset < 0 || length < 0 || offset + length > this.size) throw new LayoutError(`read of ${length} bytes at ${offset} runs past the end of the file (${this.size} bytes)`);
    const bytes = this.file.readAt(offset, length);
    this.reads.push({ offset, bytes });
    return bytes;
  }
}

/** A fatal layout problem: reading cannot continue past it. */
class LayoutError extends Error {}

/** The layout of the open capsule; a problem is reported, never thrown (an I/O error is). */
export function readZipLayout(file: CapsuleFile): ZipLayout {
  const reader = new Reader(file);
  const problems: string[] = [];
  try {
    const entries = readLayout(reader, problems);
    return { size: reader.size, entries, problems, reads: reader.reads };
  } catch (err) {
    if (!(err instanceof LayoutError)) throw err;
    problems.push(err.message);
    return { size: reader.size, entries: [], problems, reads: reader.reads };
  }
}

interface EndRecord {
  offset: number;
  entryCount: number;
  cdSize: number;
  cdOffset: number;
  /** Where the central directory must end: the ZIP64 end record if there is one, else the end record. */
  cdEnd: number;
}

function readLayout(reader: Reader, problems: string[]): ZipEntryRecord[] {
  const end = readEndRecord(reader, problems);
  if (end.cdOffset + end.cdSize !== end.cdEnd) {
    problems.push(`central directory (offset ${end.cdOffset}, ${end.cdSize} bytes) does not end where the end record starts (${end.cdEnd}): bytes between them`);
  }
  const central = reader.read(end.cdOffset, Math.min(end.cdSize, end.cdEnd - end.cdOffset));
  const entries = readCentralDirectory(central, end, problems);
  // The data may lie in another order than the (sorted) listing: our writer puts the run's files
  // before the documents that list their hashes, so it reads each file once. In file order the
  // entries must still tile the file: nothing before, between or after them, nothing shared.
  let expectedOffset = 0;
  for (const entry of inFileOrder(entries)) {
    if (entry.localHeaderOffset !== expectedOffset) {
      problems.push(`${quote(entry)}: local header at ${entry.localHeaderOffset}, expected ${expectedOffset} (${entry.localHeaderOffset > expectedOffset ? 'bytes before or between entries' : 'overlapping entries'})`);
    }
    expectedOffset = readLocalEntry(reader, entry, problems);
  }
  if (entries.length > 0 && expectedOffset !== end.cdOffset) {
    problems.push(`central directory starts at ${end.cdOffset}, but the last entry ends at ${expectedOffset}: bytes between them`);
  }
  if (entries.length === 0 && end.cdOffset !== 0) problems.push(`${end.cdOffset} bytes before the central directory of an empty archive`);
  return entries;
}

/** The entries by where their local headers start (a stable sort: two at one offset overlap). */
function inFileOrder<T extends Pick<ZipEntryRecord, 'localHeaderOffset'>>(entries: T[]): T[] {
  return [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
}

function readEndRecord(reader: Reader, problems: string[]): EndRecord {
  if (reader.size < EOCD_SIZE) throw new LayoutError(`file is ${reader.size} bytes: too short to be a ZIP archive`);
  const offset = reader.size - EOCD_SIZE;
  const eocd = reader.read(offset, EOCD_SIZE);
  if (eocd.readUInt32LE(0) !== SIG_EOCD) {
    throw new LayoutError('no end-of-central-directory record in the last 22 bytes: the archive has a comment or bytes after its end record');
  }
  const disk = eocd.readUInt16LE(4);
  const cdDisk = eocd.readUInt16LE(6);
  const diskEntries = eocd.readUInt16LE(8);
  let entryCount = eocd.readUInt16LE(10);
  let cdSize = eocd.readUInt32LE(12);
  let cdOffset = eocd.readUInt32LE(16);
  const commentLength = eocd.readUInt16LE(20);
  if (commentLength !== 0) problems.push(`archive comment of ${commentLength} bytes declared (capsules have none)`);
  if (disk !== 0 && disk !== U16_MAX) problems.push(`end record disk number ${disk}: multi-disk archives are not supported`);
  if (cdDisk !== 0 && cdDisk !== U16_MAX) problems.push(`end record central-directory disk ${cdDisk}: multi-disk archives are not supported`);
  if (diskEntries !== entryCount) problems.push(`end record entry counts disagree (${diskEntries} on this disk, ${entryCount} total)`);
  const zip64 = entryCount === U16_MAX || cdSize === U32_MAX || cdOffset === U32_MAX;
  let cdEnd = offset;
  if (zip64) {
    const locatorOffset = offset - 20;
    const locator = reader.read(locatorOffset, 20);
    if (locator.readUInt32LE(0) !== SIG_LOCATOR64) throw new LayoutError('end record has ZIP64 markers but no ZIP64 end-of-central-directory locator before it');
    const recordOffset = Number(locator.readBigUInt64LE(8));
    if (locator.readUInt32LE(4) !== 0 || locator.readUInt32LE(16) !== 1) problems.push('ZIP64 locator names another disk');
    const record = reader.read(recordOffset, 56);
    if (record.readUInt32LE(0) !== SIG_EOCD64) throw new LayoutError(`no ZIP64 end record at offset ${recordOffset} named by the locator`);
    const recordSize = Number(record.readBigUInt64LE(4));
    if (recordSize !== 44 || recordOffset + 56 !== locatorOffset) problems.push('ZIP64 end record has extensible data or does not sit right before its locator');
    const entries64 = Number(record.readBigUInt64LE(32));
    const cdSize64 = Number(record.readBigUInt64LE(40));
    const cdOffset64 = Number(record.readBigUInt64LE(48));
    if (record.readUInt32LE(16) !== 0 || record.readUInt32LE(20) !== 0 || Number(record.readBigUInt64LE(24)) !== entries64) problems.push('ZIP64 end record disk fields or entry counts disagree');
    agree(problems, 'entry count', entryCount, U16_MAX, entries64);
    agree(problems, 'central directory size', cdSize, U32_MAX, cdSize64);
    agree(problems, 'central directory offset', cdOffset, U32_MAX, cdOffset64);
    entryCount = entries64;
    cdSize = cdSize64;
    cdOffset = cdOffset64;
    cdEnd = recordOffset;
  }
  if (cdOffset > cdEnd) throw new LayoutError(`central directory offset ${cdOffset} is past the end record at ${cdEnd}`);
  return { offset, entryCount, cdSize, cdOffset, cdEnd };
}

/** A 32/16-bit field must hold either the real value or the ZIP64 marker with the real value in ZIP64. */
function agree(problems: string[], what: string, small: number, marker: number, wide: number): void {
  if (small !== marker && small !== wide) problems.push(`ZIP64 ${what} ${wide} disagrees with the end record's ${small}`);
}

function readCentralDirectory(central: Buffer, end: EndRecord, problems: string[]): ZipEntryRecord[] {
  const entries: ZipEntryRecord[] = [];
  let at = 0;
  while (at < central.length) {
    if (at + 46 > central.length || central.readUInt32LE(at) !== SIG_CENTRAL) {
      problems.push(`central directory record ${entries.length + 1} at offset ${end.cdOffset + at} is malformed`);
      break;
    }
    const nameLength = central.readUInt16LE(at + 28);
    const extraLength = central.readUInt16LE(at + 30);
    const commentLength = central.readUInt16LE(at + 32);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > central.length) {
      problems.push(`central directory record ${entries.length + 1} runs past the central directory`);
      break;
    }
    const rawName = Buffer.from(central.subarray(at + 46, at + 46 + nameLength));
    const entry: ZipEntryRecord = {
      rawName,
      name: rawName.toString('utf8'),
      versionMadeBy: central.readUInt16LE(at + 4),
      versionNeeded: central.readUInt16LE(at + 6),
      flags: central.readUInt16LE(at + 8),
      method: central.readUInt16LE(at + 10),
      dosTime: central.readUInt32LE(at + 12),
      crc32: central.readUInt32LE(at + 16),
      compressedSize: central.readUInt32LE(at + 20),
      uncompressedSize: central.readUInt32LE(at + 24),
      internalAttributes: central.readUInt16LE(at + 36),
      externalAttributes: central.readUInt32LE(at + 38),
      localHeaderOffset: central.readUInt32LE(at + 42),
      dataOffset: 0,
      zip64: false,
    };
    if (commentLength !== 0) problems.push(`${quote(entry)}: entry comment of ${commentLength} bytes (capsules have none)`);
    const diskStart = central.readUInt16LE(at + 34);
    if (diskStart !== 0 && diskStart !== U16_MAX) problems.push(`${quote(entry)}: starts on disk ${diskStart}`);
    applyZip64Extra(entry, central.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), problems);
    checkFlagsAndMethod(entry, problems);
    entries.push(entry);
    at = next;
  }
  if (entries.length !== end.entryCount) problems.push(`end record declares ${end.entryCount} entries, the central directory holds ${entries.length}`);
  return entries;
}

/**
 * The only extra field a capsule carries is ZIP64 (0x0001), and only for fields that hold
 * the marker; any other extra field, or a ZIP64 field for an unsaturated value, is a problem.
 */
function applyZip64Extra(entry: ZipEntryRecord, extra: Buffer, problems: string[]): void {
  let at = 0;
  while (at < extra.length) {
    if (at + 4 > extra.length) {
      problems.push(`${quote(entry)}: truncated extra field`);
      return;
    }
    const id = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    const body = extra.subarray(at + 4, at + 4 + size);
    if (body.length !== size) {
      problems.push(`${quote(entry)}: extra field 0x${id.toString(16)} runs past the extra data`);
      return;
    }
    if (id !== 0x0001) {
      problems.push(`${quote(entry)}: unexpected extra field 0x${id.toString(16).padStart(4, '0')}`);
    } else {
      entry.zip64 = true;
      const fields: ('uncompressedSize' | 'compressedSize' | 'localHeaderOffset')[] = ['uncompressedSize', 'compressedSize', 'localHeaderOffset'];
      let pos = 0;
      for (const field of fields) {
        if (entry[field] !== U32_MAX) continue;
        if (pos + 8 > body.length) {
          problems.push(`${quote(entry)}: ZIP64 extra field lacks the 64-bit ${field}`);
          break;
        }
        entry[field] = Number(body.readBigUInt64LE(pos));
        pos += 8;
      }
      if (pos !== body.length) problems.push(`${quote(entry)}: ZIP64 extra field has ${body.length - pos} bytes that no saturated field calls for`);
    }
    at += 4 + size;
  }
}

function checkFlagsAndMethod(entry: ZipEntryRecord, problems: string[]): void {
  if (entry.flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) problems.push(`${quote(entry)}: encrypted entry`);
  const unknown = entry.flags & ~(ALLOWED_FLAGS | FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION);
  if (unknown) problems.push(`${quote(entry)}: unsupported general-purpose flags 0x${unknown.toString(16)}`);
  if (entry.method !== METHOD_STORED && entry.method !== METHOD_DEFLATE) problems.push(`${quote(entry)}: unsupported compression method ${entry.method} (only stored and deflate)`);
  if (entry.method === METHOD_STORED && entry.compressedSize !== entry.uncompressedSize) problems.push(`${quote(entry)}: stored entry with compressed size ${entry.compressedSize} != size ${entry.uncompressedSize}`);
}

/** Compares the local header (and data descriptor) with the central record; returns where the next entry must start. */
function readLocalEntry(reader: Reader, entry: ZipEntryRecord, problems: string[]): number {
  const at = entry.localHeaderOffset;
  const header = reader.read(at, 30);
  if (header.readUInt32LE(0) !== SIG_LOCAL) throw new LayoutError(`${quote(entry)}: no local header at offset ${at}`);
  const nameLength = header.readUInt16LE(26);
  const extraLength = header.readUInt16LE(28);
  const name = reader.read(at + 30, nameLength);
  const extra = reader.read(at + 30 + nameLength, extraLength);
  const flags = header.readUInt16LE(6);
  const mismatch = (field: string, local: number | string, central: number | string) => {
    if (local !== central) problems.push(`${quote(entry)}: local header ${field} ${local} disagrees with the central directory's ${central}`);
  };
  mismatch('version needed', header.readUInt16LE(4), entry.versionNeeded);
  mismatch('flags', flags, entry.flags);
  mismatch('method', header.readUInt16LE(8), entry.method);
  mismatch('time', header.readUInt32LE(10), entry.dosTime);
  if (!name.equals(entry.rawName)) problems.push(`${quote(entry)}: local header names it ${JSON.stringify(name.toString('utf8'))}`);
  const usesDescriptor = (flags & FLAG_DESCRIPTOR) !== 0;
  const localSizes = { crc: header.readUInt32LE(14), compressed: header.readUInt32LE(18), size: header.readUInt32LE(22) };
  if (extraLength !== 0 && !(entry.zip64 && isLocalZip64Extra(extra))) problems.push(`${quote(entry)}: local header carries ${extraLength} bytes of extra fields`);
  if (usesDescriptor) {
    if (localSizes.crc !== 0 || localSizes.compressed !== 0 || localSizes.size !== 0) problems.push(`${quote(entry)}: local header sizes must be zero when a data descriptor follows`);
  } else {
    mismatch('CRC-32', localSizes.crc, entry.crc32);
    mismatch('compressed size', entry.zip64 && localSizes.compressed === U32_MAX ? entry.compressedSize : localSizes.compressed, entry.compressedSize);
    mismatch('size', entry.zip64 && localSizes.size === U32_MAX ? entry.uncompressedSize : localSizes.size, entry.uncompressedSize);
  }
  entry.dataOffset = at + 30 + nameLength + extraLength;
  let next = entry.dataOffset + entry.compressedSize;
  if (next > reader.size) throw new LayoutError(`${quote(entry)}: data (${entry.compressedSize} bytes at ${entry.dataOffset}) runs past the end of the file`);
  if (usesDescriptor) next = readDescriptor(reader, entry, next, problems);
  return next;
}

function isLocalZip64Extra(extra: Buffer): boolean {
  return extra.length === 20 && extra.readUInt16LE(0) === 0x0001 && extra.readUInt16LE(2) === 16;
}

function readDescriptor(reader: Reader, entry: ZipEntryRecord, at: number, problems: string[]): number {
  const wide = entry.zip64;
  const length = wide ? 24 : 16;
  const descriptor = reader.read(at, length);
  if (descriptor.readUInt32LE(0) !== SIG_DESCRIPTOR) {
    problems.push(`${quote(entry)}: data descriptor at ${at} lacks its signature`);
    return at + length;
  }
  const crc = descriptor.readUInt32LE(4);
  const compressed = wide ? Number(descriptor.readBigUInt64LE(8)) : descriptor.readUInt32LE(8);
  const size = wide ? Number(descriptor.readBigUInt64LE(16)) : descriptor.readUInt32LE(12);
  if (crc !== entry.crc32) problems.push(`${quote(entry)}: data descriptor CRC-32 ${crc} disagrees with the central directory's ${entry.crc32}`);
  if (compressed !== entry.compressedSize) problems.push(`${quote(entry)}: data descriptor compressed size ${compressed} disagrees with the central directory's ${entry.compressedSize}`);
  if (size !== entry.uncompressedSize) problems.push(`${quote(entry)}: data descriptor size ${size} disagrees with the central directory's ${entry.uncompressedSize}`);
  return at + length;
}

function quote(entry: ZipEntryRecord): string {
  return JSON.stringify(entry.name);
}
