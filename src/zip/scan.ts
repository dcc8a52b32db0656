import { createHash, type Hash } from 'node:crypto';
import { crc32, createInflateRaw, inflateRawSync, type InflateRaw } from 'node:zlib';
import { crc32Combine } from '../hash/crc32-combine.js';
import { bytesPass, inlineFilePass, WORKER_MIN_BYTES, workerFilePass, type FilePass } from '../hash/shared-sha256.js';
import type { CapsuleFile } from './file.js';
import { METHOD_DEFLATE } from './format.js';
import type { ZipEntryRecord, ZipLayout } from './read.js';

/** What one entry's data actually produced when the scan inflated it. */
export interface EntryDigest {
  sha256: string;
  size: number;
  crc32: number;
}

export type EntryScan = EntryDigest | { error: string };

/**
 * The one pass over a capsule. `sha256` is of exactly the bytes read; every entry digest and
 * every structure the layout reader parsed came from those same bytes.
 */
export interface CapsuleScan {
  sha256: string;
  /** In layout order; null when entries were not read (the layout failed or a size cap applies). */
  entries: EntryScan[] | null;
  /** Bytes that differ from what the layout reader saw at the same offset: the file was written to while being read. */
  problems: string[];
  /**
   * The uncompressed data of entries the pass digested whole (the small documents), by listing
   * index: the very bytes hashed, so reading one needs no second read, inflate or hash. At most
   * KEPT_MAX_BYTES in all; entries past that are read again when asked for.
   */
  contents: Map<number, Buffer>;
}

/**
 * Reads are this large and aligned to it, up to eight chunks ahead of the digests: 2 MiB of slots in
 * all, which stay in a core's L2 cache between the read, the main thread's digests and the worker's
 * (2 MiB a core on the Xeon measured here). With 4 MiB chunks in four slots each chunk went out to L3 and
 * back twice: on interleaved A/Bs of 256 MiB verifies the pass took ~25% more CPU with other work on
 * the machine (0.76 s against 0.56 s; bench/verify-floor.mjs, with no checks at all, the same), and
 * ~5% more on an idle one (0.67 s against 0.63 s; 1 GiB 1.96 s against 1.92 s).
 */
const CHUNK_BYTES = 256 * 1024;
const SLOTS = 8;

/**
 * Reads the file once, front to back, in large aligned chunks (on a worker thread for large
 * files, which also takes the whole-file SHA-256): each chunk feeds the whole-file SHA-256, each
 * entry's SHA-256 and CRC-32 (inflating deflate entries, stopping at their declared size, and
 * taking their CRC-32 of the inflated bytes), and is compared with what the layout reader read
 * at the same offsets, so the structure checked, the bytes hashed and the bytes signed are one.
 */
export async function scanCapsule(file: CapsuleFile, layout: ZipLayout | null, digestEntries: boolean): Promise<CapsuleScan> {
  const slotBytes = Math.min(CHUNK_BYTES, Math.max(file.size, 1));
  const entries = digestEntries && layout ? layout.entries : null;
  const pass: FilePass = file.bytes ? bytesPass(file.bytes) : file.size >= WORKER_MIN_BYTES
    ? workerPass(file, slotBytes, entries ?? [])
    : inlineFilePass(file, [new Uint8Array(slotBytes), new Uint8Array(slotBytes)], CHUNK_BYTES);
  const compare = new ReadComparer(layout?.reads ?? []);
  const walker = entries ? new EntryWalker(entries, () => pass.sharedCrc()) : null;
  try {
    for (let at = 0; ; ) {
      const chunk = await pass.next();
      if (chunk === null) break;
      compare.check(chunk, at);
      if (walker) await walker.consume(chunk, at);
      pass.release();
      at += chunk.length;
    }
    const sha256 = await pass.digest();
    return { sha256, entries: walker ? walker.finish() : null, problems: compare.problems, contents: walker?.contents ?? new Map() };
  } catch (err) {
    pass.abort();
    walker?.abort();
    throw err;
  }
}

/** Every range the layout reader read must hold the same bytes when the scan passes it. */
class ReadComparer {
  readonly problems: string[] = [];
  private next = 0;
  private readonly reads: { offset: number; bytes: Buffer }[];

  constructor(reads: { offset: number; bytes: Buffer }[]) {
    this.reads = [...reads].sort((a, b) => a.offset - b.offset);
  }

  check(chunk: Uint8Array, at: number): void {
    const end = at + chunk.length;
    while (this.next < this.reads.length && this.reads[this.next]!.offset + this.reads[this.next]!.bytes.length <= at) this.next++;
    for (let k = this.next; k < this.reads.length && this.reads[k]!.offset < end; k++) {
      const r = this.reads[k]!;
      const from = Math.max(r.offset, at);
      const to = Math.min(r.offset + r.bytes.length, end);
      if (to <= from) continue;
      const seen = r.bytes.subarray(from - r.offset, to - r.offset);
      if (Buffer.compare(seen, chunk.subarray(from - at, to - at)) !== 0 && this.problems.length < 10) {
        this.problems.push(`bytes ${from}..${to} changed between the layout read and the hashing pass: the file was written to while it was being verified`);
      }
    }
  }
}

