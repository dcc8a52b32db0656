export const id = 826;
export const ids = [826,8907];
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


/***/ }),

/***/ 826:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CAPSULE_CHECK_IDS: () => (/* binding */ CAPSULE_CHECK_IDS),
  CAPSULE_FACT_PRODUCERS: () => (/* binding */ CAPSULE_FACT_PRODUCERS),
  CAPSULE_STEPS: () => (/* binding */ CAPSULE_STEPS),
  loadLaterChecks: () => (/* binding */ loadLaterChecks),
  openVerifiedCapsule: () => (/* binding */ openVerifiedCapsule),
  verifyCapsule: () => (/* binding */ verifyCapsule)
});

// EXTERNAL MODULE: ./src/verify/steps.ts
var steps = __webpack_require__(5582);
// EXTERNAL MODULE: ./src/verify/checks/context.ts
var context = __webpack_require__(6816);
// EXTERNAL MODULE: ./src/zip/names.ts
var names = __webpack_require__(3639);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/zip/entry.ts
var zip_entry = __webpack_require__(7283);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/fsio/read.ts
var read = __webpack_require__(1715);
;// CONCATENATED MODULE: ./src/zip/file.ts



/** A capsule of at most this size is read whole at open (one read instead of one per header). */
const WHOLE_READ_MAX_BYTES = 4 * 1024 ** 2;
function openCapsuleFile(path) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, read/* OPEN_TO_READ */._);
    }
    catch (err) {
        throw new errors/* CapsuleError */.Mu('file_unreadable', `${path}: cannot open: ${(0,errors/* describeFsError */.TQ)(err)}`, { file: path });
    }
    const atOpen = (0,external_node_fs_.fstatSync)(fd);
    if (!atOpen.isFile()) {
        (0,external_node_fs_.closeSync)(fd);
        throw new errors/* CapsuleError */.Mu('file_unreadable', `${path} is not a regular file`, { file: path });
    }
    const size = Number(atOpen.size);
    let closed = false;
    const readFromDisk = (offset, length) => {
        const buf = Buffer.alloc(length);
        for (let done = 0; done < length;) {
            const n = (0,external_node_fs_.readSync)(fd, buf, done, length - done, offset + done);
            if (n === 0)
                throw new errors/* CapsuleError */.Mu('capsule_changed', `${path}: the file ended at ${offset + done}, shorter than the ${size} bytes it had when opened`, { file: path });
            done += n;
        }
        return buf;
    };
    let bytes = null;
    try {
        bytes = size <= WHOLE_READ_MAX_BYTES ? readFromDisk(0, size) : null;
    }
    catch (err) {
        (0,external_node_fs_.closeSync)(fd);
        throw err;
    }
    return {
        path,
        fd,
        size,
        bytes,
        readAt(offset, length) {
            if (offset < 0 || length < 0 || offset + length > size) {
                throw new errors/* CapsuleError */.Mu('zip_layout_invalid', `${path}: read of ${length} bytes at ${offset} runs past the end of the file (${size} bytes)`, { file: path });
            }
            return bytes ? bytes.subarray(offset, offset + length) : readFromDisk(offset, length);
        },
        close() {
            if (!closed)
                (0,external_node_fs_.closeSync)(fd);
            closed = true;
        },
    };
}

// EXTERNAL MODULE: ./src/zip/format.ts
var format = __webpack_require__(4632);
// EXTERNAL MODULE: ./src/zip/limits.ts
var zip_limits = __webpack_require__(1279);
;// CONCATENATED MODULE: ./src/zip/read.ts

const EOCD_SIZE = 22;
const U16_MAX = 0xffff;
/** Flag bits a capsule may use: 3 (data descriptor), 11 (UTF-8 names), 1-2 (deflate level hints). */
const ALLOWED_FLAGS = 0x0008 | 0x0800 | 0x0002 | 0x0004;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_STRONG_ENCRYPTION = 0x0040;
const FLAG_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;
/** Reads through the capsule's one descriptor, remembering every range it read for the scan to compare. */
class Reader {
    file;
    reads = [];
    size;
    constructor(file) {
        this.file = file;
        this.size = file.size;
    }
    read(offset, length) {
        if (offset < 0 || length < 0 || offset + length > this.size)
            throw new LayoutError(`read of ${length} bytes at ${offset} runs past the end of the file (${this.size} bytes)`);
        const bytes = this.file.readAt(offset, length);
        this.reads.push({ offset, bytes });
        return bytes;
    }
}
/** A fatal layout problem: reading cannot continue past it. */
class LayoutError extends Error {
}
/** The layout of the open capsule; a problem is reported, never thrown (an I/O error is). */
function readZipLayout(file) {
    const reader = new Reader(file);
    const problems = [];
    try {
        const entries = readLayout(reader, problems);
        return { size: reader.size, entries, problems, reads: reader.reads };
    }
    catch (err) {
        if (!(err instanceof LayoutError))
            throw err;
        problems.push(err.message);
        return { size: reader.size, entries: [], problems, reads: reader.reads };
    }
}
function readLayout(reader, problems) {
    const end = readEndRecord(reader, problems);
    if (end.cdOffset + end.cdSize !== end.cdEnd) {
        problems.push(`central directory (offset ${end.cdOffset}, ${end.cdSize} bytes) does not end where the end record starts (${end.cdEnd}): bytes between them`);
    }
    const central = reader.read(end.cdOffset, Math.min(end.cdSize, end.cdEnd - end.cdOffset));
    const entries = readCentralDirectory(central, end, problems);
    // The data may lie in another order than the (sorted) listing: our writer puts the run's files
    // before the documents that list their hashes, so it reads each file once. In file order the
    // entries must still tile the file: nothing before, between or after them, nothing shared.
    let expectedOffset = 0;
    for (const entry of inFileOrder(entries)) {
        if (entry.localHeaderOffset !== expectedOffset) {
            problems.push(`${quote(entry)}: local header at ${entry.localHeaderOffset}, expected ${expectedOffset} (${entry.localHeaderOffset > expectedOffset ? 'bytes before or between entries' : 'overlapping entries'})`);
        }
        expectedOffset = readLocalEntry(reader, entry, problems);
    }
    if (entries.length > 0 && expectedOffset !== end.cdOffset) {
        problems.push(`central directory starts at ${end.cdOffset}, but the last entry ends at ${expectedOffset}: bytes between them`);
    }
    if (entries.length === 0 && end.cdOffset !== 0)
        problems.push(`${end.cdOffset} bytes before the central directory of an empty archive`);
    return entries;
}
/** The entries by where their local headers start (a stable sort: two at one offset overlap). */
function inFileOrder(entries) {
    return [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
}
function readEndRecord(reader, problems) {
    if (reader.size < EOCD_SIZE)
        throw new LayoutError(`file is ${reader.size} bytes: too short to be a ZIP archive`);
    const offset = reader.size - EOCD_SIZE;
    const eocd = reader.read(offset, EOCD_SIZE);
    if (eocd.readUInt32LE(0) !== format/* SIG_EOCD */.iM) {
        throw new LayoutError('no end-of-central-directory record in the last 22 bytes: the archive has a comment or bytes after its end record');
    }
    const disk = eocd.readUInt16LE(4);
    const cdDisk = eocd.readUInt16LE(6);
    const diskEntries = eocd.readUInt16LE(8);
    let entryCount = eocd.readUInt16LE(10);
    let cdSize = eocd.readUInt32LE(12);
    let cdOffset = eocd.readUInt32LE(16);
    const commentLength = eocd.readUInt16LE(20);
    if (commentLength !== 0)
        problems.push(`archive comment of ${commentLength} bytes declared (capsules have none)`);
    if (disk !== 0 && disk !== U16_MAX)
        problems.push(`end record disk number ${disk}: multi-disk archives are not supported`);
    if (cdDisk !== 0 && cdDisk !== U16_MAX)
        problems.push(`end record central-directory disk ${cdDisk}: multi-disk archives are not supported`);
    if (diskEntries !== entryCount)
        problems.push(`end record entry counts disagree (${diskEntries} on this disk, ${entryCount} total)`);
    const zip64 = entryCount === U16_MAX || cdSize === format/* U32_MAX */.cd || cdOffset === format/* U32_MAX */.cd;
    let cdEnd = offset;
    if (zip64) {
        const locatorOffset = offset - 20;
        const locator = reader.read(locatorOffset, 20);
        if (locator.readUInt32LE(0) !== format/* SIG_LOCATOR64 */.LL)
            throw new LayoutError('end record has ZIP64 markers but no ZIP64 end-of-central-directory locator before it');
        const recordOffset = Number(locator.readBigUInt64LE(8));
        if (locator.readUInt32LE(4) !== 0 || locator.readUInt32LE(16) !== 1)
            problems.push('ZIP64 locator names another disk');
        const record = reader.read(recordOffset, 56);
        if (record.readUInt32LE(0) !== format/* SIG_EOCD64 */.qZ)
            throw new LayoutError(`no ZIP64 end record at offset ${recordOffset} named by the locator`);
        const recordSize = Number(record.readBigUInt64LE(4));
        if (recordSize !== 44 || recordOffset + 56 !== locatorOffset)
            problems.push('ZIP64 end record has extensible data or does not sit right before its locator');
        const entries64 = Number(record.readBigUInt64LE(32));
        const cdSize64 = Number(record.readBigUInt64LE(40));
        const cdOffset64 = Number(record.readBigUInt64LE(48));
        if (record.readUInt32LE(16) !== 0 || record.readUInt32LE(20) !== 0 || Number(record.readBigUInt64LE(24)) !== entries64)
            problems.push('ZIP64 end record disk fields or entry counts disagree');
        agree(problems, 'entry count', entryCount, U16_MAX, entries64);
        agree(problems, 'central directory size', cdSize, format/* U32_MAX */.cd, cdSize64);
        agree(problems, 'central directory offset', cdOffset, format/* U32_MAX */.cd, cdOffset64);
        entryCount = entries64;
        cdSize = cdSize64;
        cdOffset = cdOffset64;
        cdEnd = recordOffset;
    }
    if (cdOffset > cdEnd)
        throw new LayoutError(`central directory offset ${cdOffset} is past the end record at ${cdEnd}`);
    return { offset, entryCount, cdSize, cdOffset, cdEnd };
}
/** A 32/16-bit field must hold either the real value or the ZIP64 marker with the real value in ZIP64. */
function agree(problems, what, small, marker, wide) {
    if (small !== marker && small !== wide)
        problems.push(`ZIP64 ${what} ${wide} disagrees with the end record's ${small}`);
}
function readCentralDirectory(central, end, problems) {
    const entries = [];
    let at = 0;
    while (at < central.length) {
        if (at + 46 > central.length || central.readUInt32LE(at) !== format/* SIG_CENTRAL */.st) {
            problems.push(`central directory record ${entries.length + 1} at offset ${end.cdOffset + at} is malformed`);
            break;
        }
        const nameLength = central.readUInt16LE(at + 28);
        const extraLength = central.readUInt16LE(at + 30);
        const commentLength = central.readUInt16LE(at + 32);
        const next = at + 46 + nameLength + extraLength + commentLength;
        if (next > central.length) {
            problems.push(`central directory record ${entries.length + 1} runs past the central directory`);
            break;
        }
        const rawName = Buffer.from(central.subarray(at + 46, at + 46 + nameLength));
        const entry = {
            rawName,
            name: rawName.toString('utf8'),
            versionMadeBy: central.readUInt16LE(at + 4),
            versionNeeded: central.readUInt16LE(at + 6),
            flags: central.readUInt16LE(at + 8),
            method: central.readUInt16LE(at + 10),
            dosTime: central.readUInt32LE(at + 12),
            crc32: central.readUInt32LE(at + 16),
            compressedSize: central.readUInt32LE(at + 20),
            uncompressedSize: central.readUInt32LE(at + 24),
            internalAttributes: central.readUInt16LE(at + 36),
            externalAttributes: central.readUInt32LE(at + 38),
            localHeaderOffset: central.readUInt32LE(at + 42),
            dataOffset: 0,
            zip64: false,
        };
        if (commentLength !== 0)
            problems.push(`${quote(entry)}: entry comment of ${commentLength} bytes (capsules have none)`);
        const diskStart = central.readUInt16LE(at + 34);
        if (diskStart !== 0 && diskStart !== U16_MAX)
            problems.push(`${quote(entry)}: starts on disk ${diskStart}`);
        applyZip64Extra(entry, central.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), problems);
        checkFlagsAndMethod(entry, problems);
        entries.push(entry);
        at = next;
    }
    if (entries.length !== end.entryCount)
        problems.push(`end record declares ${end.entryCount} entries, the central directory holds ${entries.length}`);
    return entries;
}
/**
 * The only extra field a capsule carries is ZIP64 (0x0001), and only for fields that hold
 * the marker; any other extra field, or a ZIP64 field for an unsaturated value, is a problem.
 */
