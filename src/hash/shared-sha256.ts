/// <reference lib="es2024.sharedmemory" />
import { read, readSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Worker as WorkerThread } from 'node:worker_threads';

/**
 * One pass over an open file, front to back, in chunks that sit in shared buffers ("slots"):
 * `next()` gives each chunk in order, valid until `release()`; the pass takes the SHA-256 of
 * every byte it read. Nothing is copied: whoever digests a chunk reads the very memory the
 * read filled and the hash saw.
 */
export interface FilePass {
  /** The next chunk (in file order), or null once the file is read. */
  next(): Promise<Uint8Array | null>;
  /** The caller is done with the chunk `next()` gave last: its slot may be refilled. */
  release(): void;
  /** SHA-256 of the whole file, once every chunk was given and released. */
  digest(): Promise<string>;
  /** Stops the pass without a digest (the caller failed). */
  abort(): void;
  /**
   * For the chunk `next()` gave last, one the pass was told lies wholly inside a stored entry:
   * the CRC-32 of all its bytes, when the reading thread took it (it does when it would
   * otherwise wait for the caller), or null: the caller takes it itself.
   */
  sharedCrc(): Promise<number> | null;
}

/** What a pass reads: `size` bytes through the descriptor `fd`, never past `size`. */
export interface PassSource {
  path: string;
  fd: number;
  size: number;
}

const shortRead = (path: string, at: number, size: number) =>
  `${path}: the file ended at ${at}, shorter than the ${size} bytes it had when opened`;

/** A file already read whole: one chunk, hashed on the calling thread. */
export function bytesPass(bytes: Uint8Array): FilePass {
  const hash = createHash('sha256');
  let given = bytes.length === 0;
  return {
    next() {
      if (given) return Promise.resolve(null);
      given = true;
      hash.update(bytes);
      return Promise.resolve(bytes);
    },
    release() {},
    digest: () => Promise.resolve(hash.digest('hex')),
    abort() {},
    sharedCrc: () => null,
  };
}

/**
 * Reads and hashes on the calling thread, for files too small to pay for a worker's start: two
 * slots, the next chunk read (on libuv's pool) while the caller digests the one given.
 */
export function inlineFilePass(source: PassSource, slots: [Uint8Array, Uint8Array], chunkBytes: number): FilePass {
  const hash = createHash('sha256');
  const chunks = Math.ceil(source.size / chunkBytes);
  const fill = async (i: number): Promise<Uint8Array> => {
    const view = slots[i % 2]!;
    const at = i * chunkBytes;
    const length = Math.min(chunkBytes, source.size - at);
    for (let done = 0; done < length;) {
      const n = await readAt(source.fd, view, done, length - done, at + done);
      if (n === 0) throw new Error(shortRead(source.path, at + done, source.size));
      done += n;
    }
    return view.subarray(0, length);
  };
  let given = 0;
  let pending = chunks > 0 ? fill(0) : null;
  return {
    async next() {
      if (pending === null) return null;
      const chunk = await pending;
      hash.update(chunk);
      given++;
      pending = given < chunks ? fill(given) : null;
      // Left behind if the caller stops early: its failure is not the caller's.
      pending?.catch(() => undefined);
      return chunk;
    },
    release() {},
    digest: () => Promise.resolve(hash.digest('hex')),
    abort() {},
    sharedCrc: () => null,
  };
}

/** Fills `view` from the file at `at`, or throws if the file ends first. */
function readWhole(source: PassSource, view: Uint8Array, at: number): void {
  for (let done = 0; done < view.length;) {
    const n = readSync(source.fd, view, done, view.length - done, at + done);
    if (n === 0) throw new Error(shortRead(source.path, at + done, source.size));
    done += n;
  }
}

function readAt(fd: number, view: Uint8Array, offset: number, length: number, position: number): Promise<number> {
  return new Promise((resolve, reject) => {
    read(fd, view, offset, length, position, (err, n) => (err ? reject(err) : resolve(n)));
  });
}

/** Control words shared with the worker. */
const CONSUMED = 0; // chunks the caller has released
const HASHED = 1; // chunks the worker has hashed
const STOP = 2; // non-zero: the caller gave up; the worker stops reading
const CHANGED = 3; // bumped (and notified) by the worker whenever a chunk is read or hashed

/** Who reads a chunk into its slot (one word per chunk): whichever thread needs it first. */
const UNREAD = 0;
const WORKER_READING = 1;
const CALLER_READING = 2;
const READ = 3;

