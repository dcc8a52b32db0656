export const id = 8907;
export const ids = [8907];
export const modules = {

/***/ 8907:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WORKER_MIN_BYTES: () => (/* binding */ WORKER_MIN_BYTES),
/* harmony export */   bytesPass: () => (/* binding */ bytesPass),
/* harmony export */   dropPrestartedHashWorker: () => (/* binding */ dropPrestartedHashWorker),
/* harmony export */   inlineFilePass: () => (/* binding */ inlineFilePass),
/* harmony export */   prestartHashWorker: () => (/* binding */ prestartHashWorker),
/* harmony export */   workerFilePass: () => (/* binding */ workerFilePass)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_2__);
/// <reference lib="es2024.sharedmemory" />



const shortRead = (path, at, size) => `${path}: the file ended at ${at}, shorter than the ${size} bytes it had when opened`;
/** A file already read whole: one chunk, hashed on the calling thread. */
function bytesPass(bytes) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256');
    let given = bytes.length === 0;
    return {
        next() {
            if (given)
                return Promise.resolve(null);
            given = true;
            hash.update(bytes);
            return Promise.resolve(bytes);
        },
        release() { },
        digest: () => Promise.resolve(hash.digest('hex')),
        abort() { },
        sharedCrc: () => null,
    };
}
/**
 * Reads and hashes on the calling thread, for files too small to pay for a worker's start: two
 * slots, the next chunk read (on libuv's pool) while the caller digests the one given.
 */