function applyZip64Extra(entry, extra, problems) {
    let at = 0;
    while (at < extra.length) {
        if (at + 4 > extra.length) {
            problems.push(`${quote(entry)}: truncated extra field`);
            return;
        }
        const id = extra.readUInt16LE(at);
        const size = extra.readUInt16LE(at + 2);
        const body = extra.subarray(at + 4, at + 4 + size);
        if (body.length !== size) {
            problems.push(`${quote(entry)}: extra field 0x${id.toString(16)} runs past the extra data`);
            return;
        }
        if (id !== 0x0001) {
            problems.push(`${quote(entry)}: unexpected extra field 0x${id.toString(16).padStart(4, '0')}`);
        }
        else {
            entry.zip64 = true;
            const fields = ['uncompressedSize', 'compressedSize', 'localHeaderOffset'];
            let pos = 0;
            for (const field of fields) {
                if (entry[field] !== format/* U32_MAX */.cd)
                    continue;
                if (pos + 8 > body.length) {
                    problems.push(`${quote(entry)}: ZIP64 extra field lacks the 64-bit ${field}`);
                    break;
                }
                entry[field] = Number(body.readBigUInt64LE(pos));
                pos += 8;
            }
            if (pos !== body.length)
                problems.push(`${quote(entry)}: ZIP64 extra field has ${body.length - pos} bytes that no saturated field calls for`);
        }
        at += 4 + size;
    }
}
function checkFlagsAndMethod(entry, problems) {
    if (entry.flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION))
        problems.push(`${quote(entry)}: encrypted entry`);
    const unknown = entry.flags & ~(ALLOWED_FLAGS | FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION);
    if (unknown)
        problems.push(`${quote(entry)}: unsupported general-purpose flags 0x${unknown.toString(16)}`);
    if (entry.method !== format/* METHOD_STORED */.y$ && entry.method !== format/* METHOD_DEFLATE */.An)
        problems.push(`${quote(entry)}: unsupported compression method ${entry.method} (only stored and deflate)`);
    if (entry.method === format/* METHOD_STORED */.y$ && entry.compressedSize !== entry.uncompressedSize)
        problems.push(`${quote(entry)}: stored entry with compressed size ${entry.compressedSize} != size ${entry.uncompressedSize}`);
}
/** Compares the local header (and data descriptor) with the central record; returns where the next entry must start. */
function readLocalEntry(reader, entry, problems) {
    const at = entry.localHeaderOffset;
    const header = reader.read(at, 30);
    if (header.readUInt32LE(0) !== format/* SIG_LOCAL */.SX)
        throw new LayoutError(`${quote(entry)}: no local header at offset ${at}`);
    const nameLength = header.readUInt16LE(26);
    const extraLength = header.readUInt16LE(28);
    const name = reader.read(at + 30, nameLength);
    const extra = reader.read(at + 30 + nameLength, extraLength);
    const flags = header.readUInt16LE(6);
    const mismatch = (field, local, central) => {
        if (local !== central)
            problems.push(`${quote(entry)}: local header ${field} ${local} disagrees with the central directory's ${central}`);
    };
    mismatch('version needed', header.readUInt16LE(4), entry.versionNeeded);
    mismatch('flags', flags, entry.flags);
    mismatch('method', header.readUInt16LE(8), entry.method);
    mismatch('time', header.readUInt32LE(10), entry.dosTime);
    if (!name.equals(entry.rawName))
        problems.push(`${quote(entry)}: local header names it ${JSON.stringify(name.toString('utf8'))}`);
    const usesDescriptor = (flags & FLAG_DESCRIPTOR) !== 0;
    const localSizes = { crc: header.readUInt32LE(14), compressed: header.readUInt32LE(18), size: header.readUInt32LE(22) };
    if (extraLength !== 0 && !(entry.zip64 && isLocalZip64Extra(extra)))
        problems.push(`${quote(entry)}: local header carries ${extraLength} bytes of extra fields`);
    if (usesDescriptor) {
        if (localSizes.crc !== 0 || localSizes.compressed !== 0 || localSizes.size !== 0)
            problems.push(`${quote(entry)}: local header sizes must be zero when a data descriptor follows`);
    }
    else {
        mismatch('CRC-32', localSizes.crc, entry.crc32);
        mismatch('compressed size', entry.zip64 && localSizes.compressed === format/* U32_MAX */.cd ? entry.compressedSize : localSizes.compressed, entry.compressedSize);
        mismatch('size', entry.zip64 && localSizes.size === format/* U32_MAX */.cd ? entry.uncompressedSize : localSizes.size, entry.uncompressedSize);
    }
    entry.dataOffset = at + 30 + nameLength + extraLength;
    let next = entry.dataOffset + entry.compressedSize;
    if (next > reader.size)
        throw new LayoutError(`${quote(entry)}: data (${entry.compressedSize} bytes at ${entry.dataOffset}) runs past the end of the file`);
    if (usesDescriptor)
        next = readDescriptor(reader, entry, next, problems);
    return next;
}
function isLocalZip64Extra(extra) {
    return extra.length === 20 && extra.readUInt16LE(0) === 0x0001 && extra.readUInt16LE(2) === 16;
}
function readDescriptor(reader, entry, at, problems) {
    const wide = entry.zip64;
    const length = wide ? 24 : 16;
    const descriptor = reader.read(at, length);
    if (descriptor.readUInt32LE(0) !== format/* SIG_DESCRIPTOR */.un) {
        problems.push(`${quote(entry)}: data descriptor at ${at} lacks its signature`);
        return at + length;
    }
    const crc = descriptor.readUInt32LE(4);
    const compressed = wide ? Number(descriptor.readBigUInt64LE(8)) : descriptor.readUInt32LE(8);
    const size = wide ? Number(descriptor.readBigUInt64LE(16)) : descriptor.readUInt32LE(12);
    if (crc !== entry.crc32)
        problems.push(`${quote(entry)}: data descriptor CRC-32 ${crc} disagrees with the central directory's ${entry.crc32}`);
    if (compressed !== entry.compressedSize)
        problems.push(`${quote(entry)}: data descriptor compressed size ${compressed} disagrees with the central directory's ${entry.compressedSize}`);
    if (size !== entry.uncompressedSize)
        problems.push(`${quote(entry)}: data descriptor size ${size} disagrees with the central directory's ${entry.uncompressedSize}`);
    return at + length;
}
function quote(entry) {
    return JSON.stringify(entry.name);
}