/**
 * The pass on a worker thread, offered the CRC-32 of the chunks that lie wholly inside one stored
 * entry's data (their CRC-32 is all that entry's); only this pass can take them, so only it asks.
 */
function workerPass(file: CapsuleFile, slotBytes: number, entries: ZipEntryRecord[]): FilePass {
  const inStoredEntry = new Set<number>();
  for (const e of entries) {
    if (e.method === METHOD_DEFLATE) continue;
    const dataEnd = e.dataOffset + e.compressedSize;
    // Chunk i is file[i·C, min((i+1)·C, size)).
    for (let i = Math.ceil(e.dataOffset / CHUNK_BYTES); i * CHUNK_BYTES < file.size; i++) {
      if (Math.min((i + 1) * CHUNK_BYTES, file.size) > dataEnd) break;
      inStoredEntry.add(i);
    }
  }
  const slots = Array.from({ length: SLOTS }, () => new SharedArrayBuffer(slotBytes));
  return workerFilePass(file, slots, CHUNK_BYTES, (i) => inStoredEntry.has(i));
}

/**
 * Feeds each entry's data range to its digester as the chunks pass. The walk goes in file order,
 * which need not be the listing's (the layout reader checked that the entries tile the file);
 * results are by listing index.
 */
class EntryWalker {
  readonly contents = new Map<number, Buffer>();
  private keptBytes = 0;
  private index = 0;
  private readonly results: (EntryScan | undefined)[];
  private current: Digester | null = null;
  /** Listing indices in file order. */
  private readonly order: number[];

  /** `sharedCrc`: the pass's CRC-32 of the chunk it gave last, when another thread took it (see FilePass). */
  constructor(private readonly entries: ZipEntryRecord[], private readonly sharedCrc: () => Promise<number> | null) {
    this.order = entries.map((_, i) => i).sort((a, b) => entries[a]!.dataOffset - entries[b]!.dataOffset);
    this.results = new Array<EntryScan | undefined>(entries.length);
  }

  async consume(chunk: Uint8Array, at: number): Promise<void> {
    const end = at + chunk.length;
    while (this.index < this.order.length) {
      const i = this.order[this.index]!;
      const e = this.entries[i]!;
      const dataEnd = e.dataOffset + e.compressedSize;
      if (e.dataOffset >= end) return;
      if (this.current === null && e.dataOffset >= at && dataEnd <= end && e.uncompressedSize <= WHOLE_ENTRY_MAX_BYTES) {
        const { digest, data } = await digestWholeKeeping(e, chunk.subarray(e.dataOffset - at, dataEnd - at));
        this.results[i] = digest;
        if (data && this.keptBytes + data.length <= KEPT_MAX_BYTES) {
          // A stored entry's data is a view of a slot that will be refilled: copied.
          this.contents.set(i, e.method === METHOD_DEFLATE ? (data as Buffer) : Buffer.from(data));
          this.keptBytes += data.length;
        }
        this.index++;
        continue;
      }
      this.current ??= digesterFor(e);
      const from = Math.max(e.dataOffset, at);
      const to = Math.min(dataEnd, end);
      const shared = from === at && to === end && this.current instanceof StoredDigester ? this.sharedCrc() : null;
      if (shared) await (this.current as StoredDigester).updateWithCrc(chunk, shared);
      else if (to > from) await this.current.update(chunk.subarray(from - at, to - at));
      if (dataEnd > end) return;
      this.results[i] = await this.current.finish();
      this.current = null;
      this.index++;
    }
  }

  finish(): EntryScan[] {
    // Entries the pass never reached (a file shorter than its layout) have no digest.
    this.current?.abort();
    this.current = null;
    return this.entries.map((_, i) => this.results[i] ?? { error: 'its data was not read: the file ends first' });
  }

  abort(): void {
    this.current?.abort();
  }
}

/**
 * Entries of at most this size (declared) whose data lies within one chunk are digested in one
 * call; larger ones are streamed, so memory stays flat whatever an entry declares.
 */
const WHOLE_ENTRY_MAX_BYTES = 1024 ** 2;

/** The most uncompressed bytes of whole-digested entries a scan keeps for the commands to read (CapsuleScan.contents). */
const KEPT_MAX_BYTES = 16 * 1024 ** 2;

/**
 * One entry's data, all at hand, digested in one call: for the many small documents of a capsule
 * a fraction of the streaming digester's cost. Only an entry that inflates cleanly within its
 * declared size is judged here; anything else (corrupt, too long) goes through the streaming
 * digester, so every error verdict is the stream's own (test/zip/whole-entry.test.ts checks the
 * two paths agree on hostile data).
 */
