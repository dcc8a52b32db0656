import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { crc32, createInflateRaw } from 'node:zlib';
import { CapsuleError } from '../errors.js';
import { METHOD_DEFLATE, type ZipEntryRecord } from './read.js';

/** What streaming an entry's data actually produced. */
export interface EntryDigest {
  sha256: string;
  size: number;
  crc32: number;
}

/**
 * Stops a stream as soon as it yields more than `limit` bytes: a declared size that lies
 * (or a decompression bomb) is caught after at most `limit` bytes, never fully inflated.
 */
class ByteLimit extends Transform {
  private seen = 0;
  constructor(private readonly limit: number, private readonly what: string) {
    super();
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.seen += chunk.length;
    if (this.seen > this.limit) done(new CapsuleError('zip_entry_too_large', `${this.what}: inflates past ${this.limit} bytes`));
    else done(null, chunk);
  }
}

/** The entry's uncompressed bytes as a stream, read from the data range the layout check established. */
export function openEntryData(path: string, entry: ZipEntryRecord, limit: number): Readable {
  const raw = entry.compressedSize === 0
    ? Readable.from([])
    : createReadStream(path, { start: entry.dataOffset, end: entry.dataOffset + entry.compressedSize - 1, highWaterMark: 1 << 20 });
  const limiter = new ByteLimit(limit, JSON.stringify(entry.name));
  const forward = (err: Error) => limiter.destroy(err);
  raw.on('error', forward);
  if (entry.method === METHOD_DEFLATE) {
    const inflate = createInflateRaw();
    inflate.on('error', (err) => limiter.destroy(new CapsuleError('zip_entry_corrupt', `${JSON.stringify(entry.name)}: deflate data is corrupt (${err.message})`)));
    return raw.pipe(inflate).pipe(limiter);
  }
  return raw.pipe(limiter);
}

export async function digestEntry(path: string, entry: ZipEntryRecord, limit: number): Promise<EntryDigest> {
  const hash = createHash('sha256');
  let size = 0;
  let crc = 0;
  for await (const chunk of openEntryData(path, entry, limit)) {
    hash.update(chunk as Buffer);
    crc = crc32(chunk as Buffer, crc);
    size += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), size, crc32: crc >>> 0 };
}

export async function readEntryBytes(path: string, entry: ZipEntryRecord, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of openEntryData(path, entry, limit)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