;// CONCATENATED MODULE: ./src/hash/crc32-combine.ts
/**
 * The CRC-32 (ZIP's, zlib's) of two pieces of data joined, from the CRC-32 of each and the length
 * of the second: zlib's crc32_combine, which Node does not expose. It lets a second thread take
 * the CRC-32 of a chunk in the middle of an entry while the first hashes it.
 */
const POLY = 0xedb88320;
/** a(x)·b(x) modulo the CRC polynomial, bit-reflected as a CRC-32 is. */
function multModP(a, b) {
    let p = 0;
    let q = b;
    for (let m = 0x80000000; m !== 0; m >>>= 1) {
        if ((a & m) !== 0)
            p ^= q;
        q = q & 1 ? (q >>> 1) ^ POLY : q >>> 1;
    }
    return p >>> 0;
}
/** x^(2^k) modulo the polynomial, k = 0..31. */
const X2N = [];
for (let k = 0, p = 1 << 30; k < 32; k++, p = multModP(p, p))
    X2N.push(p);
/** x^(8n): shifts a CRC-32 past n bytes. */
function shiftPast(bytes) {
    let p = 0x80000000;
    for (let n = bytes, k = 3; n > 0; n = Math.floor(n / 2), k++) {
        if (n % 2 === 1)
            p = multModP(X2N[k & 31], p);
    }
    return p;
}
/** CRC-32 of A followed by B, given crc32(A), crc32(B) and B's length in bytes. */
function crc32Combine(crcA, crcB, lengthB) {
    return (multModP(shiftPast(lengthB), crcA >>> 0) ^ (crcB >>> 0)) >>> 0;
}