export async function digestWhole(e: Pick<ZipEntryRecord, 'method' | 'uncompressedSize'>, data: Uint8Array): Promise<EntryScan> {
  return (await digestWholeKeeping(e, data)).digest;
}

/** digestWhole, with the uncompressed bytes it digested (null when it found them bad). */
async function digestWholeKeeping(e: Pick<ZipEntryRecord, 'method' | 'uncompressedSize'>, data: Uint8Array): Promise<{ digest: EntryScan; data: Uint8Array | null }> {
  const digester = new StoredDigester(e.uncompressedSize);
  let plain: Uint8Array | null = data;
  if (e.method === METHOD_DEFLATE) {
    try {
      plain = inflateRawSync(data, { maxOutputLength: Math.max(1, e.uncompressedSize) });
    } catch {
      // Corrupt, or longer than declared: the stream decides what to report.
      plain = null;
    }
    if (plain === null || plain.length > e.uncompressedSize) {
      const streamed = digesterFor(e);
      await streamed.update(data);
      return { digest: await streamed.finish(), data: null };
    }
  }
  digester.update(plain);
  const digest = digester.finish();
  return { digest, data: 'error' in digest ? null : plain };
}

const inflatesPast = (limit: number) => `inflates past its declared ${limit} bytes`;
const corrupt = (message: string) => `deflate data is corrupt (${message})`;

export interface Digester {
  update(data: Uint8Array): Promise<void> | void;
  finish(): Promise<EntryScan> | EntryScan;
  abort(): void;
}

export function digesterFor(e: Pick<ZipEntryRecord, 'method' | 'uncompressedSize'>): Digester {
  return e.method === METHOD_DEFLATE ? new InflatingDigester(e.uncompressedSize) : new StoredDigester(e.uncompressedSize);
}

/** SHA-256, CRC-32 and size of the bytes given, refusing more than `limit`. */
class StoredDigester implements Digester {
  private readonly hash: Hash = createHash('sha256');
  private crc = 0;
  private size = 0;
  error: string | null = null;

  constructor(private readonly limit: number) {}

  update(data: Uint8Array): void {
    if (this.admit(data)) this.crc = crc32(data, this.crc);
  }

  /** The same, with the data's own CRC-32 taken elsewhere (after the hash, so the two overlap). */
  async updateWithCrc(data: Uint8Array, crcOfData: Promise<number>): Promise<void> {
    if (this.admit(data)) this.crc = crc32Combine(this.crc, await crcOfData, data.length);
    // Not wanted past the limit; should the worker fail, the pass reports it.
    else crcOfData.catch(() => undefined);
  }

  /** Counts and hashes the data unless it runs past the limit. */
  private admit(data: Uint8Array): boolean {
    if (this.error) return false;
    this.size += data.length;
    if (this.size > this.limit) {
      this.error = inflatesPast(this.limit);
      return false;
    }
    this.hash.update(data);
    return true;
  }

  private digest: EntryScan | null = null;

  finish(): EntryScan {
    this.digest ??= this.error ? { error: this.error } : { sha256: this.hash.digest('hex'), size: this.size, crc32: this.crc >>> 0 };
    return this.digest;
  }

  abort(): void {}
}

/** Inflates as the compressed bytes arrive; output past the declared size stops it (a bomb costs at most that). */
class InflatingDigester implements Digester {
  private readonly inner: StoredDigester;
  private readonly inflate: InflateRaw = createInflateRaw();
  private failure: string | null = null;

  constructor(limit: number) {
    this.inner = new StoredDigester(limit);
    this.inflate.on('data', (out: Buffer) => {
      this.inner.update(out);
      if (this.inner.error) this.inflate.destroy();
    });
    this.inflate.on('error', (err) => {
      this.failure ??= corrupt(err.message);
    });
  }

  update(data: Uint8Array): Promise<void> {
    if (this.stopped()) return Promise.resolve();
    // A corrupt stream is destroyed mid-write and may never call back: 'close' settles it too.
    return new Promise<void>((resolve) => {
      const done = () => {
        this.inflate.off('close', done);
        resolve();
      };
      this.inflate.once('close', done);
      this.inflate.write(data, done);
    });
  }

  finish(): Promise<EntryScan> {
    if (this.stopped()) return Promise.resolve(this.result());
    return new Promise((resolve) => {
      let settled = false;
      const done = () => {
        if (settled) return;
        settled = true;
        resolve(this.result());
      };
      this.inflate.once('end', done);
      this.inflate.once('close', done);
      this.inflate.end();
    });
  }

  abort(): void {
    this.inflate.destroy();
  }

  private stopped(): boolean {
    return this.failure !== null || this.inner.error !== null || this.inflate.destroyed;
  }

  private result(): EntryScan {
    if (this.inner.error) return { error: this.inner.error };
    if (this.failure) return { error: this.failure };
    return this.inner.finish();
  }
}
