import { read } from 'node:fs';
import { createHash, type Hash } from 'node:crypto';
import { crc32, createInflateRaw, type InflateRaw } from 'node:zlib';
import { inlineSlotHasher, workerSlotHasher, type CrcRange, type SlotHasher } from '../hash/shared-sha256.js';
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
}

/** Reads are this large and aligned to it; four slots keep a read, a hash and a digest in flight. */
const CHUNK_BYTES = 4 * 1024 ** 2;
const SLOTS = 4;
/** Below this a worker's start (~20 ms) costs more than hashing on the main thread. */
const WORKER_MIN_BYTES = 32 * 1024 ** 2;

/**
 * Reads the file once, front to back, in large aligned chunks: each chunk feeds the whole-file
 * SHA-256 and the stored entries' CRC-32 (on a worker for large files), each entry's SHA-256
 * (inflating deflate entries, stopping at their declared size, and taking their CRC-32 of the
 * inflated bytes), and is compared with what the layout reader read
 * at the same offsets, so the structure checked, the bytes hashed and the bytes signed are one.
 */
export async function scanCapsule(file: CapsuleFile, layout: ZipLayout | null, digestEntries: boolean): Promise<CapsuleScan> {
  const slots = Array.from({ length: SLOTS }, () => new SharedArrayBuffer(Math.min(CHUNK_BYTES, Math.max(file.size, 1))));
  const views = slots.map((s) => new Uint8Array(s));
  const hasher: SlotHasher = file.size >= WORKER_MIN_BYTES ? workerSlotHasher(slots) : inlineSlotHasher(views);
  const compare = new ReadComparer(layout?.reads ?? []);
  const walker = digestEntries && layout ? new EntryWalker(layout.entries) : null;
  const chunks = Math.ceil(file.size / CHUNK_BYTES);
  const released: Promise<void>[] = views.map(() => Promise.resolve());
  const filled: Promise<number>[] = [];
  const fill = (i: number) => {
    const slot = i % SLOTS;
    filled[i] = released[slot]!.then(() => readFully(file, views[slot]!, Math.min(CHUNK_BYTES, file.size - i * CHUNK_BYTES), i * CHUNK_BYTES));
    quiet(filled[i]!);
  };
  try {
    for (let i = 0; i < Math.min(2, chunks); i++) fill(i);
    for (let i = 0; i < chunks; i++) {
      const slot = i % SLOTS;
      const length = await filled[i]!;
      if (i + 2 < chunks) fill(i + 2);
      const hashed = hasher.update(slot, length, walker?.storedRanges(i * CHUNK_BYTES, length) ?? []);
      quiet(hashed);
      const chunk = views[slot]!.subarray(0, length);
      compare.check(chunk, i * CHUNK_BYTES);
      if (walker) await walker.consume(chunk, i * CHUNK_BYTES);
      released[slot] = hashed;
    }
    await Promise.all(released);
    const digest = await hasher.digest();
    return { sha256: digest.sha256, entries: walker ? await walker.finish(digest.crc32) : null, problems: compare.problems };
  } catch (err) {
    hasher.abort();
    walker?.abort();
    throw err;
  }
}

/** A promise that may be left behind when the pass stops early: its failure is the one already thrown. */
function quiet(p: Promise<unknown>): void {
  p.catch(() => undefined);
}

function readFully(file: CapsuleFile, view: Uint8Array, length: number, position: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const step = (done: number) => {
      if (done === length) return resolve(length);
      read(file.fd, view, done, length - done, position + done, (err, n) => {
        if (err) return reject(err);
        if (n === 0) return reject(new Error(`${file.path}: the file ended at ${position + done}, shorter than the ${file.size} bytes it had when opened`));
        step(done + n);
      });
    };
    step(0);
  });
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
 * Feeds each entry's data range to its digester as the chunks pass. The walk goes in file order,
 * which need not be the listing's (the layout reader checked that the entries tile the file);
 * results and CRC ranges are by listing index.
 */
class EntryWalker {
  private index = 0;
  /** The first entry whose stored data may still lie ahead of the chunks given to storedRanges. */
  private rangeIndex = 0;
  private readonly results: (EntryScan | undefined)[];
  private current: Digester | null = null;
  /** Listing indices in file order. */
  private readonly order: number[];

  constructor(private readonly entries: ZipEntryRecord[]) {
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
      this.current ??= digesterFor(e);
      const from = Math.max(e.dataOffset, at);
      const to = Math.min(dataEnd, end);
      if (to > from) await this.current.update(chunk.subarray(from - at, to - at));
      if (dataEnd > end) return;
      this.results[i] = await this.current.finish();
      this.current = null;
      this.index++;
    }
  }

  /** The parts of the chunk at `at` that are stored entries' data: their CRC-32 is taken beside the file's hash. */
  storedRanges(at: number, length: number): CrcRange[] {
    const end = at + length;
    const ranges: CrcRange[] = [];
    const { order, entries } = this;
    while (this.rangeIndex < order.length && this.dataEnd(entries[order[this.rangeIndex]!]!) <= at) this.rangeIndex++;
    for (let k = this.rangeIndex; k < order.length && entries[order[k]!]!.dataOffset < end; k++) {
      const i = order[k]!;
      const e = entries[i]!;
      if (e.method === METHOD_DEFLATE) continue;
      const from = Math.max(e.dataOffset, at);
      const to = Math.min(this.dataEnd(e), end);
      if (to > from) ranges.push({ entry: i, from: from - at, to: to - at });
    }
    return ranges;
  }

  private dataEnd(e: ZipEntryRecord): number {
    return e.dataOffset + e.compressedSize;
  }

  /** `storedCrcs`: the CRC-32 of each stored entry's data, by entry index (none: empty data). */
  async finish(storedCrcs: Map<number, number>): Promise<EntryScan[]> {
    // Entries the pass never reached (a file shorter than its layout) have no digest.
    this.current?.abort();
    this.current = null;
    return this.entries.map((e, i) => {
      const r = this.results[i] ?? { error: 'its data was not read: the file ends first' };
      return 'error' in r || e.method === METHOD_DEFLATE ? r : { ...r, crc32: (storedCrcs.get(i) ?? 0) >>> 0 };
    });
  }

  abort(): void {
    this.current?.abort();
  }
}

interface Digester {
  update(data: Uint8Array): Promise<void> | void;
  finish(): Promise<EntryScan> | EntryScan;
  abort(): void;
}

function digesterFor(e: ZipEntryRecord): Digester {
  return e.method === METHOD_DEFLATE ? new InflatingDigester(e.uncompressedSize) : new StoredDigester(e.uncompressedSize, false);
}

/** SHA-256, CRC-32 (unless the hasher takes it) and size of the bytes given, refusing more than `limit`. */
class StoredDigester implements Digester {
  private readonly hash: Hash = createHash('sha256');
  private crc = 0;
  private size = 0;
  error: string | null = null;

  constructor(
    private readonly limit: number,
    private readonly withCrc = true,
  ) {}

  update(data: Uint8Array): void {
    if (this.error) return;
    this.size += data.length;
    if (this.size > this.limit) {
      this.error = `inflates past its declared ${this.limit} bytes`;
      return;
    }
    this.hash.update(data);
    if (this.withCrc) this.crc = crc32(data, this.crc);
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
      this.failure ??= `deflate data is corrupt (${err.message})`;
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