// EXTERNAL MODULE: ./src/hash/shared-sha256.ts
var shared_sha256 = __webpack_require__(8907);
;// CONCATENATED MODULE: ./src/zip/scan.ts





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
async function scanCapsule(file, layout, digestEntries) {
    const slotBytes = Math.min(CHUNK_BYTES, Math.max(file.size, 1));
    const entries = digestEntries && layout ? layout.entries : null;
    const pass = file.bytes ? (0,shared_sha256.bytesPass)(file.bytes) : file.size >= shared_sha256.WORKER_MIN_BYTES
        ? workerPass(file, slotBytes, entries ?? [])
        : (0,shared_sha256.inlineFilePass)(file, [new Uint8Array(slotBytes), new Uint8Array(slotBytes)], CHUNK_BYTES);
    const compare = new ReadComparer(layout?.reads ?? []);
    const walker = entries ? new EntryWalker(entries, () => pass.sharedCrc()) : null;
    try {
        for (let at = 0;;) {
            const chunk = await pass.next();
            if (chunk === null)
                break;
            compare.check(chunk, at);
            if (walker)
                await walker.consume(chunk, at);
            pass.release();
            at += chunk.length;
        }
        const sha256 = await pass.digest();
        return { sha256, entries: walker ? walker.finish() : null, problems: compare.problems, contents: walker?.contents ?? new Map() };
    }
    catch (err) {
        pass.abort();
        walker?.abort();
        throw err;
    }
}
/** Every range the layout reader read must hold the same bytes when the scan passes it. */
class ReadComparer {
    problems = [];
    next = 0;
    reads;
    constructor(reads) {
        this.reads = [...reads].sort((a, b) => a.offset - b.offset);
    }
    check(chunk, at) {
        const end = at + chunk.length;
        while (this.next < this.reads.length && this.reads[this.next].offset + this.reads[this.next].bytes.length <= at)
            this.next++;
        for (let k = this.next; k < this.reads.length && this.reads[k].offset < end; k++) {
            const r = this.reads[k];
            const from = Math.max(r.offset, at);
            const to = Math.min(r.offset + r.bytes.length, end);
            if (to <= from)
                continue;
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
function workerPass(file, slotBytes, entries) {
    const inStoredEntry = new Set();
    for (const e of entries) {
        if (e.method === format/* METHOD_DEFLATE */.An)
            continue;
        const dataEnd = e.dataOffset + e.compressedSize;
        // Chunk i is file[i·C, min((i+1)·C, size)).
        for (let i = Math.ceil(e.dataOffset / CHUNK_BYTES); i * CHUNK_BYTES < file.size; i++) {
            if (Math.min((i + 1) * CHUNK_BYTES, file.size) > dataEnd)
                break;
            inStoredEntry.add(i);
        }
    }
    const slots = Array.from({ length: SLOTS }, () => new SharedArrayBuffer(slotBytes));
    return (0,shared_sha256.workerFilePass)(file, slots, CHUNK_BYTES, (i) => inStoredEntry.has(i));
}
/**
 * Feeds each entry's data range to its digester as the chunks pass. The walk goes in file order,
 * which need not be the listing's (the layout reader checked that the entries tile the file);
 * results are by listing index.
 */
class EntryWalker {
    entries;
    sharedCrc;
    contents = new Map();
    keptBytes = 0;
    index = 0;
    results;
    current = null;
    /** Listing indices in file order. */
    order;
    /** `sharedCrc`: the pass's CRC-32 of the chunk it gave last, when another thread took it (see FilePass). */
    constructor(entries, sharedCrc) {
        this.entries = entries;
        this.sharedCrc = sharedCrc;
        this.order = entries.map((_, i) => i).sort((a, b) => entries[a].dataOffset - entries[b].dataOffset);
        this.results = new Array(entries.length);
    }
    async consume(chunk, at) {
        const end = at + chunk.length;
        while (this.index < this.order.length) {
            const i = this.order[this.index];
            const e = this.entries[i];
            const dataEnd = e.dataOffset + e.compressedSize;
            if (e.dataOffset >= end)
                return;
            if (this.current === null && e.dataOffset >= at && dataEnd <= end && e.uncompressedSize <= WHOLE_ENTRY_MAX_BYTES) {
                const { digest, data } = await digestWholeKeeping(e, chunk.subarray(e.dataOffset - at, dataEnd - at));
                this.results[i] = digest;
                if (data && this.keptBytes + data.length <= KEPT_MAX_BYTES) {
                    // A stored entry's data is a view of a slot that will be refilled: copied.
                    this.contents.set(i, e.method === format/* METHOD_DEFLATE */.An ? data : Buffer.from(data));
                    this.keptBytes += data.length;
                }
                this.index++;
                continue;
            }
            this.current ??= digesterFor(e);
            const from = Math.max(e.dataOffset, at);
            const to = Math.min(dataEnd, end);
            const shared = from === at && to === end && this.current instanceof StoredDigester ? this.sharedCrc() : null;
            if (shared)
                await this.current.updateWithCrc(chunk, shared);
            else if (to > from)
                await this.current.update(chunk.subarray(from - at, to - at));
            if (dataEnd > end)
                return;
            this.results[i] = await this.current.finish();
            this.current = null;
            this.index++;
        }
    }
    finish() {
        // Entries the pass never reached (a file shorter than its layout) have no digest.
        this.current?.abort();
        this.current = null;
        return this.entries.map((_, i) => this.results[i] ?? { error: 'its data was not read: the file ends first' });
    }
    abort() {
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
async function digestWhole(e, data) {
    return (await digestWholeKeeping(e, data)).digest;
}
/** digestWhole, with the uncompressed bytes it digested (null when it found them bad). */
async function digestWholeKeeping(e, data) {
    const digester = new StoredDigester(e.uncompressedSize);
    let plain = data;
    if (e.method === format/* METHOD_DEFLATE */.An) {
        try {
            plain = (0,external_node_zlib_.inflateRawSync)(data, { maxOutputLength: Math.max(1, e.uncompressedSize) });
        }
        catch {
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
const inflatesPast = (limit) => `inflates past its declared ${limit} bytes`;
const corrupt = (message) => `deflate data is corrupt (${message})`;
function digesterFor(e) {
    return e.method === format/* METHOD_DEFLATE */.An ? new InflatingDigester(e.uncompressedSize) : new StoredDigester(e.uncompressedSize);
}
/** SHA-256, CRC-32 and size of the bytes given, refusing more than `limit`. */
class StoredDigester {
    limit;
    hash = (0,external_node_crypto_.createHash)('sha256');
    crc = 0;
    size = 0;
    error = null;
    constructor(limit) {
        this.limit = limit;
    }
    update(data) {
        if (this.admit(data))
            this.crc = (0,external_node_zlib_.crc32)(data, this.crc);
    }
    /** The same, with the data's own CRC-32 taken elsewhere (after the hash, so the two overlap). */
    async updateWithCrc(data, crcOfData) {
        if (this.admit(data))
            this.crc = crc32Combine(this.crc, await crcOfData, data.length);
        // Not wanted past the limit; should the worker fail, the pass reports it.
        else
            crcOfData.catch(() => undefined);
    }
    /** Counts and hashes the data unless it runs past the limit. */
    admit(data) {
        if (this.error)
            return false;
        this.size += data.length;
        if (this.size > this.limit) {
            this.error = inflatesPast(this.limit);
            return false;
        }
        this.hash.update(data);
        return true;
    }
    digest = null;
    finish() {
        this.digest ??= this.error ? { error: this.error } : { sha256: this.hash.digest('hex'), size: this.size, crc32: this.crc >>> 0 };
        return this.digest;
    }
    abort() { }
}
/** Inflates as the compressed bytes arrive; output past the declared size stops it (a bomb costs at most that). */
class InflatingDigester {
    inner;
    inflate = (0,external_node_zlib_.createInflateRaw)();
    failure = null;
    constructor(limit) {
        this.inner = new StoredDigester(limit);
        this.inflate.on('data', (out) => {
            this.inner.update(out);
            if (this.inner.error)
                this.inflate.destroy();
        });
        this.inflate.on('error', (err) => {
            this.failure ??= corrupt(err.message);
        });
    }
    update(data) {
        if (this.stopped())
            return Promise.resolve();
        // A corrupt stream is destroyed mid-write and may never call back: 'close' settles it too.
        return new Promise((resolve) => {
            const done = () => {
                this.inflate.off('close', done);
                resolve();
            };
            this.inflate.once('close', done);
            this.inflate.write(data, done);
        });
    }
    finish() {
        if (this.stopped())
            return Promise.resolve(this.result());
        return new Promise((resolve) => {
            let settled = false;
            const done = () => {
                if (settled)
                    return;
                settled = true;
                resolve(this.result());
            };
            this.inflate.once('end', done);
            this.inflate.once('close', done);
            this.inflate.end();
        });
    }
    abort() {
        this.inflate.destroy();
    }
    stopped() {
        return this.failure !== null || this.inner.error !== null || this.inflate.destroyed;
    }
    result() {
        if (this.inner.error)
            return { error: this.inner.error };
        if (this.failure)
            return { error: this.failure };
        return this.inner.finish();
    }
}

;// CONCATENATED MODULE: ./src/zip/opened.ts










/** `whileScanning`: started once the layout is read, before the pass, so its work overlaps the pass's. */
async function openCapsule(path, limits, whileScanning) {
    const file = openCapsuleFile(path);
    try {
        const layout = readZipLayout(file);
        const structureProblems = [...layout.problems, ...(0,zip_limits/* sizeCapProblems */.e_)(limits, layout.entries)];
        whileScanning?.(file);
        const scan = await scanCapsule(file, layout, structureProblems.length === 0);
        const entries = layout.entries.map((record, i) => ({ record, scan: scan.entries?.[i] ?? null }));
        const kept = new Map();
        for (const [i, bytes] of scan.contents)
            kept.set(entries[i], bytes);
        async function* entryChunks(entry) {
            const digest = scanned(path, entry);
            const hash = (0,external_node_crypto_.createHash)('sha256');
            for await (const chunk of (0,zip_entry/* openEntryData */.H)(file, entry.record, entry.record.uncompressedSize)) {
                hash.update(chunk);
                yield chunk;
            }
            if (hash.digest('hex') !== digest)
                throw changed(path, entry);
        }
        return {
            file,
            layout,
            structureProblems,
            scan,
            entries,
            async readEntry(entry, maxBytes) {
                const digest = scanned(path, entry);
                if (entry.record.uncompressedSize > maxBytes) {
                    throw new errors/* CapsuleError */.Mu('document_too_large', `${path}!/${entry.record.name}: ${entry.record.uncompressedSize} bytes, above the ${maxBytes}-byte document cap`, { file: `${path}!/${entry.record.name}` });
                }
                // The bytes the pass digested, when it kept them (a copy: a caller may change its own).
                const digested = kept.get(entry);
                if (digested)
                    return Buffer.from(digested);
                const bytes = (file.bytes && entryBytesFrom(file.bytes, entry.record))
                    ?? await (0,zip_entry/* readEntryBytes */.E)(file, entry.record, entry.record.uncompressedSize);
                if ((0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex') !== digest)
                    throw changed(path, entry);
                return bytes;
            },
            entryChunks,
            async copyEntry(entry, sink) {
                await (0,promises_.pipeline)(entryChunks(entry), sink);
            },
            close: () => file.close(),
        };
    }
    catch (err) {
        file.close();
        throw err;
    }
}
/**
 * The entry's bytes from the file as read at open (a small capsule is read whole, once): no
 * second read. Null if they cannot be had that way (the caller then reads them again).
 */
function entryBytesFrom(fileBytes, record) {
    const data = fileBytes.subarray(record.dataOffset, record.dataOffset + record.compressedSize);
    if (record.method !== format/* METHOD_DEFLATE */.An)
        return Buffer.from(data);
    try {
        return (0,external_node_zlib_.inflateRawSync)(data, { maxOutputLength: Math.max(1, record.uncompressedSize) });
    }
    catch {
        return null;
    }
}
function scanned(path, entry) {
    const s = entry.scan;
    if (s === null || 'error' in s)
        throw new errors/* CapsuleError */.Mu('zip_entry_unreadable', `${path}!/${entry.record.name}: ${s === null ? 'not read: the archive failed its structure checks' : s.error}`, { file: `${path}!/${entry.record.name}` });
    return s.sha256;
}
function changed(path, entry) {
    return new errors/* CapsuleError */.Mu('capsule_changed', `${path}!/${entry.record.name}: its bytes differ from those the hashing pass read (the file was written to during this command)`, { file: path });
}

// EXTERNAL MODULE: ./src/zip/canonical.ts
var canonical = __webpack_require__(7973);
;// CONCATENATED MODULE: ./src/verify/checks/archive.ts





/** Each opened capsule's yauzl listing, started while the pass reads it (a few reads; its parsing the main thread's spare time). */
const listings = new WeakMap();
/**
 * Opens the capsule once and makes the one pass over it that every later check reads from.
 * `whilePassing` runs as the pass starts (the caller loads code the pass does not need meanwhile).
 */
async function checkCapsuleExists(ctx, whilePassing = () => undefined) {
    let listing = null;
    const capsule = await openCapsule(ctx.path, ctx.limits, (file) => {
        listing = countEntriesWithYauzl(file);
        // Judged by zip_readable, which runs only if the capsule opened.
        listing.catch(() => undefined);
        whilePassing();
    });
    if (listing)
        listings.set(capsule, listing);
    ctx.set('capsule', capsule);
    return (0,context/* pass */.IX)(`${ctx.path} (${capsule.file.size} bytes)`, { sha256: capsule.scan.sha256, size_bytes: capsule.file.size });
}
/**
 * An independent, lenient reader (yauzl) must list the archive too: the strict layout check comes
 * next. It reads the same descriptor, or, for a small capsule read whole at open, those very bytes.
 */
async function checkZipReadable(ctx) {
    const capsule = ctx.get('capsule');
    try {
        const count = await (listings.get(capsule) ?? countEntriesWithYauzl(capsule.file));
        return (0,context/* pass */.IX)(`ZIP central directory lists ${count} entries`, { entry_count: count });
    }
    catch (err) {
        return (0,context/* fail */.fJ)(`not a readable ZIP archive: ${err.message}`);
    }
}
/** yauzl is loaded here, as the pass starts: its read and compile overlap the hashing. */
async function countEntriesWithYauzl(file) {
    const { default: yauzl } = await __webpack_require__.e(/* import() */ 663).then(__webpack_require__.t.bind(__webpack_require__, 663, 19));
    return new Promise((resolve, reject) => {
        const listed = (err, zip) => {
            if (err || !zip)
                return reject(err ?? new Error('cannot open'));
            let count = 0;
            zip.on('entry', () => {
                count++;
                zip.readEntry();
            });
            zip.on('end', () => resolve(count));
            zip.on('error', reject);
            zip.readEntry();
        };
        // decodeStrings:false: names are judged by archive_paths_safe, not rewritten or refused here.
        const options = { lazyEntries: true, decodeStrings: false, validateEntrySizes: true };
        if (file.bytes)
            yauzl.fromBuffer(file.bytes, options, listed);
        else
            yauzl.fromFd(file.fd, { ...options, autoClose: false }, listed);
    });
}
/**
 * Local headers agree with the central directory, no stray bytes, no encryption, stored/deflate
 * only, ZIP64 consistent, size caps, and what the layout reader read is what the hashing pass read.
 */
function checkArchiveStructure(ctx) {
    const capsule = ctx.get('capsule');
    const problems = [...capsule.structureProblems, ...capsule.scan.problems];
    if (problems.length > 0)
        return (0,context/* fail */.fJ)(`archive layout is not strict: ${problems[0]}${problems.length > 1 ? ` (+${problems.length - 1} more)` : ''}`, { problems });
    return (0,context/* pass */.IX)(`${capsule.layout.entries.length} entries, contiguous, local headers match the central directory`);
}
const regularFile = (mode) => ((0o100000 | mode) << 16) >>> 0;
const WRITER_PROFILES = [
    { name: 'proof-capsule', versionsMadeBy: new Set([(3 << 8) | 45]), externalAttributes: new Set([(regularFile(canonical/* ENTRY_MODE */.N1) | 0x20) >>> 0]) },
    {
        name: 'python-zipfile',
        versionsMadeBy: new Set([(3 << 8) | 20, (3 << 8) | 45, 20, 45]),
        externalAttributes: new Set([(0o600 << 16) >>> 0, regularFile(0o600), regularFile(0o640), regularFile(0o644), regularFile(0o664)]),
    },
];
function profileProblems(profile, entries) {
    const problems = [];
    for (const e of entries) {
        const name = JSON.stringify(e.name);
        if (!profile.versionsMadeBy.has(e.versionMadeBy))
            problems.push(`${name}: version made by 0x${e.versionMadeBy.toString(16)} is not ${profile.name}'s`);
        if (e.internalAttributes !== 0)
            problems.push(`${name}: internal attributes 0x${e.internalAttributes.toString(16)}, expected 0`);
        if (!profile.externalAttributes.has(e.externalAttributes) && !isSymlink(e))
            problems.push(`${name}: external attributes 0x${e.externalAttributes.toString(16)} are not a ${profile.name} regular file`);
        if (e.versionNeeded !== 20 && e.versionNeeded !== 45)
            problems.push(`${name}: version needed ${e.versionNeeded}, expected 20 (or 45 with ZIP64)`);
    }
    return problems;
}
/**
 * The fields that only the central directory holds (so a change there is not caught by
 * comparing with the local header) must match one known writer's form, for every entry.
 */
function checkArchiveCanonicalForm(ctx) {
    const entries = ctx.get('capsule').layout.entries;
    const results = WRITER_PROFILES.map((profile) => ({ profile, problems: profileProblems(profile, entries) }));
    const match = results.find((r) => r.problems.length === 0);
    if (match)
        return (0,context/* pass */.IX)(`every entry is in ${match.profile.name}'s form: regular files, no extra attributes`, { writer: match.profile.name });
    const closest = results.reduce((a, b) => (b.problems.length < a.problems.length ? b : a));
    return (0,context/* fail */.fJ)(`entries are not in a known writer's canonical form (closest: ${closest.profile.name}): ${closest.problems[0]}`, { problems: closest.problems, writer: closest.profile.name });
}
function isSymlink(e) {
    return e.versionMadeBy >> 8 === 3 && ((e.externalAttributes >>> 16) & 0o170000) === 0o120000;
}
/** Zip-slip, symlinks, duplicates, and names that are not portable (bytes, form, length, case): each rejected by name. */
function checkArchivePathsSafe(ctx) {
    const problems = [];
    const byName = new Map();
    for (const e of ctx.get('capsule').entries) {
        const r = e.record;
        const problem = (0,names/* entryNameProblem */.j2)({ raw: r.rawName, utf8Flag: (r.flags & FLAG_UTF8) !== 0 });
        if (problem)
            problems.push(problem);
        if (isSymlink(r))
            problems.push(`${JSON.stringify(r.name)}: symlink entry`);
        if (byName.has(r.name))
            problems.push(`${JSON.stringify(r.name)}: duplicate entry name`);
        byName.set(r.name, e);
    }
    if (problems.length === 0)
        problems.push(...(0,names/* entryNameCollisions */.Z0)([...byName.keys()]));
    if (problems.length > 0)
        return (0,context/* fail */.fJ)(`unsafe entry names: ${problems[0]}${problems.length > 1 ? ` (+${problems.length - 1} more)` : ''}`, { problems });
    ctx.set('entries', byName);
    return (0,context/* pass */.IX)(`${byName.size} entry names are relative, unique, portable UTF-8 NFC paths`);
}

;// CONCATENATED MODULE: ./src/verify/capsule.ts



let laterChecks = null;
/**
 * The code of every check after the archive's own, loaded once. The CLI's entry starts loading it
 * for a verify before the CLI itself has loaded, so it compiles while the hash worker boots; any
 * other caller's capsule_exists starts it when the pass starts. The pass never waits for it.
 */
function loadLaterChecks() {
    laterChecks ??= Promise.all(/* import() */[__webpack_require__.e(9605), __webpack_require__.e(2761), __webpack_require__.e(8252), __webpack_require__.e(9948)]).then(__webpack_require__.bind(__webpack_require__, 2242));
    return laterChecks;
}
/** A check whose code is in ./checks/later.js: the step waits for it (loading it, should it have to). */
function later(name) {
    return async (ctx) => (await loadLaterChecks())[name](ctx);
}
/** Every capsule check id, in the order the checks run (AGILAB's ids kept, ours placed where their inputs are established). */
const CAPSULE_CHECK_IDS = [
    'capsule_exists', 'zip_readable', 'archive_structure_strict', 'archive_canonical_form', 'archive_paths_safe',
    'capsule_manifest_present', 'capsule_manifest_schema_supported', 'capsule_entries_valid', 'capsule_entry_inventory_matches',
    'capsule_entry_hashes_match', 'run_manifest_snapshot_valid', 'proof_pack_manifest_valid',
    'capsule_signature_present', 'capsule_signature_schema_supported', 'capsule_signature_subject_matches', 'capsule_signature_key_supported',
    'capsule_signature_key_canonical', 'capsule_signature_cryptographic_valid',
    'capsule_trust_policy_loaded', 'capsule_trust_policy_has_anchor', 'capsule_trust_policy_has_key_anchor',
    'capsule_trust_policy_allows_public_key', 'capsule_trust_policy_allows_signer', 'capsule_trust_policy_allows_issuer', 'capsule_trust_policy_allows_subject',
    'capsule_public_key_loaded', 'capsule_public_key_allows', 'capsule_origin_verified',
    'event_chain_valid', 'capsule_trust_policy_allows_evidence_class', 'provenance_valid', 'agentplane_artifacts_valid', 'outputs_match_recorded_hashes',
];
/** Which check establishes each fact: a check reads a fact only if it declares that check. */
const CAPSULE_FACT_PRODUCERS = {
    capsule: 'capsule_exists',
    entries: 'archive_paths_safe',
    manifest: 'capsule_manifest_schema_supported',
    snapshot: 'run_manifest_snapshot_valid',
    packIndex: 'proof_pack_manifest_valid',
    signatureText: 'capsule_signature_present',
    signature: 'capsule_signature_schema_supported',
    signingKey: 'capsule_signature_key_supported',
    policy: 'capsule_trust_policy_loaded',
    anchorKeys: 'capsule_public_key_loaded',
    origin: 'capsule_origin_verified',
    chain: 'event_chain_valid',
};
const TRUST_ANCHORS = [
    'capsule_trust_policy_loaded', 'capsule_trust_policy_allows_public_key', 'capsule_trust_policy_allows_signer', 'capsule_trust_policy_allows_issuer',
    'capsule_trust_policy_allows_subject', 'capsule_public_key_loaded', 'capsule_public_key_allows',
];
const ORIGIN = ['capsule_trust_policy_loaded', 'capsule_public_key_loaded', 'capsule_origin_verified'];
const SIGNED = ['capsule_trust_policy_has_anchor', 'capsule_signature_cryptographic_valid'];
const CAPSULE_STEPS = [
    { id: 'capsule_exists', needs: [], run: (ctx) => checkCapsuleExists(ctx, () => void loadLaterChecks().catch(() => undefined)) },
    { id: 'zip_readable', needs: ['capsule_exists'], run: checkZipReadable },
    { id: 'archive_structure_strict', needs: ['capsule_exists'], run: checkArchiveStructure },
    { id: 'archive_canonical_form', needs: ['archive_structure_strict'], run: checkArchiveCanonicalForm },
    { id: 'archive_paths_safe', needs: ['zip_readable', 'archive_structure_strict'], run: checkArchivePathsSafe },
    { id: 'capsule_manifest_present', needs: ['archive_paths_safe', 'archive_canonical_form'], run: later('checkCapsuleManifestPresent') },
    { id: 'capsule_manifest_schema_supported', needs: ['capsule_manifest_present'], run: later('checkCapsuleManifestSchema') },
    { id: 'capsule_entries_valid', needs: ['capsule_manifest_schema_supported'], run: later('checkCapsuleEntriesValid') },
    { id: 'capsule_entry_inventory_matches', needs: ['capsule_entries_valid'], run: later('checkEntryInventory') },
    { id: 'capsule_entry_hashes_match', needs: ['capsule_entry_inventory_matches'], run: later('checkEntryHashes') },
    { id: 'run_manifest_snapshot_valid', needs: ['capsule_entry_hashes_match'], run: later('checkRunManifestSnapshot') },
    { id: 'proof_pack_manifest_valid', needs: ['capsule_entry_hashes_match'], run: later('checkProofPackManifest') },
    { id: 'capsule_signature_present', needs: ['capsule_exists'], run: later('checkSignaturePresent') },
    { id: 'capsule_signature_schema_supported', needs: ['capsule_signature_present'], run: later('checkSignatureSchema') },
    { id: 'capsule_signature_subject_matches', needs: ['capsule_signature_schema_supported'], run: later('checkSignatureSubject') },
    { id: 'capsule_signature_key_supported', needs: ['capsule_signature_schema_supported'], run: later('checkSignatureKey') },
    { id: 'capsule_signature_key_canonical', needs: ['capsule_signature_key_supported'], run: later('checkSignatureKeyCanonical') },
    { id: 'capsule_signature_cryptographic_valid', needs: ['capsule_signature_key_canonical'], run: later('checkSignatureCryptographic') },
    { id: 'capsule_trust_policy_loaded', needs: [], run: later('checkTrustPolicyLoaded') },
    { id: 'capsule_trust_policy_has_anchor', needs: ['capsule_trust_policy_loaded'], run: later('checkTrustPolicyHasAnchor') },
    { id: 'capsule_trust_policy_has_key_anchor', needs: ['capsule_trust_policy_loaded'], run: later('checkTrustPolicyHasKeyAnchor') },
    { id: 'capsule_trust_policy_allows_public_key', needs: SIGNED, run: later('checkTrustPolicyAllowsPublicKey') },
    { id: 'capsule_trust_policy_allows_signer', needs: SIGNED, run: later('checkTrustPolicyAllowsSigner') },
    { id: 'capsule_trust_policy_allows_issuer', needs: SIGNED, run: later('checkTrustPolicyAllowsIssuer') },
    { id: 'capsule_trust_policy_allows_subject', needs: SIGNED, run: later('checkTrustPolicyAllowsSubject') },
    { id: 'capsule_public_key_loaded', needs: [], run: later('checkPublicKeyLoaded') },
    { id: 'capsule_public_key_allows', needs: ['capsule_public_key_loaded', 'capsule_signature_cryptographic_valid'], run: later('checkPublicKeyAllows') },
    { id: 'capsule_origin_verified', needs: ['capsule_signature_cryptographic_valid'], uses: TRUST_ANCHORS, run: later('checkOriginVerified') },
    { id: 'event_chain_valid', needs: ['run_manifest_snapshot_valid'], uses: [...ORIGIN, 'proof_pack_manifest_valid'], run: later('checkEventChain') },
    { id: 'capsule_trust_policy_allows_evidence_class', needs: ['capsule_trust_policy_loaded'], uses: ['event_chain_valid'], run: later('checkTrustPolicyEvidenceClass') },
    { id: 'provenance_valid', needs: ['capsule_entry_hashes_match'], uses: ORIGIN, run: later('checkProvenance') },
    { id: 'agentplane_artifacts_valid', needs: ['capsule_entry_hashes_match'], run: later('checkAgentplaneArtifacts') },
    { id: 'outputs_match_recorded_hashes', needs: ['run_manifest_snapshot_valid', 'proof_pack_manifest_valid'], run: later('checkOutputsMatch') },
];
/**
 * Opens the capsule once, reads it once, and runs every named check on those bytes. The
 * caller uses `capsule` for anything further (unpack, render) and closes it. Never throws
 * for a bad capsule.
 */
async function openVerifiedCapsule(path, options = {}) {
    const limits = { ...context/* DEFAULT_LIMITS */.dR, ...options.limits };
    const result = await (0,steps/* runSteps */.rl)(CAPSULE_STEPS, CAPSULE_FACT_PRODUCERS, (facts, warnings) => ({ ...facts, path, options, limits, warnings }));
    const capsule = result.fact('capsule') ?? null;
    const status = result.checks.every((c) => c.status === 'pass') ? 'pass' : 'fail';
    const origin = originOf(result.fact('origin')?.identity ?? null, options, result.checks);
    const chainClass = result.fact('chain')?.classification ?? null;
    // Never more than the checks prove: no verified origin, or any failure, caps the class.
    const evidenceClass = chainClass === null ? null : status === 'pass' && origin.verified ? chainClass : 'NON_AUTHORITATIVE_EVIDENCE';
    const warnings = origin.verified ? result.warnings : [...result.warnings, origin.summary];
    const report = {
        schema: 'agilab.proof_capsule_verification.v1',
        status,
        capsule: { path, sha256: capsule?.scan.sha256 ?? null, size_bytes: capsule?.file.size ?? null },
        strict: options.strict ?? false,
        checks: result.checks,
        warnings,
        evidence_class: evidenceClass,
        origin,
    };
    return { report, capsule, close: () => capsule?.close() };
}
/** `capsule verify X.agipack`: every named check, on one read of the file. */
async function verifyCapsule(path, options = {}) {
    const verified = await openVerifiedCapsule(path, options);
    verified.close();
    return verified.report;
}
function originOf(identity, options, checks) {
    if (identity !== null)
        return { verified: true, public_key_sha256: identity, summary: `origin verified: signed by key ${identity}, admitted by the trust anchor given` };
    const status = (id) => checks.find((c) => c.id === id)?.status;
    const anchored = options.trustPolicyPath !== undefined || (options.publicKeyPaths?.length ?? 0) > 0;
    let why;
    if (status('capsule_signature_present') !== 'pass')
        why = 'the capsule is not signed';
    else if (status('capsule_signature_cryptographic_valid') !== 'pass')
        why = 'its signature does not verify';
    else if (!anchored)
        why = 'no trust anchor was given (--trust-policy or --public-key)';
    else if (status('capsule_origin_verified') === undefined)
        why = 'the trust policy anchors no public key or subject hash';
    else
        why = 'no trust anchor given admits its key';
    return { verified: false, public_key_sha256: null, summary: `origin not verified: ${why}; this verifies integrity only` };
}


/***/ }),

/***/ 6816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* reexport safe */ _steps_js__WEBPACK_IMPORTED_MODULE_0__.IX),
/* harmony export */   dR: () => (/* reexport safe */ _zip_limits_js__WEBPACK_IMPORTED_MODULE_1__.dR),
/* harmony export */   fJ: () => (/* reexport safe */ _steps_js__WEBPACK_IMPORTED_MODULE_0__.fJ)
/* harmony export */ });
/* harmony import */ var _steps_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5582);
/* harmony import */ var _zip_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1279);




/***/ }),

/***/ 5582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IX: () => (/* binding */ pass),
/* harmony export */   fJ: () => (/* binding */ fail),
/* harmony export */   rl: () => (/* binding */ runSteps)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

function pass(summary, details = {}) {
    return { status: 'pass', summary, details };
}
function fail(summary, details = {}) {
    return { status: 'fail', summary, details };
}
/**
 * Runs the steps in order. A step whose `needs` check failed is not run (a warning says which);
 * one whose `needs` check did not apply does not apply either. A step sees only the facts of
 * the checks it declared, so a check cannot act on anything not yet proven: reading an
 * undeclared fact is an error, and an error thrown by a check is that check's failure.
 */
async function runSteps(steps, producers, contextFor) {
    const checks = [];
    const warnings = [];
    const status = new Map();
    const values = new Map();
    const closure = new Map();
    for (const step of steps) {
        const hard = new Set(step.needs.flatMap((n) => [n, ...(closure.get(n) ?? [])]));
        closure.set(step.id, hard);
        const failedNeed = step.needs.find((n) => status.get(n) === 'fail' || status.get(n) === 'skipped');
        if (failedNeed) {
            warnings.push(`${step.id} not run: ${failedNeed} ${status.get(failedNeed) === 'fail' ? 'failed' : 'was not run'}`);
            status.set(step.id, 'skipped');
            continue;
        }
        if (step.needs.some((n) => status.get(n) !== 'pass'))
            continue;
        const declared = new Set([...hard, ...(step.uses ?? [])]);
        const facts = factAccess(step.id, hard, declared, producers, values, (id) => status.get(id) === 'pass');
        const outcome = await runOne(step, contextFor(facts, warnings));
        if (outcome === null)
            continue;
        checks.push({ id: step.id, ...outcome });
        status.set(step.id, outcome.status);
    }
    return {
        checks,
        warnings,
        fact: (key) => (status.get(producers[key]) === 'pass' ? values.get(key) : undefined),
    };
}
async function runOne(step, ctx) {
    try {
        return await step.run(ctx);
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CapsuleError */ .Mu)
            return fail(err.message, { code: err.code, ...err.location });
        return fail(`${step.id} could not complete: ${err.message ?? String(err)}`, { internal_error: true });
    }
}
function factAccess(step, hard, declared, producers, values, passed) {
    const producer = (key, allowed) => {
        const p = producers[key];
        if (!allowed.has(p))
            throw new Error(`reads ${String(key)}, a fact of ${p}, which it does not declare in needs${allowed === declared ? ' or uses' : ''}`);
        return p;
    };
    return {
        get(key) {
            const p = producer(key, hard);
            if (!values.has(key))
                throw new Error(`reads ${String(key)}, which ${p} did not establish`);
            return values.get(key);
        },
        maybe(key) {
            const p = producer(key, declared);
            return passed(p) ? values.get(key) : undefined;
        },
        set(key, value) {
            if (producers[key] !== step)
                throw new Error(`sets ${String(key)}, a fact of ${producers[key]}`);
            values.set(key, value);
        },
        passed(id) {
            if (!declared.has(id))
                throw new Error(`asks about ${id}, which it does not declare`);
            return passed(id);
        },
    };
}