/** Who takes a chunk's CRC-32 (one control word per chunk). */
const CRC_CALLER = 0; // the caller, always: the chunk is not inside one stored entry
const CRC_OFFERED = 1; // whoever claims it first
const CRC_TAKING = 2; // the worker claimed it
const CRC_TAKEN = 3; // the worker's CRC-32 of it is in the chunk's value word
const CRC_CLAIMED = 4; // the caller claimed it

// An eval'd CommonJS worker: one source string, nothing for the bundler to find or miss. Given its
// file, it reads chunk i into slot i % slots (once the caller released the chunk that was there),
// publishes it, then hashes it while the caller digests the same bytes: one read, no message per chunk.
// A chunk the caller got to first (while the worker was starting) the caller has read: it hashes that.
// When every slot waits for the caller, it takes the CRC-32 of an offered chunk the caller has yet
// to reach (the furthest), so the two threads share that work instead of one idling.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { readSync } = require('node:fs');
const { createHash } = require('node:crypto');
const { crc32 } = require('node:zlib');
parentPort.once('message', ({ path, fd, size, chunkBytes, slots, control, crcControl, readControl }) => {
const views = slots.map((s) => new Uint8Array(s));
const ctl = new Int32Array(control);
const crcs = new Int32Array(crcControl);
const reads = new Int32Array(readControl);
const chunks = Math.ceil(size / chunkBytes);
const hash = createHash('sha256');
const changed = () => {
  Atomics.add(ctl, ${CHANGED}, 1);
  Atomics.notify(ctl, ${CHANGED});
};
// Chunks from..to-1 are published and not yet released: their slots hold them.
const takeCrc = (from, to) => {
  for (let j = to - 1; j >= from; j--) {
    if (Atomics.compareExchange(crcs, j, ${CRC_OFFERED}, ${CRC_TAKING}) !== ${CRC_OFFERED}) continue;
    const at = j * chunkBytes;
    crcs[chunks + j] = crc32(views[j % views.length].subarray(0, Math.min(chunkBytes, size - at)));
    Atomics.store(crcs, j, ${CRC_TAKEN});
    Atomics.notify(crcs, j);
    return true;
  }
  return false;
};
try {
  for (let i = 0; i < chunks; i++) {
    const view = views[i % views.length];
    const at = i * chunkBytes;
    const length = Math.min(chunkBytes, size - at);
    for (;;) {
      if (Atomics.load(ctl, ${STOP}) !== 0) process.exit(0);
      const state = Atomics.load(reads, i);
      if (state === ${READ}) break;
      if (state === ${CALLER_READING}) {
        Atomics.wait(reads, i, ${CALLER_READING});
        continue;
      }
      const consumed = Atomics.load(ctl, ${CONSUMED});
      if (i - consumed < views.length) {
        if (Atomics.compareExchange(reads, i, ${UNREAD}, ${WORKER_READING}) !== ${UNREAD}) continue;
        for (let done = 0; done < length;) {
          const n = readSync(fd, view, done, length - done, at + done);
          if (n === 0) {
            throw new Error(
              path + ': the file ended at ' + (at + done) + ', shorter than the ' + size + ' bytes it had when opened');
          }
          done += n;
        }
        Atomics.store(reads, i, ${READ});
        changed();
        break;
      }
      if (takeCrc(consumed + 1, i)) continue;
      Atomics.wait(ctl, ${CONSUMED}, consumed);
    }
    hash.update(view.subarray(0, length));
    Atomics.store(ctl, ${HASHED}, i + 1);
    changed();
  }
  parentPort.postMessage({ sha256: hash.digest('hex') });
} catch (err) {
  parentPort.postMessage({ error: err && err.message ? err.message : String(err) });
}
});`;

/** Below this a worker's start (~20 ms) costs more than hashing on the main thread. */
export const WORKER_MIN_BYTES = 32 * 1024 ** 2;

let prestarted: WorkerThread | null = null;

/** A new hash worker. worker_threads is loaded only here: a small file's pass never pays for it. */
function newHashWorker(): WorkerThread {
  const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  return new Worker(WORKER_SOURCE, { eval: true });
}

/**
 * Starts the hash worker ahead of need, for a file of `size` bytes (none for a small one): it
 * boots while the caller's code loads, and waits for its file. It holds nothing open and does not
 * keep the process alive until a pass takes it.
 */
export function prestartHashWorker(size: number): void {
  if (size < WORKER_MIN_BYTES || prestarted) return;
  const worker = newHashWorker();
  worker.unref();
  worker.once('exit', () => {
    if (prestarted === worker) prestarted = null;
  });
  prestarted = worker;
}

/** Stops a worker started ahead that no pass took (the command ended first, or never read the file). */
export function dropPrestartedHashWorker(): void {
  void prestarted?.terminate();
  prestarted = null;
}

function takeHashWorker(): WorkerThread {
  const worker = prestarted ?? newHashWorker();
  prestarted = null;
  worker.ref();
  return worker;
}

type Reply = { sha256: string } | { error: string };

/**
 * A worker thread reads the file into the slots and takes the whole-file SHA-256 of each chunk
 * after handing it over, while the calling thread digests the entries from the same slots.
 * Slots and control words are shared memory, so a chunk costs no message and no copy.
 * `offerCrc(i)`: chunk i lies wholly inside one stored entry, so the worker may take its CRC-32.
 */
export function workerFilePass(
  source: PassSource, slots: SharedArrayBuffer[], chunkBytes: number, offerCrc: (chunk: number) => boolean,
): FilePass {
  const control = new SharedArrayBuffer(4 * Int32Array.BYTES_PER_ELEMENT);
  const ctl = new Int32Array(control);
  const views = slots.map((s) => new Uint8Array(s));
  const chunks = Math.ceil(source.size / chunkBytes);
  // A claim word per chunk, then a CRC-32 word per chunk.
  const crcControl = new SharedArrayBuffer(2 * chunks * Int32Array.BYTES_PER_ELEMENT);
  const crcs = new Int32Array(crcControl);
  for (let i = 0; i < chunks; i++) crcs[i] = offerCrc(i) ? CRC_OFFERED : CRC_CALLER;
  const readControl = new SharedArrayBuffer(chunks * Int32Array.BYTES_PER_ELEMENT);
  const reads = new Int32Array(readControl);
  const worker = takeHashWorker();
  const { path, fd, size } = source;
  worker.postMessage({ path, fd, size, chunkBytes, slots, control, crcControl, readControl });
  let failure: Error | null = null;
  let onFailure: (err: Error) => void = () => undefined;
  const failed = new Promise<never>((_resolve, reject) => {
    onFailure = reject;
  });
  failed.catch(() => undefined);
  const fail = (err: Error) => {
    failure ??= err;
    onFailure(failure);
  };
  let finished = false;
  const result = new Promise<string>((resolve) => {
    worker.on('message', (m: Reply) => {
      if ('error' in m) return fail(new Error(m.error));
      finished = true;
      resolve(m.sha256);
    });
  });
  worker.on('error', fail);
  worker.on('exit', (code) => {
    if (!finished) fail(new Error(`hash worker exited (code ${code}) before the file was read`));
  });
  let given = 0;
  const stop = () => {
    Atomics.store(ctl, STOP, 1);
    Atomics.notify(ctl, CONSUMED);
    void worker.terminate();
  };
  return {
    async next() {
      if (given >= chunks) return null;
      const at = given * chunkBytes;
      const view = views[given % views.length]!.subarray(0, Math.min(chunkBytes, source.size - at));
      for (;;) {
        if (failure) throw failure;
        const seen = Atomics.load(ctl, CHANGED);
        const state = Atomics.load(reads, given);
        if (state === READ) break;
        // Not read yet, and its slot's last chunk is hashed (the caller released it already): read it here.
        if (state === UNREAD && Atomics.load(ctl, HASHED) > given - views.length
          && Atomics.compareExchange(reads, given, UNREAD, CALLER_READING) === UNREAD) {
          try {
            readWhole(source, view, at);
          } catch (err) {
            // The worker may wait on this chunk: it stops instead.
            Atomics.store(ctl, STOP, 1);
            Atomics.notify(reads, given);
            throw err;
          }
          Atomics.store(reads, given, READ);
          Atomics.notify(reads, given);
          break;
        }
        const wait = Atomics.waitAsync(ctl, CHANGED, seen);
        if (wait.async) await Promise.race([wait.value, failed]);
      }
      given++;
      return view;
    },
    release() {
      Atomics.store(ctl, CONSUMED, given);
      Atomics.notify(ctl, CONSUMED);
    },
    digest: () => Promise.race([result, failed]),
    abort: stop,
    sharedCrc() {
      const j = given - 1;
      const was = Atomics.compareExchange(crcs, j, CRC_OFFERED, CRC_CLAIMED);
      if (was === CRC_CALLER || was === CRC_OFFERED) return null;
      return (async () => {
        // The worker claimed it: it is taking it now, or has.
        while (Atomics.load(crcs, j) !== CRC_TAKEN) {
          if (failure) throw failure;
          const wait = Atomics.waitAsync(crcs, j, CRC_TAKING);
          if (wait.async) await Promise.race([wait.value, failed]);
        }
        return crcs[chunks + j]! >>> 0;
      })();
    },
  };
}
