import { createHash, type Hash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { crc32 } from 'node:zlib';

/** Bytes `from..to` of a slot belong to entry `entry`: their CRC-32 continues that entry's. */
export interface CrcRange {
  entry: number;
  from: number;
  to: number;
}

/** The whole-file SHA-256, and the CRC-32 of every entry that had ranges. */
export interface SlotDigest {
  sha256: string;
  crc32: Map<number, number>;
}

/**
 * SHA-256 over a sequence of chunks that sit in shared buffers ("slots"), plus running
 * CRC-32s of ranges within them: the reader fills a slot, calls `update(slot, length, ranges)`,
 * and may refill the slot once the returned promise settles. Nothing is copied: the worker
 * reads the same memory the reader filled.
 */
export interface SlotHasher {
  update(slot: number, length: number, ranges: CrcRange[]): Promise<void>;
  digest(): Promise<SlotDigest>;
  /** Stops the worker without a digest (the caller failed). */
  abort(): void;
}

/** Hashes on the calling thread: for files too small to pay for a worker's start. */
export function inlineSlotHasher(views: Uint8Array[]): SlotHasher {
  const hash: Hash = createHash('sha256');
  const crcs = new Map<number, number>();
  return {
    update(slot, length, ranges) {
      const view = views[slot]!;
      hash.update(view.subarray(0, length));
      for (const r of ranges) crcs.set(r.entry, crc32(view.subarray(r.from, r.to), crcs.get(r.entry) ?? 0));
      return Promise.resolve();
    },
    digest: () => Promise.resolve({ sha256: hash.digest('hex'), crc32: crcs }),
    abort() {},
  };
}

// An eval'd CommonJS worker: one source string, nothing for the bundler to find or miss.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { crc32 } = require('node:zlib');
const views = workerData.slots.map((s) => new Uint8Array(s));
const hash = createHash('sha256');
const crcs = new Map();
parentPort.on('message', (m) => {
  if (m.slot === undefined) return parentPort.postMessage({ digest: hash.digest('hex'), crcs: [...crcs] });
  const view = views[m.slot];
  hash.update(view.subarray(0, m.length));
  for (const r of m.ranges) crcs.set(r.entry, crc32(view.subarray(r.from, r.to), crcs.get(r.entry) ?? 0));
  parentPort.postMessage({ slot: m.slot });
});`;

type Reply = { slot: number } | { digest: string; crcs: [number, number][] };

/**
 * Hashes on a second thread, so the whole-file digest and the stored entries' CRC-32s cost
 * no wall time while the calling thread digests the entries.
 */
export function workerSlotHasher(slots: SharedArrayBuffer[]): SlotHasher {
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { slots } });
  const waiting = new Map<number | 'digest', { resolve: (v: Reply) => void; reject: (e: Error) => void }>();
  let failure: Error | null = null;
  const failAll = (err: Error) => {
    failure ??= err;
    for (const w of waiting.values()) w.reject(failure);
    waiting.clear();
  };
  worker.on('message', (m: Reply) => {
    const key = 'digest' in m ? 'digest' : m.slot;
    const w = waiting.get(key);
    waiting.delete(key);
    w?.resolve(m);
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`hash worker exited (code ${code})`)));
  const ask = (key: number | 'digest', message: object) =>
    new Promise<Reply>((resolve, reject) => {
      if (failure) return reject(failure);
      waiting.set(key, { resolve, reject });
      worker.postMessage(message);
    });
  return {
    update: async (slot, length, ranges) => {
      await ask(slot, { slot, length, ranges });
    },
    digest: async () => {
      try {
        const m = (await ask('digest', {})) as { digest: string; crcs: [number, number][] };
        return { sha256: m.digest, crc32: new Map(m.crcs) };
      } finally {
        void worker.terminate();
      }
    },
    abort: () => void worker.terminate(),
  };
}