/***/ }),

/***/ 7973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N1: () => (/* binding */ ENTRY_MODE),
/* harmony export */   cD: () => (/* binding */ comparePaths),
/* harmony export */   pR: () => (/* binding */ STORE_FROM_BYTES)
/* harmony export */ });
/**
 * What makes a capsule's ZIP canonical, shared by the writer and the verifier (which must
 * not pull the writer in): one entry mode, which entries are stored, and entries in byte
 * order of their UTF-8 paths.
 */
/** Every entry gets this mode and no owner, so the bytes depend only on content. */
const ENTRY_MODE = 0o644;
/** Byte order of UTF-8 paths: the same on every platform and locale. */
function comparePaths(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
/**
 * Entries from this size on are stored, not deflated. Large artifacts (weights, datasets,
 * archives) rarely shrink much, and deflate ran at ~7 MiB/s on incompressible data here
 * (bench/RESULTS.md), against the disk's speed for stored data. The rule depends only on
 * the entry's size, so capsules stay deterministic; the verifier's compression-ratio cap
 * applies from the same size, so every capsule we write passes it.
 */
const STORE_FROM_BYTES = 8 * 1024 * 1024;


/***/ }),

/***/ 7283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ readEntryBytes),
/* harmony export */   H: () => (/* binding */ openEntryData)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4632);





