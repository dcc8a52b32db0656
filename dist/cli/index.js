import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3844:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ng: () => (/* binding */ prestartForArgv)
/* harmony export */ });
/* unused harmony exports VERIFY_VALUE_OPTIONS, verifyTargetOf */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _hash_shared_sha256_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8907);
/* harmony import */ var _verify_target_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1756);



/**
 * `capsule verify`'s options that take a value (test/cli/early-worker.e2e.test.ts checks this
 * against the command's own): the target is the first argument that is neither an option nor one's value.
 */
const VERIFY_VALUE_OPTIONS = ['--signature', '--trust-policy', '--public-key'];
/** The target a `capsule verify` argv names, as commander will read it; null for any other command. */
function verifyTargetOf(args) {
    if (args[0] !== 'verify')
        return null;
    for (let i = 1; i < args.length; i++) {
        const arg = args[i];
        if (arg === '--')
            return args[i + 1] ?? null;
        if (VERIFY_VALUE_OPTIONS.includes(arg))
            i++;
        else if (!arg.startsWith('-'))
            return arg;
    }
    return null;
}
/**
 * Before the CLI's code loads, for a verify of a capsule: the verifier's code starts loading beside
 * the CLI's (the command imports the same module and finds it loaded or on its way), and when the
 * capsule is large enough for the hash worker (prestartHashWorker decides, with the scan's own
 * threshold), the worker starts booting. The worker holds nothing open and does not keep the process
 * alive until the pass takes it, so a usage error, a vanished file or a wrong guess costs only its start.
 */
function prestartForArgv(args) {
    const target = verifyTargetOf(args);
    if (target === null || !(0,_verify_target_js__WEBPACK_IMPORTED_MODULE_2__/* .isCapsuleTarget */ .J)(target))
        return;
    const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(target, { throwIfNoEntry: false });
    if (!stat?.isFile())
        return;
    // Any failure to load is the command's to report, when it imports the module itself.
    Promise.all(/* import() */[__nccwpck_require__.e(826), __nccwpck_require__.e(3916)]).then(__nccwpck_require__.bind(__nccwpck_require__, 826)).catch(() => undefined);
    (0,_hash_shared_sha256_js__WEBPACK_IMPORTED_MODULE_1__/* .prestartHashWorker */ .oL)(stat.size);
}


/***/ }),

/***/ 9550:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _early_worker_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3844);


// The CLI's first module, kept small: what runs here runs before the rest of the CLI (commander,
// the commands, their chunks) is read and compiled.
// Node >= 22.1 can keep the compiled code of every module loaded after this call (in the OS temp
// dir, or NODE_COMPILE_CACHE; NODE_DISABLE_COMPILE_CACHE=1 turns it off), so a later run skips most
// of their parse and compile, a large part of a small command's time. The Action runs on node24.
// Node 20 has no such call: there this line does nothing, at no measurable cost.
node_module__WEBPACK_IMPORTED_MODULE_0__.enableCompileCache?.();
// A verify of a large capsule: its hash worker boots on the second core while the CLI loads.
(0,_early_worker_js__WEBPACK_IMPORTED_MODULE_1__/* .prestartForArgv */ .ng)(process.argv.slice(2));
await Promise.all(/* import() */[__nccwpck_require__.e(8179), __nccwpck_require__.e(2957)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2957));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8907:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ inlineFilePass),
/* harmony export */   JU: () => (/* binding */ bytesPass),
/* harmony export */   aC: () => (/* binding */ WORKER_MIN_BYTES),
/* harmony export */   aw: () => (/* binding */ workerFilePass),
/* harmony export */   gf: () => (/* binding */ dropPrestartedHashWorker),
/* harmony export */   oL: () => (/* binding */ prestartHashWorker)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_module__WEBPACK_IMPORTED_MODULE_2__);
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


/***/ }),

/***/ 1756:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ isCapsuleTarget)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/**
 * What every command taking "a capsule or a run" calls a capsule: anything that is neither a
 * folder nor a .json manifest (a tampered or truncated file is still verified as a capsule).
 */
function isCapsuleTarget(target) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(target) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(target).isDirectory())
        return false;
    return !target.endsWith('.json');
}


/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		8792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9550);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
