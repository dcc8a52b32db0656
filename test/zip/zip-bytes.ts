import { readFileSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';
import { openCapsuleFile } from '../../src/zip/file.js';
import { readZipLayout } from '../../src/zip/read.js';

/** One entry of a hand-built ZIP; every header field can be overridden to build hostile archives. */
export interface RawEntry {
  name: string | Buffer;
  data: Buffer;
  /** Already-deflated data (method 8): `data` is then ignored and `crc32` and `uncompressedSize` must be given. */
  deflated?: Buffer;
  method?: number;
  flags?: number;
  versionMadeBy?: number;
  externalAttributes?: number;
  /** Lies written into both headers (the data stays as given). */
  crc32?: number;
  uncompressedSize?: number;
}

export interface RawZipOptions {
  prefix?: Buffer;
  suffix?: Buffer;
  comment?: Buffer;
  /** The central directory lists the entries in this order (indices into the entries; default: as written). */
  centralOrder?: number[];
  /** Rewrites the end record's total entry count (ZIP64 tests write the marker). */
  zip64?: { entryCount: number; eocdCountMarker: boolean };
}

const DOS_TIME = ((2026 - 1980) << 25) | (1 << 21) | (1 << 16);

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

function u64(n: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(n));
  return b;
}

/**
 * Writes a ZIP byte by byte in the capsule writer's canonical form (Unix 0644, UTF-8 flag,
 * sizes in the local header, no data descriptor, no extra fields) unless an entry overrides it.
 */
export function buildRawZip(entries: RawEntry[], options: RawZipOptions = {}): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = options.prefix?.length ?? 0;
  if (options.prefix) parts.push(options.prefix);
  for (const e of entries) {
    const name = typeof e.name === 'string' ? Buffer.from(e.name, 'utf8') : e.name;
    const method = e.method ?? 0;
    const body = e.deflated ?? (method === 8 ? deflateRawSync(e.data) : e.data);
    const crc = e.crc32 ?? crc32(e.data);
    const size = e.uncompressedSize ?? e.data.length;
    const fields = Buffer.concat([u16(20), u16(e.flags ?? 0x0800), u16(method), u32(DOS_TIME), u32(crc), u32(body.length), u32(size), u16(name.length), u16(0)]);
    const local = Buffer.concat([u32(0x04034b50), fields, name]);
    central.push(Buffer.concat([
      u32(0x02014b50), u16(e.versionMadeBy ?? 0x032d), fields, u16(0), u16(0), u16(0),
      u32(e.externalAttributes ?? (((0o100644 << 16) | 0x20) >>> 0)), u32(offset), name,
    ]));
    parts.push(local, body);
    offset += local.length + body.length;
  }
  const cd = Buffer.concat(options.centralOrder?.map((i) => central[i]!) ?? central);
  const cdOffset = offset;
  parts.push(cd);
  const comment = options.comment ?? Buffer.alloc(0);
  if (options.zip64) {
    const recordOffset = cdOffset + cd.length;
    const n = options.zip64.entryCount;
    parts.push(Buffer.concat([u32(0x06064b50), u64(44), u16(45), u16(45), u32(0), u32(0), u64(n), u64(n), u64(cd.length), u64(cdOffset)]));
    parts.push(Buffer.concat([u32(0x07064b50), u32(0), u64(recordOffset), u32(1)]));
  }
  const count = options.zip64?.eocdCountMarker ? 0xffff : entries.length;
  parts.push(Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(count), u16(count), u32(cd.length), u32(cdOffset), u16(comment.length), comment]));
  if (options.suffix) parts.push(options.suffix);
  return Buffer.concat(parts);
}

/**
 * The archive at `path` with one bit flipped in the middle of entry `name`'s data: the change
 * the entry hash check catches, wherever the writer laid that entry out.
 */
export function flipEntryDataBit(path: string, name: string): Buffer {
  const file = openCapsuleFile(path);
  try {
    const entry = readZipLayout(file).entries.find((e) => e.name === name);
    if (!entry) throw new Error(`${path}: no entry ${name}`);
    const bytes = readFileSync(path);
    bytes[entry.dataOffset + Math.floor(entry.compressedSize / 2)]! ^= 0x01;
    return bytes;
  } finally {
    file.close();
  }
}