/**
 * Stops a stream as soon as it yields more than `limit` bytes: a declared size that lies
 * (or a decompression bomb) is caught after at most `limit` bytes, never fully inflated.
 */
class ByteLimit extends node_stream__WEBPACK_IMPORTED_MODULE_1__.Transform {
    limit;
    what;
    seen = 0;
    constructor(limit, what) {
        super();
        this.limit = limit;
        this.what = what;
    }
    _transform(chunk, _enc, done) {
        this.seen += chunk.length;
        if (this.seen > this.limit)
            done(new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CapsuleError */ .Mu('zip_entry_too_large', `${this.what}: inflates past ${this.limit} bytes`));
        else
            done(null, chunk);
    }
}
/** The entry's uncompressed bytes as a stream, read through the capsule's descriptor from the range the layout established. */
function openEntryData(file, entry, limit) {
    const raw = entry.compressedSize === 0
        ? node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable.from([])
        : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)('', { fd: file.fd, autoClose: false, start: entry.dataOffset, end: entry.dataOffset + entry.compressedSize - 1, highWaterMark: 1 << 20 });
    const limiter = new ByteLimit(limit, JSON.stringify(entry.name));
    const forward = (err) => limiter.destroy(err);
    raw.on('error', forward);
    if (entry.method === _format_js__WEBPACK_IMPORTED_MODULE_4__/* .METHOD_DEFLATE */ .An) {
        const inflate = (0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.createInflateRaw)();
        inflate.on('error', (err) => limiter.destroy(new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CapsuleError */ .Mu('zip_entry_corrupt', `${JSON.stringify(entry.name)}: deflate data is corrupt (${err.message})`)));
        return raw.pipe(inflate).pipe(limiter);
    }
    return raw.pipe(limiter);
}
async function readEntryBytes(file, entry, limit) {
    const chunks = [];
    for await (const chunk of openEntryData(file, entry, limit))
        chunks.push(chunk);
    return Buffer.concat(chunks);
}