function inlineFilePass(source, slots, chunkBytes) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256');
    const chunks = Math.ceil(source.size / chunkBytes);
    const fill = async (i) => {
        const view = slots[i % 2];
        const at = i * chunkBytes;
        const length = Math.min(chunkBytes, source.size - at);
        for (let done = 0; done < length;) {
            const n = await readAt(source.fd, view, done, length - done, at + done);
            if (n === 0)
                throw new Error(shortRead(source.path, at + done, source.size));
            done += n;
        }
        return view.subarray(0, length);
    };
    let given = 0;
    let pending = chunks > 0 ? fill(0) : null;
    return {
        async next() {
            if (pending === null)
                return null;
            const chunk = await pending;
            hash.update(chunk);
            given++;
            pending = given < chunks ? fill(given) : null;
            // Left behind if the caller stops early: its failure is not the caller's.
            pending?.catch(() => undefined);
            return chunk;
        },
        release() { },
        digest: () => Promise.resolve(hash.digest('hex')),
        abort() { },
        sharedCrc: () => null,
    };
}
/** Fills `view` from the file at `at`, or throws if the file ends first. */
function readWhole(source, view, at) {
    for (let done = 0; done < view.length;) {
        const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(source.fd, view, done, view.length - done, at + done);
        if (n === 0)
            throw new Error(shortRead(source.path, at + done, source.size));
        done += n;
    }
}
function readAt(fd, view, offset, length, position) {
    return new Promise((resolve, reject) => {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.read)(fd, view, offset, length, position, (err, n) => (err ? reject(err) : resolve(n)));
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
const WORKER_MIN_BYTES = 32 * 1024 ** 2;
let prestarted = null;
/** A new hash worker. worker_threads is loaded only here: a small file's pass never pays for it. */
function newHashWorker() {
    const { Worker } = (0,node_module__WEBPACK_IMPORTED_MODULE_2__.createRequire)(import.meta.url)('node:worker_threads');
    return new Worker(WORKER_SOURCE, { eval: true });
}
/**
 * Starts the hash worker ahead of need, for a file of `size` bytes (none for a small one): it
 * boots while the caller's code loads, and waits for its file. It holds nothing open and does not
 * keep the process alive until a pass takes it.
 */
function prestartHashWorker(size) {
    if (size < WORKER_MIN_BYTES || prestarted)
        return;
    const worker = newHashWorker();
    worker.unref();
    worker.once('exit', () => {
        if (prestarted === worker)
            prestarted = null;
    });
    prestarted = worker;
}
/** Stops a worker started ahead that no pass took (the command ended first, or never read the file). */
function dropPrestartedHashWorker() {
    void prestarted?.terminate();
    prestarted = null;
}
function takeHashWorker() {
    const worker = prestarted ?? newHashWorker();
    prestarted = null;
    worker.ref();
    return worker;
}
/**
 * A worker thread reads the file into the slots and takes the whole-file SHA-256 of each chunk
 * after handing it over, while the calling thread digests the entries from the same slots.
 * Slots and control words are shared memory, so a chunk costs no message and no copy.
 * `offerCrc(i)`: chunk i lies wholly inside one stored entry, so the worker may take its CRC-32.
 */
function workerFilePass(source, slots, chunkBytes, offerCrc) {
    const control = new SharedArrayBuffer(4 * Int32Array.BYTES_PER_ELEMENT);
    const ctl = new Int32Array(control);
    const views = slots.map((s) => new Uint8Array(s));
    const chunks = Math.ceil(source.size / chunkBytes);
    // A claim word per chunk, then a CRC-32 word per chunk.
    const crcControl = new SharedArrayBuffer(2 * chunks * Int32Array.BYTES_PER_ELEMENT);
    const crcs = new Int32Array(crcControl);
    for (let i = 0; i < chunks; i++)
        crcs[i] = offerCrc(i) ? CRC_OFFERED : CRC_CALLER;
    const readControl = new SharedArrayBuffer(chunks * Int32Array.BYTES_PER_ELEMENT);
    const reads = new Int32Array(readControl);
    const worker = takeHashWorker();
    const { path, fd, size } = source;
    worker.postMessage({ path, fd, size, chunkBytes, slots, control, crcControl, readControl });
    let failure = null;
    let onFailure = () => undefined;
    const failed = new Promise((_resolve, reject) => {
        onFailure = reject;
    });
    failed.catch(() => undefined);
    const fail = (err) => {
        failure ??= err;
        onFailure(failure);
    };
    let finished = false;
    const result = new Promise((resolve) => {
        worker.on('message', (m) => {
            if ('error' in m)
                return fail(new Error(m.error));
            finished = true;
            resolve(m.sha256);
        });
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
        if (!finished)
            fail(new Error(`hash worker exited (code ${code}) before the file was read`));
    });
    let given = 0;
    const stop = () => {
        Atomics.store(ctl, STOP, 1);
        Atomics.notify(ctl, CONSUMED);
        void worker.terminate();
    };
    return {
        async next() {
            if (given >= chunks)
                return null;
            const at = given * chunkBytes;
            const view = views[given % views.length].subarray(0, Math.min(chunkBytes, source.size - at));
            for (;;) {
                if (failure)
                    throw failure;
                const seen = Atomics.load(ctl, CHANGED);
                const state = Atomics.load(reads, given);
                if (state === READ)
                    break;
                // Not read yet, and its slot's last chunk is hashed (the caller released it already): read it here.
                if (state === UNREAD && Atomics.load(ctl, HASHED) > given - views.length
                    && Atomics.compareExchange(reads, given, UNREAD, CALLER_READING) === UNREAD) {
                    try {
                        readWhole(source, view, at);
                    }
                    catch (err) {
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
                if (wait.async)
                    await Promise.race([wait.value, failed]);
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
            if (was === CRC_CALLER || was === CRC_OFFERED)
                return null;
            return (async () => {
                // The worker claimed it: it is taking it now, or has.
                while (Atomics.load(crcs, j) !== CRC_TAKEN) {
                    if (failure)
                        throw failure;
                    const wait = Atomics.waitAsync(crcs, j, CRC_TAKING);
                    if (wait.async)
                        await Promise.race([wait.value, failed]);
                }
                return crcs[chunks + j] >>> 0;
            })();
        },
    };
}


/***/ })

};
