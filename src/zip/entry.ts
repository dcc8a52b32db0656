import { createReadStream } from 'node:fs';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { CapsuleError } from '../errors.js';
import type { CapsuleFile } from './file.js';
import { METHOD_DEFLATE } from './format.js';
import type { ZipEntryRecord } from './read.js';

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

/** The entry's uncompressed bytes as a stream, read through the capsule's descriptor from the range the layout established. */
export function openEntryData(file: CapsuleFile, entry: ZipEntryRecord, limit: number): Readable {
  const raw = entry.compressedSize === 0
    ? Readable.from([])
    : createReadStream('', { fd: file.fd, autoClose: false, start: entry.dataOffset, end: entry.dataOffset + entry.compressedSize - 1, highWaterMark: 1 << 20 });
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

export async function readEntryBytes(file: CapsuleFile, entry: ZipEntryRecord, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of openEntryData(file, entry, limit)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
