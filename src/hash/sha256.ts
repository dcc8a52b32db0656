import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export interface FileDigest {
  sha256: string;
  size: number;
}

/** Reads for a digest are this large. */
export const DIGEST_READ_BYTES = 1 << 20;

/** Streams the file: memory does not grow with its size. */
export async function sha256File(path: string): Promise<FileDigest> {
  return sha256Chunks(createReadStream(path, { highWaterMark: DIGEST_READ_BYTES }));
}

/** The digest of every chunk a stream gives (a file's read stream, say), in order. */
export async function sha256Chunks(chunks: AsyncIterable<unknown>): Promise<FileDigest> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of chunks) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), size };
}

export const SHA256_HEX = /^[0-9a-f]{64}$/;