/***/ }),

/***/ 1279:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _S: () => (/* binding */ refuseAboveTotalCap),
/* harmony export */   dR: () => (/* binding */ DEFAULT_LIMITS),
/* harmony export */   e_: () => (/* binding */ sizeCapProblems)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7973);


const DEFAULT_LIMITS = {
    maxEntryBytes: 8 * 1024 ** 3,
    maxTotalBytes: 16 * 1024 ** 3,
    maxRatio: 500,
    // Our writer stores every entry from this size on (ratio 1), so its own capsules always pass.
    ratioFloorBytes: _canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .STORE_FROM_BYTES */ .pR,
    maxDocumentBytes: 16 * 1024 ** 2,
};
/** Every declared size above a cap, by entry. */
function sizeCapProblems(limits, entries) {
    const { maxEntryBytes, maxTotalBytes, maxRatio, ratioFloorBytes } = limits;
    const problems = [];
    let total = 0;
    for (const e of entries) {
        total += e.uncompressedSize;
        if (e.uncompressedSize > maxEntryBytes)
            problems.push(`${JSON.stringify(e.name)}: declares ${e.uncompressedSize} bytes, above the per-entry cap ${maxEntryBytes}`);
        const ratio = e.uncompressedSize / Math.max(e.compressedSize, 1);
        if (e.uncompressedSize >= ratioFloorBytes && ratio > maxRatio)
            problems.push(`${JSON.stringify(e.name)}: compression ratio ${ratio.toFixed(0)} above the cap ${maxRatio} (decompression bomb)`);
    }
    if (total > maxTotalBytes)
        problems.push(`entries declare ${total} bytes in total, above the cap ${maxTotalBytes}`);
    return problems;
}
const gib = (n) => `${(n / 1024 ** 3).toFixed(2)} GiB`;
/**
 * Refuses files a capsule is to hold that add up to more than the verifier's total cap (a capsule
 * above it would be refused by `capsule verify`, and by this tool's own run), so that the writer
 * stops before it writes one. `file` is what the message is about (the manifest, the run folder);
 * the largest files are named, and `hint` says what to do.
 */
