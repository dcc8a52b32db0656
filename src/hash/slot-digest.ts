import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { crc32 } from 'node:zlib';

/**
 * A running SHA-256 (and CRC-32, when asked) of bytes a writer passes through shared buffers
 * ("slots"): it fills a slot, calls `update(slot, length)`, and refills that slot once the
 * returned promise settles. Nothing is copied: a worker reads the very memory that is written.
 */
export interface SlotDigest {
  update(slot: number, length: number): Promise<void>;
  /** The digest of everything given, once every update before it is done. */
  digest(): Promise<{ sha256: string; crc32: number }>;
  /** Stops without a digest (the writer failed). */
  abort(): void;
}

/** On the calling thread: for data too small to pay for a worker's start. */
export function inlineSlotDigest(views: Uint8Array[], withCrc: boolean): SlotDigest {
  const hash = createHash('sha256');
  let crc = 0;
  return {
    update(slot, length) {
      const bytes = views[slot]!.subarray(0, length);
      hash.update(bytes);
      if (withCrc) crc = crc32(bytes, crc);
      return Promise.resolve();
    },
    digest: () => Promise.resolve({ sha256: hash.digest('hex'), crc32: crc >>> 0 }),
    abort() {},
  };
}

// An eval'd CommonJS worker: one source string, nothing for the bundler to find or miss. Messages
// are handled in order, so replies come back in the order the updates were sent.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { crc32 } = require('node:zlib');
const views = workerData.slots.map((s) => new Uint8Array(s));
const hash = createHash('sha256');
let crc = 0;
parentPort.on('message', (m) => {
  if (m.slot === undefined) return parentPort.postMessage({ sha256: hash.digest('hex'), crc32: crc >>> 0 });
  const bytes = views[m.slot].subarray(0, m.length);
  hash.update(bytes);
  if (workerData.withCrc) crc = crc32(bytes, crc);
  parentPort.postMessage({});
});`;

/** On a second thread, so the hash costs the writer no time of its own. */
export function workerSlotDigest(slots: SharedArrayBuffer[], withCrc: boolean): SlotDigest {
  // worker_threads is loaded only here: a small prove never pays for it.
  const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { slots, withCrc } });
  const waiting: { resolve: (m: { sha256?: string; crc32?: number }) => void; reject: (e: Error) => void }[] = [];
  let failure: Error | null = null;
  let done = false;
  const failAll = (err: Error) => {
    failure ??= err;
    for (const w of waiting.splice(0)) w.reject(failure);
  };
  worker.on('message', (m: { sha256?: string; crc32?: number }) => waiting.shift()?.resolve(m));
  worker.on('error', failAll);
  worker.on('exit', (code) => {
    if (!done) failAll(new Error(`hash worker exited (code ${code})`));
  });
  const ask = (message: object) => new Promise<{ sha256?: string; crc32?: number }>((resolve, reject) => {
    if (failure) return reject(failure);
    waiting.push({ resolve, reject });
    worker.postMessage(message);
  });
  return {
    update: async (slot, length) => {
      await ask({ slot, length });
    },
    digest: async () => {
      const m = await ask({});
      done = true;
      void worker.terminate();
      return { sha256: m.sha256!, crc32: m.crc32! };
    },
    abort: () => {
      done = true;
      void worker.terminate();
    },
  };
}
