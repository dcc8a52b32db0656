// The floor for `capsule verify --strict` of one large stored entry on this runtime: only the work the
// format and the report require of any verifier, with none of the checks. The file is read once, in
// 256 KiB slots of shared memory (as verify reads); a worker thread (spawned on the first line, before
// anything else loads) takes the whole-file SHA-256 (the report's capsule.sha256, the bytes a signature
// is over) and the CRC-32 (the ZIP's), the main thread reads and takes the SHA-256 of the same bytes
// (the manifest's entry digest). Each thread does about half. bench/verify.mjs runs it beside verify
// and openssl.
//   node bench/verify-floor.mjs FILE   prints: <file sha256> <sha256 again> <crc32>
import { openSync, readSync, fstatSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';

const SLOT = 256 << 10;
const SLOTS = 8;
const shared = new SharedArrayBuffer(SLOT * SLOTS);
// One Int32 per slot: 0 = free for the reader, n > 0 = n bytes read, for the worker.
const state = new Int32Array(new SharedArrayBuffer(4 * SLOTS));
const fd = openSync(process.argv[2], 'r');
const total = fstatSync(fd).size;
const worker = new Worker(`
const { workerData: { shared, state, SLOT, SLOTS, total }, parentPort } = require('node:worker_threads');
const { crc32 } = require('node:zlib');
const hash = require('node:crypto').createHash('sha256');
let crc = 0;
for (let done = 0, i = 0; done < total; i++) {
  const s = i % SLOTS;
  while (Atomics.load(state, s) === 0) Atomics.wait(state, s, 0);
  const bytes = new Uint8Array(shared, s * SLOT, Atomics.load(state, s));
  hash.update(bytes);
  crc = crc32(bytes, crc);
  done += bytes.length;
  Atomics.store(state, s, 0);
  Atomics.notify(state, s);
}
parentPort.postMessage({ sha256: hash.digest('hex'), crc });
`, { eval: true, workerData: { shared, state, SLOT, SLOTS, total } });

const entry = createHash('sha256');
for (let pos = 0, i = 0; pos < total; i++) {
  const s = i % SLOTS;
  for (let v = Atomics.load(state, s); v !== 0; v = Atomics.load(state, s)) Atomics.wait(state, s, v);
  const slot = new Uint8Array(shared, s * SLOT, SLOT);
  const n = readSync(fd, slot, 0, Math.min(SLOT, total - pos), pos);
  if (n <= 0) throw new Error(`${process.argv[2]}: short read at ${pos}`);
  Atomics.store(state, s, n);
  Atomics.notify(state, s);
  entry.update(slot.subarray(0, n));
  pos += n;
}
worker.once('message', ({ sha256, crc }) => {
  console.log(sha256, entry.digest('hex'), crc);
  void worker.terminate();
});