function refuseAboveTotalCap(list, file, hint, cap = DEFAULT_LIMITS.maxTotalBytes) {
    const total = list.reduce((n, f) => n + f.size, 0);
    if (total <= cap)
        return;
    const largest = [...list].sort((a, b) => b.size - a.size || (a.path < b.path ? -1 : 1)).slice(0, 3)
        .map((f) => `${f.path} (${f.size} bytes)`);
    const more = list.length > 3 ? ` and ${list.length - 3} more` : '';
    const message = `${file}: the files to pack add up to ${total} bytes (${gib(total)}), above the ${cap} bytes `
        + `(${gib(cap)}) a capsule may hold in total (capsule verify refuses a larger one); no capsule was written. `
        + `Largest: ${largest.join(', ')}${more}. ${hint}`;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CapsuleError */ .Mu('capsule_too_large', message, { file }, { total_bytes: total, cap_bytes: cap });
}


/***/ }),

/***/ 3639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z0: () => (/* binding */ entryNameCollisions),
/* harmony export */   j2: () => (/* binding */ entryNameProblem)
/* harmony export */ });
/* unused harmony exports MAX_NAME_SEGMENT_BYTES, MAX_NAME_BYTES */
/**
 * Entry names a capsule may hold: safe to unpack anywhere (no climbing out, no absolute or
 * drive paths) and portable, so every file system a reviewer checks it out on (ext4, APFS,
 * NTFS) holds exactly the files the manifest lists, under the names it lists.
 */
/** ext4 and APFS cap a name at 255 bytes, NTFS at 255 UTF-16 units: the byte cap satisfies all three. */
const MAX_NAME_SEGMENT_BYTES = 255;
/** Leaves room under macOS's 1024-byte PATH_MAX for the folder a capsule is unpacked into. */
const MAX_NAME_BYTES = 512;
/** Windows reserves these as devices in any folder and with any extension ("con.txt", "LPT1.log"). */
const RESERVED = /^(?:con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i;
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** What is wrong with one name, or null. */
function entryNameProblem(entry) {
    let name;
    try {
        name = utf8.decode(entry.raw);
    }
    catch {
        return `entry name bytes ${entry.raw.toString('hex')} are not UTF-8`;
    }
    const q = JSON.stringify(name);
    if (!entry.utf8Flag && /[^\x20-\x7e]/.test(name))
        return `${q}: non-ASCII name without the UTF-8 flag (would be read as CP437)`;
    if (name !== name.normalize('NFC'))
        return `${q}: name is not Unicode NFC`;
    if (name.length === 0)
        return 'empty entry name';
    if (/[\x00-\x1f\x7f]/.test(name))
        return `${q}: control character in name`;
    if (/[\p{Cf}\p{Zl}\p{Zp}]/u.test(name))
        return `${q}: invisible format character (bidi override, zero-width or similar) in name`;
    if (name.includes('\\'))
        return `${q}: backslash in name`;
    if (name.startsWith('/'))
        return `${q}: absolute path`;
    if (/^[A-Za-z]:/.test(name))
        return `${q}: drive-letter path`;
    if (entry.raw.length > MAX_NAME_BYTES)
        return `${q}: ${entry.raw.length}-byte name, longer than the ${MAX_NAME_BYTES} bytes a capsule name may be`;
    // A directory entry ("dir/") is judged by capsule_entries_valid; its path is checked like a file's.
    const parts = name.replace(/\/$/, '').split('/');
    if (parts.some((p) => p === '..'))
        return `${q}: ".." path segment (zip-slip)`;
    if (parts.some((p) => p === '.' || p === ''))
        return `${q}: empty or "." path segment`;
    for (const part of parts) {
        if (Buffer.byteLength(part) > MAX_NAME_SEGMENT_BYTES)
            return `${q}: a ${Buffer.byteLength(part)}-byte path segment, longer than the ${MAX_NAME_SEGMENT_BYTES} bytes file systems hold`;
        if (/[. ]$/.test(part))
            return `${q}: segment ${JSON.stringify(part)} ends in a dot or space (Windows drops it)`;
        if (RESERVED.test(part.split('.')[0].trimEnd()))
            return `${q}: segment ${JSON.stringify(part)} is a reserved device name on Windows`;
    }
    return null;
}
/**
 * Names that one case-insensitive file system (the default on Windows and macOS) would make
 * one file, and a name that is also another name's folder ("a" and "a/b").
 */
function entryNameCollisions(names) {
    const problems = [];
    const byFolded = new Map();
    for (const name of names) {
        const key = fold(name);
        const other = byFolded.get(key);
        if (other !== undefined && other !== name)
            problems.push(`${JSON.stringify(name)}: differs from ${JSON.stringify(other)} only by case or Unicode form`);
        else
            byFolded.set(key, name);
    }
    for (const name of names) {
        const parts = fold(name).split('/');
        for (let i = 1; i < parts.length; i++) {
            const folder = byFolded.get(parts.slice(0, i).join('/'));
            if (folder !== undefined) {
                problems.push(`${JSON.stringify(name)}: its folder ${JSON.stringify(folder)} is also a file in the capsule`);
                break;
            }
        }
    }
    return problems;
}
function fold(name) {
    return name.normalize('NFC').toLowerCase().normalize('NFC');
}


/***/ })

};
