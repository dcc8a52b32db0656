import { createHash, type Hash } from 'node:crypto';
import { Worker } from 'node:worker_threads';

/**
 * SHA-256 over a sequence of chunks that sit in shared buffers ("slots"): the reader fills a
 * slot, calls `update(slot, length)`, and may refill the slot once the returned promise
 * settles. Nothing is copied: the worker hashes the same memory the reader filled.
 */
export interface SlotHasher {
  update(slot: number, length: number): Promise<void>;
  digest(): Promise<string>;
  /** Stops the worker without a digest (the caller failed). */
  abort(): void;
}

/** Hashes on the calling thread: for files too small to pay for a worker's start. */
export function inlineSlotHasher(views: Uint8Array[]): SlotHasher {
  const hash: Hash = createHash('sha256');
  return {
    update(slot, length) {
      hash.update(views[slot]!.subarray(0, length));
      return Promise.resolve();
    },
    digest: () => Promise.resolve(hash.digest('hex')),
    abort() {},
  };
}

// An eval'd CommonJS worker: one source string, nothing for the bundler to find or miss.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const views = workerData.slots.map((s) => new Uint8Array(s));
const hash = createHash('sha256');
parentPort.on('message', (m) => {
  if (m.slot === undefined) return parentPort.postMessage({ digest: hash.digest('hex') });
  hash.update(views[m.slot].subarray(0, m.length));
  parentPort.postMessage({ slot: m.slot });
});`;

/** Hashes on a second thread, so a second digest of the same bytes costs no wall time. */
export function workerSlotHasher(slots: SharedArrayBuffer[]): SlotHasher {
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { slots } });
  const waiting = new Map<number | 'digest', { resolve: (v: string) => void; reject: (e: Error) => void }>();
  let failure: Error | null = null;
  const failAll = (err: Error) => {
    failure ??= err;
    for (const w of waiting.values()) w.reject(failure);
    waiting.clear();
  };
  worker.on('message', (m: { slot?: number; digest?: string }) => {
    const key = m.digest !== undefined ? 'digest' : m.slot!;
    const w = waiting.get(key);
    waiting.delete(key);
    w?.resolve(m.digest ?? '');
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`hash worker exited (code ${code})`)));
  const ask = (key: number | 'digest', message: object) =>
    new Promise<string>((resolve, reject) => {
      if (failure) return reject(failure);
      waiting.set(key, { resolve, reject });
      worker.postMessage(message);
    });
  return {
    update: async (slot, length) => {
      await ask(slot, { slot, length });
    },
    digest: async () => {
      try {
        return await ask('digest', {});
      } finally {
        void worker.terminate();
      }
    },
    abort: () => void worker.terminate(),
  };
}
